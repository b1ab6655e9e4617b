package io.numguard.console.i18n;

import io.numguard.console.api.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMessagesTest {
    @Test
    void aKnownProblemTypeIsSaidInThePagesLanguageWithTheServicesDetail() {
        ApiProblem p = ApiProblem.of(403, Map.of("type", "urn:numguard:problem:four-eyes", "title", "Four eyes",
                "detail", "regulator.fj proposed this revocation"));
        assertThat(p.slug()).isEqualTo("four-eyes");
        assertThat(ProblemMessages.describe(p, "zh")).startsWith("四眼原则").contains("regulator.fj proposed");
        assertThat(ProblemMessages.describe(p, "en")).startsWith("Four eyes: the regulator who proposed cannot "
                + "approve").contains("Detail: regulator.fj proposed this revocation");
    }

    @Test
    void anUnknownTypeKeepsTheServicesTitleAndNamesTheField() {
        ApiProblem p = ApiProblem.of(400, Map.of("type", "urn:numguard:problem:invalid-value", "title",
                "Invalid value", "detail", "'late' is not a state of orders; one of pending, overdue, all",
                "field", "state"));
        assertThat(ProblemMessages.describe(p, "en")).isEqualTo("Invalid value. Field: state. Detail: 'late' is "
                + "not a state of orders; one of pending, overdue, all");
        assertThat(ProblemMessages.describe(p, "zh")).contains("字段：state");
    }

    @Test
    void anAnswerThatIsNotAProblemStillGetsASentenceNeverRawJson() {
        ApiProblem p = ApiProblem.of(502, null);
        assertThat(p.slug()).isEqualTo("http-502");
        assertThat(ProblemMessages.describe(p, "en")).isEqualTo("The request failed (HTTP 502).");
        assertThat(ProblemMessages.describe(ApiProblem.of(404, Map.of("title", "Not Found")), "zh"))
                .isEqualTo("未找到。");
        assertThat(ProblemMessages.describe(ApiProblem.of(409, Map.of("type", "x", "detail", "{\"a\":1}")), "en"))
                .doesNotStartWith("{");
    }
}
