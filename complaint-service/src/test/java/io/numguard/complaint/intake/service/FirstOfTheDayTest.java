package io.numguard.complaint.intake.service;

import io.numguard.complaint.assessment.persistence.AssessmentStore;
import io.numguard.complaint.intake.Complaint;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.complaint.intake.persistence.ComplaintStore;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily de-duplication, decided from a number's counted complaints and the rows before it in the batch. */
class FirstOfTheDayTest {
    private static final String NUMBER = "95123456";
    // 2025-03-01 in China runs from 2025-02-28T16:00Z to 2025-03-01T16:00Z
    private static final Instant MORNING = Instant.parse("2025-03-01T01:00:00Z");
    private static final Instant EVENING = Instant.parse("2025-03-01T15:59:59Z");
    private static final Instant NEXT_DAY = Instant.parse("2025-03-01T16:00:00Z");

    private static ComplaintStore.Row row(String complainant, ComplaintSource source, Instant at) {
        return new ComplaintStore.Row(new Complaint(new PhoneNumber(NUMBER), ComplaintCategory.HARASSMENT, source,
                complainant, source == ComplaintSource.POLICE ? "PSB" : null, at), "95123", null, null, null, null,
                source == ComplaintSource.POLICE ? "ref-1" : null);
    }

    private static Map<String, List<AssessmentStore.Counted>> history(String complainant, Instant at) {
        Map<String, List<AssessmentStore.Counted>> h = new HashMap<>();
        h.computeIfAbsent(NUMBER, k -> new ArrayList<>()).add(new AssessmentStore.Counted(1, at,
                ComplaintCategory.FRAUD, ComplaintSource.CITIZEN, complainant));
        return h;
    }

    @Test
    void aComplainantAlreadyCountedThatDayDoesNotCountAgainButDoesTheNextDay() {
        boolean[] counted = ComplaintRecorder.firstOfTheDay(List.of(
                row("h1", ComplaintSource.CARRIER, EVENING),
                row("h1", ComplaintSource.CARRIER, NEXT_DAY),
                row("h2", ComplaintSource.CARRIER, EVENING)), history("h1", MORNING));
        assertThat(counted).containsExactly(false, true, true);
    }

    @Test
    void withinOneBatchOnlyTheFirstOfTheDayCounts() {
        boolean[] counted = ComplaintRecorder.firstOfTheDay(List.of(
                row("h1", ComplaintSource.CARRIER, MORNING),
                row("h1", ComplaintSource.CITIZEN, EVENING),
                row("h1", ComplaintSource.CARRIER, NEXT_DAY),
                row("h1", ComplaintSource.CARRIER, NEXT_DAY)), new HashMap<>());
        assertThat(counted).containsExactly(true, false, true, false);
    }

    @Test
    void complaintsWithoutAComplainantAlwaysCount() {
        boolean[] counted = ComplaintRecorder.firstOfTheDay(List.of(
                row(null, ComplaintSource.POLICE, MORNING),
                row(null, ComplaintSource.POLICE, MORNING)), history(null, MORNING));
        assertThat(counted).containsExactly(true, true);
    }
}
