package io.numguard.complaint.intake.service;

import io.numguard.complaint.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * Segments are aggregated out of the intake's transaction: every counted complaint is folded into its segment
 * exactly once, whatever fails in between and however many batches arrive at once.
 */
@QuarkusTest
class SegmentFolderTest {
    @Inject
    SegmentFolder folder;
    @Inject
    EntityManager em;

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private long bucketCount(String segment) {
        return count("select coalesce(sum(count), 0) from complaint_bucket where subject_kind = 'SEGMENT'"
                + " and subject_code = ?1", segment);
    }

    private long queuedFor(String segment) {
        return count("select count(*) from segment_fold_queue q where exists (select 1 from complaint c"
                + " where c.id = any(q.complaint_ids) and c.segment_code = ?1)", segment);
    }

    private static void post(String carrier, String segment, int marks) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < marks; i++) {
            rows.add(Fixtures.mark(segment + String.format("%02d", i % 100), "FRAUD"));
        }
        Fixtures.as(Fixtures.carrier(carrier)).body(Map.of("marks", rows)).post("/api/complaints/batch").then()
                .statusCode(200).body("counted", equalTo(marks));
    }

    /** A fold that fails leaves its queue entries for the next; once it succeeds, nothing is counted twice. */
    @Test
    void aFailedFoldLeavesTheComplaintsQueuedAndTheNextFoldsThemOnce() {
        String segment = Fixtures.allocatedSegment(true);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    create or replace function test_refuse_bucket() returns trigger language plpgsql as $$
                    begin
                      if new.subject_code = '%s' then raise exception 'refused by the test'; end if;
                      return new;
                    end $$""".formatted(segment)).executeUpdate();
            em.createNativeQuery("create trigger test_refuse_bucket before insert on complaint_bucket for each row"
                    + " execute function test_refuse_bucket()").executeUpdate();
        });
        try {
            post("CT", segment, 7);
            // the intake committed: the complaints are stored and counted, the segment not yet
            assertThat(count("select count(*) from complaint where segment_code = ?1 and counted", segment))
                    .isEqualTo(7);
            assertThatThrownBy(folder::drain).hasStackTraceContaining("refused by the test");
            assertThat(queuedFor(segment)).isEqualTo(1);
            assertThat(bucketCount(segment)).isZero();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "drop trigger test_refuse_bucket on complaint_bucket").executeUpdate());
        }
        folder.drain();
        folder.drain();
        assertThat(queuedFor(segment)).isZero();
        assertThat(bucketCount(segment)).isEqualTo(7);
    }

    /** Batches posted at once for the same segments: their sums are exact, and each segment crossed once. */
    @Test
    void concurrentBatchesAddUpExactly() throws Exception {
        String a = Fixtures.allocatedSegment(true);
        String b = Fixtures.allocatedSegment(true);
        List<CompletableFuture<Void>> posts = new ArrayList<>();
        for (String carrier : List.of("CT", "CM", "CU")) {
            posts.add(CompletableFuture.runAsync(() -> {
                post(carrier, a, 40);
                post(carrier, b, 30);
            }));
        }
        for (CompletableFuture<Void> p : posts) {
            p.get();
        }
        Fixtures.segmentsFolded();
        assertThat(bucketCount(a)).isEqualTo(120);
        assertThat(bucketCount(b)).isEqualTo(90);
        // carrier weight 2: 240 and 180 weighted, far over the segment's 24 h threshold of 20; signalled once each
        for (String segment : List.of(a, b)) {
            assertThat(count("select count(*) from outbox_event where event_type = 'io.numguard.signal"
                    + ".threshold-exceeded.v1' and payload like ?1", "%\"segmentCode\":\"" + segment
                    + "\",\"number\":null,\"window\":\"P1D\",\"category\":\"ALL\"%")).isEqualTo(1);
        }
    }
}
