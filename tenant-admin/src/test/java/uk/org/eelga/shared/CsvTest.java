package uk.org.eelga.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void every_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        for (String attack : List.of(
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+SUM(1,2)",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(A1:A9)",
                "\t=1+1",
                "\r=1+1",
                "=1\n+2")) {
            assertThat(Csv.cell(attack)).as(attack).matches("(?s)\"?'.*");
            assertThat(Csv.quoted(attack)).as(attack).startsWith("\"'");
        }
    }

    @Test
    void harmless_cells_are_left_as_they_are_and_quoted_only_where_needed() {
        assertThat(Csv.cell("Norwich City Council")).isEqualTo("Norwich City Council");
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("1-2")).isEqualTo("1-2");
        assertThat(Csv.cell(42)).isEqualTo("42");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.quoted("plain")).isEqualTo("\"plain\"");
        assertThat(Csv.quoted("")).isEqualTo("\"\"");
        assertThat(Csv.quoted(null)).isEmpty();
    }

    @Test
    void rows_end_with_crlf_and_a_quote_inside_a_formula_cannot_close_the_cell_early() {
        String text = Csv.quotingWhereNeeded()
                .row("Council", "Seats")
                .row("=\"x\",1", 3)
                .text();
        assertThat(text).isEqualTo("Council,Seats\r\n\"'=\"\"x\"\",1\",3\r\n");
        assertThat(Csv.quotingEveryCell().row(Arrays.asList("a", null, "-1")).text())
                .isEqualTo("\"a\",,\"'-1\"\r\n");
    }
}
