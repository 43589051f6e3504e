# `sam build` runs this (template.yaml: Metadata BuildMethod makefile): it packages the Lambda
# artifact, without the tests, the console, the server or npm, into the directory SAM gives.
# The tests are `mvn -B verify` (README).

LAMBDA_JAR := target/back-relief-lambda.jar

.PHONY: build-SkillFunction
build-SkillFunction:
	mvn -B -q -DskipTests package
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(LAMBDA_JAR) "$(ARTIFACTS_DIR)/lib/"
