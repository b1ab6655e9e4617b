package io.numguard.enforcement.decisionlog;

import io.numguard.enforcement.decisionlog.ChainVerification.BreakKind;
import io.numguard.enforcement.decisionlog.ChainVerification.Broken;
import io.numguard.enforcement.decisionlog.ChainVerification.Intact;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionLogTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private static List<DecisionLogEntry> chainOf(int n) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            decisions.add(Decision.of(T0.plus(Duration.ofMinutes(i)), "regulator.fj", DecisionKind.CASE_ACTION,
                    "case/c-" + i, Map.of("action", "INVESTIGATE", "step", Integer.toString(i))));
        }
        return DecisionLog.appendAll(null, decisions);
    }

    @Test
    void each_entry_carries_the_hash_of_the_one_before() {
        List<DecisionLogEntry> log = chainOf(3);

        assertThat(log).extracting(DecisionLogEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(log.get(0).previousHash()).isEqualTo(DecisionLog.GENESIS_HASH);
        assertThat(log.get(1).previousHash()).isEqualTo(log.get(0).hash());
        assertThat(log.get(2).previousHash()).isEqualTo(log.get(1).hash());
        assertThat(log).extracting(DecisionLogEntry::hash).doesNotHaveDuplicates()
                .allSatisfy(h -> assertThat(h).matches("[0-9a-f]{64}"));
    }

    @Test
    void an_untouched_log_verifies() {
        List<DecisionLogEntry> log = chainOf(5);

        assertThat(DecisionLogVerifier.verify(log)).isEqualTo(new Intact(5, 5, log.get(4).hash()));
        assertThat(DecisionLogVerifier.verify(List.of())).isEqualTo(new Intact(0, 0, DecisionLog.GENESIS_HASH));
    }

    @Test
    void altering_one_entrys_details_breaks_the_chain_at_that_entry() {
        List<DecisionLogEntry> log = new ArrayList<>(chainOf(5));
        log.set(2, log.get(2).withDetailsUnhashed(Map.of("action", "APPROVE", "step", "3")));

        ChainVerification result = DecisionLogVerifier.verify(log);

        assertThat(result).isInstanceOfSatisfying(Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(3);
            assertThat(b.kind()).isEqualTo(BreakKind.CONTENT_ALTERED);
        });
    }

    @Test
    void deleting_one_entry_shows_the_gap() {
        List<DecisionLogEntry> log = new ArrayList<>(chainOf(5));
        log.remove(2);

        ChainVerification result = DecisionLogVerifier.verify(log);

        assertThat(result).isInstanceOfSatisfying(Broken.class, b -> {
            assertThat(b.kind()).isEqualTo(BreakKind.SEQUENCE_GAP);
            assertThat(b.sequence()).isEqualTo(4);
            assertThat(b.expectedSequence()).isEqualTo(3);
            assertThat(b.detail()).contains("missing");
        });
    }

    @Test
    void deleting_the_first_entry_shows_the_gap_at_the_start() {
        List<DecisionLogEntry> log = new ArrayList<>(chainOf(3));
        log.remove(0);

        assertThat(DecisionLogVerifier.verify(log)).isInstanceOfSatisfying(Broken.class, b -> {
            assertThat(b.kind()).isEqualTo(BreakKind.SEQUENCE_GAP);
            assertThat(b.expectedSequence()).isEqualTo(1);
        });
    }

    @Test
    void an_entry_altered_and_re_hashed_breaks_the_link_of_the_next_one() {
        List<DecisionLogEntry> log = new ArrayList<>(chainOf(5));
        DecisionLogEntry original = log.get(2);
        Decision forged = Decision.of(original.at(), original.actor(), original.kind(), original.subject(),
                Map.of("action", "CLOSE"));
        log.set(2, DecisionLog.append(log.get(1), forged));

        ChainVerification result = DecisionLogVerifier.verify(log);

        assertThat(result).isInstanceOfSatisfying(Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(4);
            assertThat(b.kind()).isEqualTo(BreakKind.CHAIN_BROKEN);
        });
    }

    @Test
    void swapping_two_entries_is_seen() {
        List<DecisionLogEntry> log = new ArrayList<>(chainOf(4));
        DecisionLogEntry second = log.get(1);
        log.set(1, log.get(2));
        log.set(2, second);

        assertThat(DecisionLogVerifier.verify(log)).isInstanceOfSatisfying(Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(3);
            assertThat(b.kind()).isEqualTo(BreakKind.SEQUENCE_GAP);
        });
    }

    @Test
    void a_stretch_is_verified_from_a_trusted_anchor() {
        List<DecisionLogEntry> log = chainOf(6);
        DecisionLogEntry anchor = log.get(2);

        assertThat(DecisionLogVerifier.verify(log.subList(3, 6), anchor.sequence() + 1, anchor.hash()).isIntact())
                .isTrue();
        assertThat(DecisionLogVerifier.verify(log.subList(3, 6), anchor.sequence() + 1, log.get(1).hash()))
                .isInstanceOfSatisfying(Broken.class, b -> assertThat(b.kind()).isEqualTo(BreakKind.CHAIN_BROKEN));
    }

    @Test
    void the_hash_is_sha256_over_the_documented_netstring_form() throws Exception {
        Decision d = Decision.of(T0, "regulator.fj", DecisionKind.APPROVAL, "case/c-1",
                Map.of("outcome", "APPROVED", "orderIds", "o-1"));

        DecisionLogEntry entry = DecisionLog.append(null, d);

        String canonical = "20:numguard-decision-v1,1:1,64:" + "0".repeat(64) + ",20:2025-03-01T08:00:00Z,"
                + "12:regulator.fj,8:APPROVAL,8:case/c-1,1:2,8:orderIds,3:o-1,7:outcome,8:APPROVED,";
        assertThat(new String(DecisionLog.canonicalForm(1, DecisionLog.GENESIS_HASH, T0, "regulator.fj",
                DecisionKind.APPROVAL, "case/c-1", d.details()), StandardCharsets.UTF_8)).isEqualTo(canonical);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(entry.hash()).isEqualTo(expected);
    }

    @Test
    void the_form_is_unambiguous_where_plain_concatenation_would_not_be() {
        String a = DecisionLog.hash(1, DecisionLog.GENESIS_HASH, T0, "ab", DecisionKind.CASE_ACTION, "c",
                new TreeMap<>());
        String b = DecisionLog.hash(1, DecisionLog.GENESIS_HASH, T0, "a", DecisionKind.CASE_ACTION, "bc",
                new TreeMap<>());
        String c = DecisionLog.hash(1, DecisionLog.GENESIS_HASH, T0, "a", DecisionKind.CASE_ACTION, "s",
                new TreeMap<>(Map.of("k", "v,1:x")));
        String d = DecisionLog.hash(1, DecisionLog.GENESIS_HASH, T0, "a", DecisionKind.CASE_ACTION, "s",
                new TreeMap<>(Map.of("k", "v", "x", "")));

        assertThat(a).isNotEqualTo(b);
        assertThat(c).isNotEqualTo(d);
    }

    @Test
    void details_are_sorted_null_values_dropped_and_time_kept_to_the_microsecond() {
        Map<String, String> details = new HashMap<>();
        details.put("z", "1");
        details.put("a", "2");
        details.put("gone", null);
        Decision d = Decision.of(Instant.parse("2025-03-01T08:00:00.123456789Z"), "system",
                DecisionKind.ESCALATION, "case/c-1", details);

        assertThat(d.details().keySet()).containsExactly("a", "z");
        assertThat(d.at()).isEqualTo(Instant.parse("2025-03-01T08:00:00.123456Z"));

        DecisionLogEntry entry = DecisionLog.append(null, d);
        DecisionLogEntry reloaded = new DecisionLogEntry(entry.sequence(), entry.previousHash(), entry.at(),
                entry.actor(), entry.kind(), entry.subject(), new TreeMap<>(Map.of("z", "1", "a", "2")),
                entry.hash());
        assertThat(reloaded.contentIntact()).as("a row read back from storage still verifies").isTrue();
    }
}
