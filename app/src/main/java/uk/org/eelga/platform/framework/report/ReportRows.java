package uk.org.eelga.platform.framework.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.FrameworkModel.Action;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkModel.Outcome;
import uk.org.eelga.platform.framework.FrameworkModel.Theme;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.FrameworkService;

/** One line per measure in the document's columns; theme, outcome and action only on their first line. */
record ReportRows(List<Row> rows) {

    static final List<String> HEADERS = List.of(
            "Themes",
            "Outcomes",
            "Actions",
            "Performance Target",
            "Performance Monitoring",
            "Actual",
            "RAG",
            "Ongoing Performance");

    record Row(
            String theme,
            String outcome,
            String action,
            String target,
            String monitoring,
            String actual,
            String rag,
            String commentary,
            String recordsPath) {
        List<String> cells() {
            return List.of(theme, outcome, action, target, monitoring, actual, rag, commentary);
        }
    }

    static ReportRows of(Tree tree, Map<Long, Figure> figures) {
        List<Row> rows = new ArrayList<>();
        for (Theme theme : tree.themes()) {
            String themeText = theme.number() + ". " + theme.title();
            for (Outcome outcome : theme.outcomes()) {
                String outcomeText = outcome.number() + " " + outcome.text();
                for (Action action : outcome.actions()) {
                    String actionText = action.number() + " " + action.text()
                            + (action.mechanism() == null ? "" : " Mechanism: " + action.mechanism())
                            + " (" + action.serviceArea().label() + ")";
                    boolean first = true;
                    for (Measure m : action.measures()) {
                        Figure f = figures.get(m.id());
                        String commentary = first && action.commentary() != null ? action.commentary() : "";
                        if (f != null && f.commentary() != null && f.source() == Figure.Source.MANUAL) {
                            commentary = (commentary + " " + f.commentary()).trim();
                        }
                        rows.add(new Row(
                                themeText,
                                outcomeText,
                                first ? actionText : "",
                                m.description() + ": " + m.targetText()
                                        + (m.baselineNote() == null ? "" : " (" + m.baselineNote() + ")"),
                                "Freq: " + m.frequency() + (m.dataSource() == null ? "" : " From " + m.dataSource()),
                                f == null ? Figure.Source.NONE.label() : f.display(m.type()),
                                f == null ? "Not rated" : f.ragText(),
                                commentary,
                                FrameworkService.recordsPath(m.id(), f == null ? "" : f.period())));
                        themeText = "";
                        outcomeText = "";
                        first = false;
                    }
                }
            }
        }
        return new ReportRows(rows);
    }
}
