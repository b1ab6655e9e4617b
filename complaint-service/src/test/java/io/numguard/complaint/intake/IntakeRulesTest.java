package io.numguard.complaint.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntakeRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"MARKETING, MARKETING", "fraud, FRAUD", "' Harassment ', HARASSMENT", "robocall, ROBOCALL",
            "other, OTHER"})
    void categoriesAreParsedLeniently(String raw, ComplaintCategory expected) {
        assertThat(ComplaintCategory.parse(raw)).contains(expected);
    }

    @Test
    void unknownCategoriesAreEmpty() {
        assertThat(ComplaintCategory.parse("SPAM")).isEmpty();
        assertThat(ComplaintCategory.parse(null)).isEmpty();
        assertThat(ComplaintCategory.parse("")).isEmpty();
    }

    @Test
    void defaultWeightsPutThePoliceFirst() {
        SourceWeights w = SourceWeights.DEFAULT;
        assertThat(w.weightOf(ComplaintSource.CITIZEN)).isEqualTo(1);
        assertThat(w.weightOf(ComplaintSource.CARRIER)).isEqualTo(2);
        assertThat(w.weightOf(ComplaintSource.POLICE)).isEqualTo(10);
    }

    @Test
    void weightsAreConfigurableButThePoliceMayNotWeighLess() {
        assertThat(new SourceWeights(2, 3, 20).weightOf(ComplaintSource.POLICE)).isEqualTo(20);
        assertThatThrownBy(() -> new SourceWeights(1, 5, 4)).hasMessageContaining("police");
        assertThatThrownBy(() -> new SourceWeights(0, 2, 10)).hasMessageContaining("at least 1");
    }

    @Test
    void batchSizeIsCappedAtTenThousand() {
        assertThat(IntakeRules.defaults().maxBatchRows()).isEqualTo(10_000);
        assertThatThrownBy(() -> new IntakeRules(SourceWeights.DEFAULT, java.time.Duration.ZERO,
                java.time.Duration.ofDays(1), 10_001)).isInstanceOf(IllegalArgumentException.class);
    }
}
