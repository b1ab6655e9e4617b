package io.numguard.support.opendata;

import io.numguard.support.problem.ProblemException;
import io.numguard.support.report.ReportMonth;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The feed's forms, deltas and validators, and the report month, without booting anything. */
class FeedSnapshotTest {
    private static final FeedSpec SPEC = new FeedSpec("test/feed", List.of("code", "name"));
    private static final Instant T = Instant.parse("2026-12-02T10:15:30.250Z");

    private static FeedEntry put(String code, long cursor, String name) {
        return new FeedEntry(code, cursor, false, T, Arrays.asList(code, name));
    }

    private static FeedEntry removed(String code, long cursor) {
        return new FeedEntry(code, cursor, true, T.plusSeconds(cursor), Arrays.asList(code, "old"));
    }

    @Test
    void fullFeedHoldsLiveRowsInKeyOrderAndQuotesCsvCells() {
        FeedSnapshot s = FeedSnapshot.of(SPEC, List.of(put("95222", 3, "A, \"B\" Co."), removed("95111", 5),
                put("95000", 7, null)));
        assertThat(s.cursor()).isEqualTo(7);
        assertThat(new String(s.full(FeedSnapshot.Format.CSV).plain(), StandardCharsets.UTF_8))
                .isEqualTo("code,name\r\n95000,\r\n95222,\"A, \"\"B\"\" Co.\"\r\n");
        assertThat(new String(s.full(FeedSnapshot.Format.JSON).plain(), StandardCharsets.UTF_8))
                .isEqualTo("{\"feed\":\"test/feed\",\"cursor\":\"7\",\"count\":2,\"columns\":[\"code\",\"name\"],"
                        + "\"rows\":[[\"95000\",null],[\"95222\",\"A, \\\"B\\\" Co.\"]]}");
        // Last-Modified in whole seconds, never after what the entries say
        assertThat(s.lastModified()).isEqualTo(Instant.parse("2026-12-02T10:15:35Z"));
    }

    @Test
    void aDeltaHoldsWhatChangedAfterTheCursorRemovalsIncluded() {
        FeedSnapshot s = FeedSnapshot.of(SPEC, List.of(put("95222", 3, "A"), removed("95111", 5), put("95000", 7, "C")));
        assertThat(s.after(0)).hasSize(3);
        assertThat(s.after(3)).extracting(FeedEntry::key).containsExactly("95111", "95000");
        assertThat(s.after(7)).isEmpty();
        assertThat(new String(FeedRenderer.csvDelta(SPEC, s.after(3)), StandardCharsets.UTF_8))
                .isEqualTo("change,code,name\r\nremove,95111,\r\nupsert,95000,C\r\n");
        assertThat(new String(FeedRenderer.jsonDelta(SPEC, 3, 7, s.after(3)), StandardCharsets.UTF_8))
                .isEqualTo("{\"feed\":\"test/feed\",\"since\":\"3\",\"cursor\":\"7\",\"columns\":[\"code\",\"name\"],"
                        + "\"changed\":[[\"95000\",\"C\"]],\"removed\":[\"95111\"]}");
    }

    @Test
    void etagsDifferByContentFormDeltaAndEncoding() {
        FeedSnapshot a = FeedSnapshot.of(SPEC, List.of(put("95222", 3, "A")));
        FeedSnapshot b = FeedSnapshot.of(SPEC, List.of(put("95222", 3, "B")));
        assertThat(a.full(FeedSnapshot.Format.JSON).etag()).isNotEqualTo(b.full(FeedSnapshot.Format.JSON).etag())
                .isNotEqualTo(a.full(FeedSnapshot.Format.CSV).etag()).isNotEqualTo(a.etag(FeedSnapshot.Format.JSON, 1L))
                .isNotEqualTo(a.full(FeedSnapshot.Format.JSON).gzipEtag());
    }

    @Test
    void conditionalRequestsFollowRfc9110() {
        String etag = "\"abc-json\"";
        Instant lm = Instant.parse("2026-12-02T10:15:30Z");
        assertThat(OpenFeedResponder.notModified("\"x\", W/\"abc-json\"", null, etag, lm)).isTrue();
        assertThat(OpenFeedResponder.notModified("*", null, etag, lm)).isTrue();
        assertThat(OpenFeedResponder.notModified("\"x\"", "Wed, 02 Dec 2026 10:15:30 GMT", etag, lm))
                .as("If-None-Match wins over If-Modified-Since").isFalse();
        assertThat(OpenFeedResponder.notModified(null, "Wed, 02 Dec 2026 10:15:30 GMT", etag, lm)).isTrue();
        assertThat(OpenFeedResponder.notModified(null, "Wed, 02 Dec 2026 10:15:29 GMT", etag, lm)).isFalse();
        assertThat(OpenFeedResponder.notModified(null, "yesterday", etag, lm)).isFalse();
        assertThat(OpenFeedResponder.acceptsGzip("br, gzip;q=0.8")).isTrue();
        assertThat(OpenFeedResponder.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(OpenFeedResponder.acceptsGzip("identity")).isFalse();
    }

    @Test
    void aReportMonthIsYyyyMmInChinaTime() {
        ReportMonth m = ReportMonth.parse("2026-11");
        assertThat(m.start()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(m.end()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        for (String bad : new String[] {"2026-13", "2026-1", "26-11", "2026/11", "", null}) {
            assertThatThrownBy(() -> ReportMonth.parse(bad)).isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).toProblem().anyGetter())
                            .containsEntry("parameter", "month").containsEntry("accepted", "YYYY-MM"));
        }
    }
}
