package coach.backrelief.model;

import coach.backrelief.progress.DynamoDbProgressStore;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** template.yaml is a valid SAM template whose handler is real. */
class TemplateTest {
    static final Path TEMPLATE = Path.of("template.yaml");
    /**
     * The AWS SAM JSON schema (Apache-2.0, from aws/serverless-application-model), copied into the test
     * resources so every clone validates the template, not only one with the team's shared folder beside it.
     */
    static final Path SCHEMA = Path.of("src/test/resources/schemas/sam.schema.json");

    /** CloudFormation short-form tags (!Ref, !Sub, …) read as plain values, like the long form would. */
    static JsonNode template() throws Exception {
        String yaml = Files.readString(TEMPLATE).replaceAll("!(Ref|Sub|GetAtt|If|Equals|Join|Select|Split)\\s", "");
        return new ObjectMapper(new YAMLFactory()).readTree(yaml);
    }

    @Test
    void validatesAgainstTheSamSchema() throws Exception {
        // The SAM schema uses two annotation keywords of its own; declare them so the validator stays quiet.
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV4())
                .keyword(new NonValidationKeyword("__samPassThrough"))
                .keyword(new NonValidationKeyword("markdownDescription"))
                .build();
        JsonSchema schema = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
                .metaSchema(meta).defaultMetaSchemaIri(meta.getIri()).build()
                .getSchema(new ObjectMapper().readTree(SCHEMA.toFile()));
        Set<ValidationMessage> errors = schema.validate(template());
        assertThat(errors).isEmpty();
    }

    @Test
    void functionIsConfiguredForAlexaAndSnapStart() throws Exception {
        JsonNode resources = template().path("Resources");
        JsonNode fn = resources.path("SkillFunction").path("Properties");
        assertThat(fn.path("Runtime").asText()).isEqualTo("java21");
        assertThat(fn.path("Architectures").get(0).asText()).isEqualTo("arm64");
        assertThat(fn.path("Timeout").asInt()).isBetween(1, 7);
        assertThat(fn.path("AutoPublishAlias").asText()).isNotBlank();
        assertThat(fn.path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
        JsonNode permission = resources.path("AlexaSkillPermission").path("Properties");
        assertThat(permission.path("Principal").asText()).isEqualTo("alexa-appkit.amazon.com");
        assertThat(permission.path("EventSourceToken").asText()).isEqualTo("SkillId");
        assertThat(permission.path("FunctionName").asText()).isEqualTo("SkillFunction.Alias");
        assertThat(resources.path("SkillLogGroup").path("Properties").path("RetentionInDays").isMissingNode()).isFalse();
        assertThat(template().path("Outputs").path("SkillEndpointArn").path("Value").asText()).isEqualTo("SkillFunction.Alias");
    }

    @Test
    void progressTableIsOnDemandRecoverableExpiringAndEncrypted() throws Exception {
        JsonNode table = template().path("Resources").path("ProgressTable");
        assertThat(table.path("Type").asText()).isEqualTo("AWS::DynamoDB::Table");
        assertThat(table.path("DeletionPolicy").asText()).isEqualTo("Retain");
        JsonNode props = table.path("Properties");
        assertThat(props.path("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(props.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean()).isTrue();
        assertThat(props.path("TimeToLiveSpecification").path("Enabled").asBoolean()).isTrue();
        assertThat(props.path("TimeToLiveSpecification").path("AttributeName").asText())
                .isEqualTo(DynamoDbProgressStore.TTL_ATTRIBUTE);
        assertThat(props.path("SSESpecification").path("SSEEnabled").asBoolean()).isTrue();
        assertThat(props.path("KeySchema")).hasSize(1);
        assertThat(props.path("KeySchema").get(0).path("AttributeName").asText()).isEqualTo(DynamoDbProgressStore.KEY_ATTRIBUTE);
        assertThat(props.path("KeySchema").get(0).path("KeyType").asText()).isEqualTo("HASH");
    }

    @Test
    void functionGetsTheTableNameAndOnlyItemAccessToThatTable() throws Exception {
        JsonNode fn = template().path("Resources").path("SkillFunction").path("Properties");
        assertThat(fn.path("Environment").path("Variables").path("PROGRESS_TABLE").asText()).isEqualTo("ProgressTable");
        JsonNode policies = fn.path("Policies");
        assertThat(policies).hasSize(1);
        JsonNode statements = policies.get(0).path("Statement");
        assertThat(statements).hasSize(1);
        JsonNode statement = statements.get(0);
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        List<String> actions = new ArrayList<>();
        statement.path("Action").forEach(a -> actions.add(a.asText()));
        assertThat(actions).containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem");
        assertThat(statement.path("Resource").asText()).isEqualTo("ProgressTable.Arn");
    }

    @Test
    void handlerNamesARealClassWithTheLambdaMethod() throws Exception {
        String handler = template().path("Resources").path("SkillFunction").path("Properties").path("Handler").asText();
        String[] parts = handler.split("::");
        Class<?> type = Class.forName(parts[0]);
        assertThat(RequestStreamHandler.class).isAssignableFrom(type);
        assertThat(type.getConstructor()).isNotNull();
        Method method = type.getMethod(parts[1], InputStream.class, OutputStream.class, Context.class);
        assertThat(Modifier.isPublic(method.getModifiers())).isTrue();
    }

    /** sam build runs the Makefile target named for the function, which copies the jar the pom's lambda shade makes. */
    @Test
    void samBuildsTheLambdaJarWithTheMakefile() throws Exception {
        JsonNode fn = template().path("Resources").path("SkillFunction");
        assertThat(fn.path("Metadata").path("BuildMethod").asText()).isEqualTo("makefile");
        Path codeUri = Path.of(fn.path("Properties").path("CodeUri").asText());
        String makefile = Files.readString(codeUri.resolve("Makefile"));
        assertThat(makefile).containsPattern("(?m)^build-SkillFunction:")
                .contains("-DskipTests package", "$(ARTIFACTS_DIR)/lib/", "LAMBDA_JAR := target/back-relief-lambda.jar");
        String pom = Files.readString(codeUri.resolve("pom.xml"));
        assertThat(pom).contains("<outputFile>${project.build.directory}/back-relief-lambda.jar</outputFile>")
                .contains("<exclude>coach/backrelief/local/**</exclude>", "<exclude>org.eclipse.jetty:*</exclude>");
        assertThat(fn.path("Properties").path("Handler").asText()).startsWith("coach.backrelief.lambda.")
                .doesNotContain(".local.");
    }

    /** ask deploy from a fresh clone finds the skill package; the CLI's state stays out of git. */
    @Test
    void theAskCliFindsTheSkillPackage() throws Exception {
        JsonNode resources = new ObjectMapper().readTree(Path.of("ask-resources.json").toFile());
        assertThat(resources.path("askcliResourcesVersion").asText()).isEqualTo("2020-03-31");
        Path src = Path.of(resources.path("profiles").path("default").path("skillMetadata").path("src").asText());
        assertThat(src.resolve("skill.json")).isRegularFile();
        assertThat(src.resolve("interactionModels/custom/en-US.json")).isRegularFile();
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".ask/");
    }
}
