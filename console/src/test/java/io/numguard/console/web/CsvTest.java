package io.numguard.console.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {
    @Test
    void aHeaderIsSkippedQuotesAndCrlfAreReadAndLinesAreCountedAsInTheFile() {
        List<Csv.Row> rows = Csv.parse("\uFEFFnumber,category,markedAt\r\n95123456,FRAUD,2026-12-02T10:00:00Z\r\n"
                + "\r\n\"95123457\",\"HARASSMENT, twice\",\"said \"\"bank\"\"\"\n95123458,MARKETING");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).cells()).containsExactly("95123456", "FRAUD", "2026-12-02T10:00:00Z");
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).cell(1)).isEqualTo("HARASSMENT, twice");
        assertThat(rows.get(1).cell(2)).isEqualTo("said \"bank\"");
        assertThat(rows.get(2).cell(2)).as("a missing cell is empty").isEmpty();
    }

    @Test
    void withoutAHeaderEveryLineIsData() {
        assertThat(Csv.parse("+86 95123456,FRAUD\n95123457,FRAUD\n")).extracting(r -> r.cell(0))
                .containsExactly("+86 95123456", "95123457");
        assertThat(Csv.parse("")).isEmpty();
        assertThat(Csv.parse(null)).isEmpty();
    }

    @Test
    void aNewlineInsideQuotesStaysInTheCellAndLaterLinesKeepTheirNumbers() {
        List<Csv.Row> rows = Csv.parse("95123456,\"two\nlines\"\n95123457,x");
        assertThat(rows.get(0).cell(1)).isEqualTo("two\nlines");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }
}
