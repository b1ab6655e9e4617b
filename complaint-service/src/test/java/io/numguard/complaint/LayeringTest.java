package io.numguard.complaint;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.numguard.devstack.testing.LayeringRules;

/** The layering of devstack's {@link LayeringRules}, applied to this service's own classes (plain JUnit, no boot). */
@AnalyzeClasses(packages = "io.numguard.complaint", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(LayeringRules.class);
}
