package uk.org.eelga.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.grid.Grid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void a_named_table_has_its_accessible_name_and_its_own_empty_text() {
        Grid<String> awards = Tables.named(new Grid<>(), "Pay awards", "No pay awards recorded yet.");

        assertThat(awards.getAriaLabel()).contains("Pay awards");
        assertThat(awards.getEmptyStateText()).isEqualTo("No pay awards recorded yet.");
        assertThat(Tables.isNamed(awards)).isTrue();
    }

    @Test
    void a_table_without_a_name_or_an_empty_text_is_not_named() {
        Grid<String> bare = new Grid<>();
        assertThat(Tables.isNamed(bare)).isFalse();

        bare.setAriaLabel("Pay awards");
        assertThat(Tables.isNamed(bare))
                .as("a name but nothing to say when empty")
                .isFalse();
    }

    @Test
    void a_blank_name_or_empty_text_is_refused() {
        assertThatThrownBy(() -> Tables.named(new Grid<>(), " ", "No pay awards recorded yet."))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tables.named(new Grid<>(), "Pay awards", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Pages of the side navigation are walked by EveryTableViewsIT; a table elsewhere (a measure's records, a
     * request's history, survey results) is held to the same here: each grid made in both modules is named.
     */
    @Test
    void every_grid_in_the_code_is_named() throws IOException {
        Pattern made = Pattern.compile("Grid<[^>]*(?:<[^>]*>)?[^>]*>\\s+(\\w+)\\s*=\\s*new Grid<");
        List<String> unnamed = new ArrayList<>();
        int grids = 0;
        for (Path file : MainSources.javaFiles()) {
            String source = Files.readString(file);
            Matcher matcher = made.matcher(source);
            while (matcher.find()) {
                grids++;
                String name = matcher.group(1);
                // named where it is made, or by the columns helper it is handed to (which names it)
                boolean named = Pattern.compile("Tables\\.named\\(\\s*" + name + ",")
                                .matcher(source)
                                .find()
                        || source.contains("BenchmarkColumns.addTo(" + name + ",");
                if (!named) {
                    unnamed.add(file.getFileName() + ": " + name);
                }
            }
        }
        assertThat(unnamed)
                .as("grids not given a name and empty text with Tables.named")
                .isEmpty();
        assertThat(grids).as("grids found in the code").isGreaterThanOrEqualTo(60);
    }
}
