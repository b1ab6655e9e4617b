package io.numguard.registry.lookup;

import io.numguard.contracts.identity.Uscc;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.Carrier;
import io.numguard.registry.segment.ChangeContext;
import io.numguard.registry.segment.Quarantine;
import io.numguard.registry.segment.Segment;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.registry.subnumber.EndClient;
import io.numguard.registry.subnumber.SubNumberFiling;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.numguard.registry.Fixtures.FJ;
import static io.numguard.registry.Fixtures.LIFECYCLE;
import static io.numguard.registry.Fixtures.T0;
import static io.numguard.registry.Fixtures.USCC_A;
import static io.numguard.registry.Fixtures.USCC_B;
import static io.numguard.registry.Fixtures.allocated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberIndexTest {
    private static final EndClient CLIENT = new EndClient("Minjiang Bank", null, "hotline");

    private static IndexedSegment row(String code, Uscc licensee, SegmentStatus status, Instant allocatedAt) {
        Quarantine q = status == SegmentStatus.QUARANTINED
                ? new Quarantine(SegmentStatus.REVOKED, allocatedAt, allocatedAt.plus(Duration.ofDays(180))) : null;
        return new IndexedSegment(SegmentCode.of(code), licensee, FJ, status, q, Set.of(Carrier.CT), false, true,
                allocatedAt, LocalDate.of(2029, 2, 28));
    }

    private static IndexedSegment held(String code) {
        return row(code, USCC_A, SegmentStatus.ALLOCATED, T0);
    }

    private static SubNumberFiling filing(String number, String code, Uscc licensee, Instant at) {
        return new SubNumberFiling(new PhoneNumber(number), SegmentCode.of(code), licensee, CLIENT, at, "u");
    }

    private static String codeOf(NumberLookup l) {
        return l.isHeld() ? l.segment().code().value() : null;
    }

    @Test
    void longestPrefixWinsForEveryNumberLength() {
        NumberIndex index = new NumberIndex();
        // overlapping held codes cannot be allocated, but the index must still answer with the longest one
        index.rebuild(List.of(held("95123"), held("951234"), held("95200")), List.of());

        assertThat(codeOf(index.lookup("95123"))).isEqualTo("95123");
        assertThat(codeOf(index.lookup("951235"))).isEqualTo("95123");
        assertThat(codeOf(index.lookup("951234"))).isEqualTo("951234");
        assertThat(codeOf(index.lookup("9512349"))).isEqualTo("951234");
        assertThat(codeOf(index.lookup("95123499"))).isEqualTo("951234");
        assertThat(codeOf(index.lookup("95123999"))).isEqualTo("95123");
        assertThat(codeOf(index.lookup(new PhoneNumber("95200001")))).isEqualTo("95200");
        assertThat(index.lookup("95124000")).isSameAs(NumberLookup.NOT_HELD);
        assertThat(index.lookup("95124").isHeld()).isFalse();
        // a 5-digit number is not inside a 6-digit segment
        index.rebuild(List.of(held("951234")), List.of());
        assertThat(index.lookup("95123").isHeld()).isFalse();
        assertThat(index.snapshot().segmentCount()).isEqualTo(1);
    }

    @Test
    void anEightDigitNumberComesWithItsFiling() {
        NumberIndex index = new NumberIndex();
        SubNumberFiling f = filing("95123456", "95123", USCC_A, T0.plusSeconds(1));
        index.rebuild(List.of(held("95123")), List.of(f));

        NumberLookup hit = index.lookup("95123456");
        assertThat(codeOf(hit)).isEqualTo("95123");
        assertThat(hit.subNumberFiling()).contains(f);
        assertThat(index.lookup("95123457").subNumberFiling()).isEmpty();
        assertThat(codeOf(index.lookup("95123457"))).isEqualTo("95123");
        // same answer object every time: nothing is allocated per lookup
        assertThat(index.lookup("95123456")).isSameAs(hit);
        assertThat(index.lookup("95123457")).isSameAs(index.lookup("95123999"));
    }

    @Test
    void aFilingOfAFormerHolderIsNotShownUnderTheNewOne() {
        Instant later = T0.plus(Duration.ofDays(400));
        SubNumberFiling old = filing("95123456", "95123", USCC_A, T0.plusSeconds(1));
        NumberIndex index = new NumberIndex();
        index.rebuild(List.of(row("95123", USCC_A, SegmentStatus.RELEASED, T0),
                row("95123", USCC_B, SegmentStatus.ALLOCATED, later)), List.of(old));
        NumberLookup hit = index.lookup("95123456");
        assertThat(hit.segment().licensee()).isEqualTo(USCC_B);
        assertThat(hit.filing()).isNull();
        assertThat(index.snapshot().filing(new PhoneNumber("95123456"))).contains(old);

        // the new holder files the number again: replaces the old filing and is shown
        SubNumberFiling mine = filing("95123456", "95123", USCC_B, later.plusSeconds(1));
        index.upsertFiling(mine);
        assertThat(index.lookup("95123456").filing()).isEqualTo(mine);
        assertThat(index.snapshot().filingCount()).isEqualTo(1);
    }

    @Test
    void statusChangesReleaseAndStaleRows() {
        NumberIndex index = new NumberIndex();
        index.upsert(held("95123"));
        assertThat(index.lookup("95123456").segment().status()).isEqualTo(SegmentStatus.ALLOCATED);

        index.upsert(row("95123", USCC_A, SegmentStatus.QUARANTINED, T0));
        NumberLookup revoked = index.lookup("95123456");
        assertThat(revoked.segment().status()).isEqualTo(SegmentStatus.QUARANTINED);
        assertThat(revoked.segment().publicStatus()).isEqualTo(SegmentStatus.REVOKED);

        index.upsert(row("95123", USCC_A, SegmentStatus.RELEASED, T0));
        assertThat(index.lookup("95123456").isHeld()).isFalse();
        assertThat(index.snapshot().segmentCount()).isZero();

        Instant later = T0.plus(Duration.ofDays(400));
        index.upsert(row("95123", USCC_B, SegmentStatus.ALLOCATED, later));
        // a late update of the earlier allocation does not bring it back
        index.upsert(row("95123", USCC_A, SegmentStatus.ALLOCATED, T0));
        assertThat(index.lookup("95123456").segment().licensee()).isEqualTo(USCC_B);

        index.remove(SegmentCode.of("95123"));
        assertThat(index.lookup("95123456").isHeld()).isFalse();
        assertThat(index.snapshot().segment(SegmentCode.of("95123"))).isEmpty();
    }

    @Test
    void segmentsFromTheDomainModel() {
        Segment s = LIFECYCLE.expand(allocated("951234"), ChangeContext.byUser(T0, "r", null)).value().segment();
        NumberIndex index = new NumberIndex();
        index.upsert(IndexedSegment.of(s));
        IndexedSegment got = index.lookup("95123401").segment();
        assertThat(got.code()).isEqualTo(s.code());
        assertThat(got.expanded()).isTrue();
        assertThat(got.carriers()).containsExactly(Carrier.CT);
        assertThat(got.validUntil()).isEqualTo(s.validUntil());

        Segment revoked = LIFECYCLE.revoke(s, ChangeContext.byUser(T0.plusSeconds(5), "r", null)).value().segment();
        index.upsert(IndexedSegment.of(revoked));
        assertThat(index.lookup("95123401").segment().publicStatus()).isEqualTo(SegmentStatus.REVOKED);
    }

    @Test
    void filingUpsertRemoveAndSegmentUpdatesKeepFilingsAttached() {
        NumberIndex index = new NumberIndex();
        index.upsert(held("95123"));
        SubNumberFiling f1 = filing("95123456", "95123", USCC_A, T0.plusSeconds(10));
        index.upsertFiling(f1);
        assertThat(index.lookup("95123456").filing()).isEqualTo(f1);

        // an older filing arriving late does not replace the newer one
        index.upsertFiling(filing("95123456", "95123", USCC_A, T0.plusSeconds(5)));
        assertThat(index.lookup("95123456").filing()).isEqualTo(f1);

        // the segment changes status: the filing stays attached to the new state
        index.upsert(row("95123", USCC_A, SegmentStatus.SUSPENDED, T0));
        assertThat(index.lookup("95123456").segment().status()).isEqualTo(SegmentStatus.SUSPENDED);
        assertThat(index.lookup("95123456").filing()).isEqualTo(f1);

        index.removeFiling(new PhoneNumber("95123456"));
        assertThat(index.lookup("95123456").filing()).isNull();
        assertThat(index.snapshot().filingCount()).isZero();
        index.removeFiling(new PhoneNumber("95123456"));
        assertThat(index.snapshot().filingCount()).isZero();
    }

    @Test
    void aSnapshotNeverChangesUnderItsReader() {
        NumberIndex index = new NumberIndex();
        index.upsert(held("95123"));
        IndexSnapshot before = index.snapshot();
        index.upsert(row("95123", USCC_A, SegmentStatus.RELEASED, T0));
        index.upsertFiling(filing("95123456", "95123", USCC_A, T0.plusSeconds(1)));
        assertThat(before.lookup("95123456").isHeld()).isTrue();
        assertThat(before.lookup("95123456").filing()).isNull();
        assertThat(index.lookup("95123456").isHeld()).isFalse();
    }

    @Test
    void rejectsNonCanonicalInput() {
        NumberIndex index = new NumberIndex();
        for (String bad : List.of("9512", "951234567", "96123", "95 123", "9512a")) {
            assertThatThrownBy(() -> index.lookup(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * Correctness micro-check at benchmark scale (speed is measured in a JMH bench, not here): 100,000 segment rows
     * (5,500 codes x ~18 allocations each, all but the latest RELEASED), shuffled, plus 50,000 filings, against a
     * plain map-based reference.
     */
    @Test
    void microCheckAgainstAReferenceAtBenchmarkScale() {
        List<String> codes = new ArrayList<>();
        for (int abc = 0; abc < 1000; abc++) {
            if (abc % 2 == 0) {
                codes.add(String.valueOf(95_000 + abc));
            } else {
                for (int d = 0; d < 10; d += 2) {
                    codes.add(String.valueOf(950_000 + abc * 10 + d));
                }
            }
        }
        List<IndexedSegment> rows = new ArrayList<>(100_000);
        Map<String, IndexedSegment> latest = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            String code = codes.get(i % codes.size());
            int generation = i / codes.size();
            boolean last = i + codes.size() >= 100_000;
            Uscc licensee = generation % 2 == 0 ? USCC_A : USCC_B;
            IndexedSegment r = row(code, licensee, last ? SegmentStatus.ALLOCATED : SegmentStatus.RELEASED,
                    T0.plus(Duration.ofDays(200L * generation)));
            rows.add(r);
            if (last) {
                latest.put(code, r);
            }
        }
        Random random = new Random(42);
        List<SubNumberFiling> filings = new ArrayList<>();
        Map<String, SubNumberFiling> filingByNumber = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            IndexedSegment s = latest.get(codes.get(random.nextInt(codes.size())));
            String code = s.code().value();
            StringBuilder n = new StringBuilder(code);
            while (n.length() < 8) {
                n.append(random.nextInt(10));
            }
            SubNumberFiling f = filing(n.toString(), code, s.licensee(), s.allocatedAt().plusSeconds(i));
            filings.add(f);
            filingByNumber.put(n.toString(), f);
        }
        Collections.shuffle(rows, random);

        NumberIndex index = new NumberIndex();
        index.rebuild(rows, filings);
        assertThat(index.snapshot().segmentCount()).isEqualTo(codes.size());
        assertThat(index.snapshot().filingCount()).isEqualTo(filingByNumber.size());

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            int length = 5 + random.nextInt(4);
            StringBuilder n = new StringBuilder("95");
            while (n.length() < length) {
                n.append(random.nextInt(10));
            }
            if (i % 4 == 0) { // make sure filed numbers are looked up too
                n = new StringBuilder(filings.get(random.nextInt(filings.size())).number().digits());
            }
            String number = n.toString();
            IndexedSegment expected = number.length() >= 6 ? latest.get(number.substring(0, 6)) : null;
            if (expected == null) {
                expected = latest.get(number.substring(0, 5));
            }
            SubNumberFiling expectedFiling = number.length() == 8 ? filingByNumber.get(number) : null;

            NumberLookup got = index.lookup(number);
            if (got.segment() != expected || got.filing() != expectedFiling) {
                mismatches.add(number);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
