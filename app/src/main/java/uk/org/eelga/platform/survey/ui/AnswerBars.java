package uk.org.eelga.platform.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import uk.org.eelga.platform.survey.SurveyResults;
import uk.org.eelga.shared.Percent;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * A bar chart drawn with plain elements (no charting library, no npm) and the table of the same figures beside
 * it: the bars are decoration for sighted readers (aria-hidden); the table carries the numbers for everyone.
 */
final class AnswerBars extends VerticalLayout {

    AnswerBars(String caption, List<SurveyResults.Count> counts) {
        setPadding(false);
        int total = counts.stream().mapToInt(SurveyResults.Count::count).sum();
        int max = counts.stream().mapToInt(SurveyResults.Count::count).max().orElse(0);
        Div chart = new Div();
        chart.addClassName("answer-bars");
        chart.getElement().setAttribute("aria-hidden", "true");
        for (SurveyResults.Count count : counts) {
            Div row = new Div();
            row.addClassName("answer-bar-row");
            Span label = new Span(count.label());
            label.addClassName("answer-bar-label");
            Div bar = new Div();
            bar.addClassName("answer-bar");
            int width = max == 0 ? 0 : Math.round(100f * count.count() / max);
            bar.getStyle()
                    .set("width", width + "%")
                    .set("min-width", "2px")
                    .set("background", "#1f5f8b")
                    .set("height", "1em")
                    .set("display", "inline-block");
            Span value = new Span(" " + count.count());
            row.add(label, new Span(" "), bar, value);
            chart.add(row);
        }
        Grid<SurveyResults.Count> table = new Grid<>(SurveyResults.Count.class, false);
        table.addColumn(SurveyResults.Count::label).setHeader("Answer");
        table.addColumn(SurveyResults.Count::count).setHeader("Responses");
        table.addColumn(c -> total == 0 ? "-" : Percent.format(c.count(), total))
                .setHeader("Share");
        table.setItems(counts);
        table.setAllRowsVisible(true);
        Tables.named(table, caption, "No answers to this question yet.");
        add(chart, table);
    }
}
