package io.numguard.complaint.intake.service;

import io.numguard.complaint.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.numguard.complaint.testing.Fixtures.count;
import static io.numguard.complaint.testing.Fixtures.segmentBucketCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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

    private long setAsideFor(String segment) {
        return count("select count(*) from segment_fold_failed f where exists (select 1 from complaint c"
                + " where c.id = any(f.complaint_ids) and c.segment_code = ?1)", segment);
    }

    /**
     * A fold that keeps failing rolls back whole (nothing half-folded), is retried, then its entries are tried one by
     * one: the one that fails on its own is set aside with the reason and the rest of its partition goes on. Put
     * back once the cause is gone, it is folded exactly once.
     */
    @Test
    void anEntryThatKeepsFailingIsSetAsideAndItsPartitionGoesOn() {
        String bad = Fixtures.allocatedSegment(true);
        String good = Fixtures.allocatedSegment(true);
        while (folder.partitionOf(good) != folder.partitionOf(bad)) {
            good = Fixtures.allocatedSegment(true);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    create or replace function test_refuse_bucket() returns trigger language plpgsql as $$
                    begin
                      if new.subject_code = '%s' then raise exception 'refused by the test'; end if;
                      return new;
                    end $$""".formatted(bad)).executeUpdate();
            em.createNativeQuery("create trigger test_refuse_bucket before insert on complaint_bucket for each row"
                    + " execute function test_refuse_bucket()").executeUpdate();
        });
        try {
            post("CT", bad, 7);
            post("CM", good, 5);
            // the intake committed: the complaints are stored and counted whatever happens to their segments
            assertThat(count("select count(*) from complaint where segment_code = ?1 and counted", bad))
                    .isEqualTo(7);
            String goodSegment = good;
            await().atMost(Duration.ofSeconds(30)).until(() -> setAsideFor(bad) == 1
                    && segmentBucketCount(goodSegment) == 5);
            assertThat(segmentBucketCount(bad)).isZero();
            assertThat(queuedFor(bad)).isZero();
            assertThat(count("select count(*) from segment_fold_failed f where error like '%refused by the test%'"
                    + " and exists (select 1 from complaint c where c.id = any(f.complaint_ids)"
                    + " and c.segment_code = ?1)", bad)).isEqualTo(1);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "drop trigger test_refuse_bucket on complaint_bucket").executeUpdate());
        }
        // put back as the migration's comment says, then fold: once
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                with back as (delete from segment_fold_failed returning part, complaint_ids, queued_at)
                insert into segment_fold_queue (part, complaint_ids, queued_at) select * from back""")
                .executeUpdate());
        folder.drain();
        folder.drain();
        assertThat(setAsideFor(bad)).isZero();
        assertThat(queuedFor(bad)).isZero();
        assertThat(segmentBucketCount(bad)).isEqualTo(7);
        assertThat(segmentBucketCount(good)).isEqualTo(5);
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
        assertThat(segmentBucketCount(a)).isEqualTo(120);
        assertThat(segmentBucketCount(b)).isEqualTo(90);
        // carrier weight 2: 240 and 180 weighted, far over the segment's 24 h threshold of 20; signalled once each
        for (String segment : List.of(a, b)) {
            assertThat(count("select count(*) from outbox_event where event_type = 'io.numguard.signal"
                    + ".threshold-exceeded.v1' and payload like ?1", "%\"segmentCode\":\"" + segment
                    + "\",\"number\":null,\"window\":\"P1D\",\"category\":\"ALL\"%")).isEqualTo(1);
        }
    }
}
