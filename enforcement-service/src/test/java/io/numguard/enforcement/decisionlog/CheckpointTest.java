package io.numguard.enforcement.decisionlog;

import io.numguard.enforcement.decisionlog.ChainVerification.BreakKind;
import io.numguard.enforcement.decisionlog.ChainVerification.Broken;
import io.numguard.enforcement.decisionlog.ChainVerification.Intact;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {
    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

    private static CheckpointSigner signer() throws Exception {
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        return CheckpointSigner.of(Base64.getEncoder().encodeToString(kp.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(kp.getPublic().getEncoded()));
    }

    private static List<DecisionLogEntry> chainOf(int n) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            decisions.add(Decision.of(T0.plus(Duration.ofMinutes(i)), "regulator.fj", DecisionKind.CASE_ACTION,
                    "case/c-" + i, Map.of("step", Integer.toString(i))));
        }
        return DecisionLog.appendAll(null, decisions);
    }

    @Test
    void a_checkpoint_verifies_with_its_key_only_and_not_once_changed() throws Exception {
        CheckpointSigner signer = signer();
        Checkpoint c = signer.sign(20, "ab".repeat(32), T0);

        assertThat(signer.verifies(c)).isTrue();
        assertThat(signer.verifies(new Checkpoint(21, c.headHash(), c.at(), c.signature()))).isFalse();
        assertThat(signer.verifies(new Checkpoint(20, "cd".repeat(32), c.at(), c.signature()))).isFalse();
        assertThat(signer().verifies(c)).isFalse();
        assertThat(signer.verifies(new Checkpoint(20, c.headHash(), c.at(), "not base64!"))).isFalse();
    }

    @Test
    void a_key_pair_that_does_not_belong_together_is_refused() throws Exception {
        KeyPair a = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair b = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThatThrownBy(() -> CheckpointSigner.of(Base64.getEncoder().encodeToString(a.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(b.getPublic().getEncoded())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_log_that_ends_before_the_checkpoint_is_truncated_and_a_rewritten_one_mismatches() {
        List<DecisionLogEntry> log = chainOf(20);
        Checkpoint atTwenty = new Checkpoint(20, log.get(19).hash(), T0, "sig");
        Intact whole = (Intact) DecisionLogVerifier.verify(log);
        Intact first14 = (Intact) DecisionLogVerifier.verify(log.subList(0, 14));

        assertThat(DecisionLogVerifier.againstCheckpoint(whole, atTwenty, Optional.of(log.get(19).hash())))
                .isEqualTo(whole);
        assertThat(DecisionLogVerifier.againstCheckpoint(first14, atTwenty, Optional.empty()))
                .isInstanceOfSatisfying(Broken.class, b -> {
                    assertThat(b.kind()).isEqualTo(BreakKind.TRUNCATED);
                    assertThat(b.sequence()).isEqualTo(15);
                    assertThat(b.expectedSequence()).isEqualTo(20);
                });
        // truncated to 14 and six other entries appended: as long, yet not the log the checkpoint saw
        List<DecisionLogEntry> rewritten = new ArrayList<>(log.subList(0, 14));
        rewritten.addAll(DecisionLog.appendAll(log.get(13), List.of(Decision.of(T0, "x", DecisionKind.CASE_ACTION,
                "case/other", Map.of()), Decision.of(T0, "x", DecisionKind.CASE_ACTION, "case/other", Map.of()),
                Decision.of(T0, "x", DecisionKind.CASE_ACTION, "case/other", Map.of()),
                Decision.of(T0, "x", DecisionKind.CASE_ACTION, "case/other", Map.of()),
                Decision.of(T0, "x", DecisionKind.CASE_ACTION, "case/other", Map.of()),
                Decision.of(T0, "x", DecisionKind.CASE_ACTION, "case/other", Map.of()))));
        Intact rewrittenChain = (Intact) DecisionLogVerifier.verify(rewritten);
        assertThat(DecisionLogVerifier.againstCheckpoint(rewrittenChain, atTwenty,
                Optional.of(rewritten.get(19).hash()))).isInstanceOfSatisfying(Broken.class,
                b -> assertThat(b.kind()).isEqualTo(BreakKind.CHECKPOINT_MISMATCH));
    }
}
