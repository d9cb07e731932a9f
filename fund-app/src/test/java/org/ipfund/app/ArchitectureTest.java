package org.ipfund.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies run one way: app → audit → projections → domain; Spring and SQL stay out of the domain. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ipfund");

    @Test
    void theDomainKnowsNoFrameworkButAxonsModellingApi() {
        noClasses().that().resideInAPackage("org.ipfund.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "com.fasterxml.jackson..", "jakarta..", "org.ipfund.projections..",
                        "org.ipfund.app..", "org.ipfund.audit..")
                .check(CLASSES);
    }

    @Test
    void projectionsSeeEventsButNeverAggregatesOrTheApp() {
        noClasses().that().resideInAPackage("org.ipfund.projections..")
                .should().dependOnClassesThat().haveSimpleName("Fund")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.ipfund.app..", "org.ipfund.audit..")
                .check(CLASSES);
    }

    @Test
    void theAuditorsSideReadsTheStoreAndTheViewsButNeverTheAggregatesOrTheApp() {
        noClasses().that().resideInAPackage("org.ipfund.audit..")
                .should().dependOnClassesThat().haveSimpleName("Fund")
                .orShould().dependOnClassesThat().resideInAPackage("org.ipfund.app..")
                .check(CLASSES);
    }

    @Test
    void controllersSendCommandsThroughTheRecorderAndNeverTouchTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .orShould().dependOnClassesThat().haveSimpleName("CommandGateway")
                .check(CLASSES);
    }
}
