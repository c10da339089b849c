package uk.org.eelga.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTest {

    record Line(String name, int seats, Integer share) {}

    private final FigureTable<Line> table = new FigureTable<Line>("Seats \"per\" group")
            .column("Group", Line::name)
            .numbers("Seats", Line::seats)
            .numbers("Share", l -> l.share() == null ? "not available" : l.share() + "%");

    @Test
    void a_row_per_item_with_its_header_cell_and_each_value_named_by_its_column() {
        table.setItems(List.of(new Line("Heads of HR", 12, 39), new Line("Chief Executives", 3, null)));

        assertThat(table.items()).extracting(Line::name).containsExactly("Heads of HR", "Chief Executives");
        assertThat(table.html())
                .startsWith("<table aria-label=\"Seats &quot;per&quot; group\"><thead><tr><th scope=\"col\">Group</th>")
                .contains("<th scope=\"col\" class=\"numeric\">Seats</th>")
                .contains("<tr><th scope=\"row\" data-label=\"Group\">Heads of HR</th>"
                        + "<td data-label=\"Seats\" class=\"numeric\">12</td>"
                        + "<td data-label=\"Share\" class=\"numeric\">39%</td></tr>")
                .contains("<td data-label=\"Share\" class=\"numeric\">not available</td>");
        assertThat(table.getElement().getProperty("innerHTML")).isEqualTo(table.html());
    }

    @Test
    void what_a_council_typed_is_shown_as_text_never_as_markup() {
        table.setItems(List.of(new Line("<script>alert(1)</script><img src=x onerror=alert(2)>", 1, 1)));

        assertThat(table.html())
                .doesNotContain("<script", "<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void no_rows_is_a_table_of_headers_only() {
        assertThat(table.html()).endsWith("</tr></thead><tbody></tbody></table>");
    }
}
