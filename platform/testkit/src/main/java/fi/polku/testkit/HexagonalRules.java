package fi.polku.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of ARCHITECTURE.md, checked on a service's classes: the domain is plain Java, the application does
 * not know its adapters, and adapters never call each other.
 */
public final class HexagonalRules {

    private HexagonalRules() {
    }

    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        String domain = servicePackage + ".domain..";
        String application = servicePackage + ".application..";
        String adapter = servicePackage + ".adapter..";

        noClasses().that().resideInAPackage(domain)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..",
                        "com.mongodb..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml..", "jakarta..",
                        "io.micrometer..", "fi.polku.kit.store..", "fi.polku.kit.messaging..", "fi.polku.kit.web..",
                        "fi.polku.kit.security..", "fi.polku.kit.outbox..", "fi.polku.kit.metrics..",
                        "fi.polku.kit.tracing..", application, adapter)
                .because("the domain is plain Java: no framework, no store, no broker")
                .allowEmptyShould(true)
                .check(classes);

        noClasses().that().resideInAPackage(application)
                .should().dependOnClassesThat().resideInAnyPackage(adapter, "org.springframework.data.mongodb..",
                        "com.mongodb..", "org.apache.kafka..", "org.springframework.web..")
                .because("use cases talk to the world through ports only")
                .allowEmptyShould(true)
                .check(classes);

        // every adapter package (adapter.in.web, adapter.out.mongo, adapter.out.delivery, ...) is a slice of its own
        slices().matching(servicePackage + ".adapter.(*).(*)..")
                .should().notDependOnEachOther()
                .because("adapters meet only in the application's ports")
                .allowEmptyShould(true)
                .check(classes);
    }
}
