package io.numguard.devstack.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wiring rule bites on a producer outside config and lets the one in config pass. */
class LayeringRulesTest {

    @Test
    void aProducerOutsideTheConfigPackageIsReported() {
        JavaClasses classes = new ClassFileImporter().importPackages("io.numguard.wiringfixture");
        EvaluationResult result = LayeringRules.PRODUCERS_ONLY_IN_CONFIG.evaluate(classes);
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("StrayProducer.stray()").doesNotContain("DomainProducers");
    }
}
