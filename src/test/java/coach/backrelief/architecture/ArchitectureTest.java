package coach.backrelief.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layer rules of README's "How a request flows", as tests: the pure packages (knowledge,
 * routine, speech, content) know nothing of the SDK, AWS or Jackson databind; only the command-line
 * room (local) knows local; the request path (gate, json, progress, content) reads JSON without
 * databind; and the packages form no cycle.
 */
@AnalyzeClasses(packages = "coach.backrelief", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] SDK_AWS_DATABIND = {"com.amazon.ask..", "software.amazon.awssdk..",
        "com.amazonaws..", "com.fasterxml.jackson.databind..", "org.eclipse.jetty.."};

    @ArchTest
    static final ArchRule pureKnowledgeAndRoutines = noClasses()
            .that().resideInAnyPackage("coach.backrelief.knowledge..", "coach.backrelief.routine..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "coach.backrelief.knowledge..",
                    "coach.backrelief.routine..")
            .because("the triage and the routine engine are pure: plain Java, no framework");

    @ArchTest
    static final ArchRule speechAndContentKnowNoSdk = noClasses()
            .that().resideInAnyPackage("coach.backrelief.speech..", "coach.backrelief.content..")
            .should().dependOnClassesThat().resideInAnyPackage(SDK_AWS_DATABIND)
            .because("words and timing are rendered without the SDK, AWS or databind");

    @ArchTest
    static final ArchRule speechDoesNotKnowTheSkill = noClasses()
            .that().resideInAPackage("coach.backrelief.speech..")
            .should().dependOnClassesThat().resideInAnyPackage("coach.backrelief.skill..", "coach.backrelief.progress..")
            .because("rendering flows one way: the skill calls speech, never the reverse");

    @ArchTest
    static final ArchRule onlyLocalKnowsLocal = noClasses()
            .that().resideOutsideOfPackage("coach.backrelief.local..")
            .should().dependOnClassesThat().resideInAPackage("coach.backrelief.local..")
            .because("the Lambda jar leaves the console, server and training out");

    @ArchTest
    static final ArchRule theRequestPathReadsJsonWithoutDatabind = noClasses()
            .that().resideInAnyPackage("coach.backrelief.envelope..", "coach.backrelief.json..",
                    "coach.backrelief.progress..", "coach.backrelief.content..", "coach.backrelief.skill..",
                    "coach.backrelief.lambda..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
            .because("jackson-core's streaming API reads and writes every JSON of a request (issue 15)");

    @ArchTest
    static final ArchRule noCycles = slices().matching("coach.backrelief.(*)..").should().beFreeOfCycles();
}
