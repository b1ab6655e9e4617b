package io.numguard.complaint.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplainantHasherTest {
    private final ComplainantHasher hasher = ComplainantHasher.ofSecret("a-test-secret-of-32-characters!!");

    @Test
    void isAKeyedSha256InHexWithoutTheNumber() {
        String hash = hasher.hash("13800138000");
        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain("13800138000");
        assertThat(hasher.hash("13800138000")).isEqualTo(hash);
    }

    @Test
    void theSamePersonHashesTheSameHoweverTheNumberIsTyped() {
        String hash = hasher.hash("13800138000");
        assertThat(hasher.hash("+86 138-0013-8000")).isEqualTo(hash);
        assertThat(hasher.hash("0086 13800138000")).isEqualTo(hash);
        assertThat(hasher.hash("１３８００１３８０００")).isEqualTo(hash);
        assertThat(hasher.hash("13800138001")).isNotEqualTo(hash);
    }

    @Test
    void anotherSecretGivesAnotherHash() {
        ComplainantHasher other = ComplainantHasher.ofSecret("another-secret-of-32-characters!");
        assertThat(other.hash("13800138000")).isNotEqualTo(hasher.hash("13800138000"));
    }

    @Test
    void refusesShortSecretsAndNonNumbers() {
        assertThatThrownBy(() -> ComplainantHasher.ofSecret("short")).hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> hasher.hash("call me maybe")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ComplainantHasher.canonical("123")).isEmpty();
        assertThat(ComplainantHasher.canonical(null)).isEmpty();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String expected = hasher.hash("13800138000");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> hasher.hash("13800138000")));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
