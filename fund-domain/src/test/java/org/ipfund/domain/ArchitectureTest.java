package org.ipfund.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

@AnalyzeClasses(packages = "org.ipfund.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNoFrameworkOrStorage = noClasses()
            .that().resideInAPackage("org.ipfund.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "com.fasterxml.jackson..",
                    "jakarta.persistence..");

    @ArchTest
    static final ArchRule domainPackagesAreFreeOfCycles = slices()
            .matching("org.ipfund.domain.(*)..")
            .should().beFreeOfCycles();

    /** The root package holds what every concept shares, so it must not lean on any of them. */
    @ArchTest
    static final ArchRule sharedDomainTypesDependOnNoConcept = noClasses()
            .that().resideInAPackage("org.ipfund.domain")
            .should().dependOnClassesThat().resideInAPackage("org.ipfund.domain.*..");

    @ArchTest
    static final ArchRule timeAndIdsComeInRatherThanFromTheSystem = noClasses()
            .that().resideInAPackage("org.ipfund.domain..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(UUID.class, "randomUUID");
}
