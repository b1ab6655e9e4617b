package io.numguard.complaint.config;

import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.threshold.ThresholdRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThresholdRuleConfigTest {

    @Test
    void rulesAreReadFromTheirConfiguredForm() {
        ThresholdRule all = DomainProducers.parseRule("SEGMENT/P1D/ALL:20:16");
        assertThat(all).isEqualTo(new ThresholdRule(SubjectKind.SEGMENT, Window.P1D, null, 20, 16));
        assertThat(all.id()).isEqualTo("SEGMENT/P1D/ALL");
        assertThat(DomainProducers.parseRule("number/p7d/fraud:5"))
                .isEqualTo(new ThresholdRule(SubjectKind.NUMBER, Window.P7D, ComplaintCategory.FRAUD, 5, 5));
    }

    @Test
    void aMalformedRuleFailsTheStart() {
        assertThatThrownBy(() -> DomainProducers.parseRule("SEGMENT/P1D:20")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> DomainProducers.parseRule("SEGMENT/P2D/ALL:20")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> DomainProducers.parseRule("SEGMENT/P1D/SPAM:20")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> DomainProducers.parseRule("SEGMENT/P1D/ALL:20:30")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
