package uk.org.eelga.platform.framework.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.Figures;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;

/**
 * Target against actual over the year's quarters as inline SVG drawn on the server (no charting library): a bar
 * per quarter labelled with its figure and RAG letter, and a dashed line at the target. The numbers are also in
 * the table next to it, and the SVG has a text description for screen readers.
 */
final class TargetChart {

    private static final int WIDTH = 520;
    private static final int HEIGHT = 220;
    private static final int BASE = 180;

    private TargetChart() {}

    static Div of(Measure measure, List<Figure> quarters) {
        double max = measure.target() == null ? 1 : measure.target().doubleValue();
        for (Figure f : quarters) {
            if (f.value() != null) {
                max = Math.max(max, f.value().doubleValue());
            }
        }
        max = max <= 0 ? 1 : max * 1.15;
        StringBuilder svg = new StringBuilder();
        StringBuilder description = new StringBuilder("Target " + measure.targetText() + ".");
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' width='")
                .append(WIDTH)
                .append("' height='")
                .append(HEIGHT)
                .append("' viewBox='0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("' aria-labelledby='chart-desc'>");
        int slot = (WIDTH - 40) / Math.max(1, quarters.size());
        for (int i = 0; i < quarters.size(); i++) {
            Figure f = quarters.get(i);
            int x = 30 + i * slot + slot / 4;
            String label = f.period().substring(f.period().length() - 2);
            svg.append("<text x='")
                    .append(x + slot / 4)
                    .append("' y='")
                    .append(BASE + 18)
                    .append("' text-anchor='middle' font-size='12'>")
                    .append(label)
                    .append("</text>");
            String figure = f.value() == null ? "no figure" : Figures.format(measure.type(), f.value());
            description
                    .append(' ')
                    .append(f.period())
                    .append(": ")
                    .append(figure)
                    .append(", ")
                    .append(f.rag().words())
                    .append('.');
            if (f.value() != null) {
                int h = (int) Math.round(f.value().doubleValue() / max * (BASE - 20));
                svg.append("<rect x='")
                        .append(x)
                        .append("' y='")
                        .append(BASE - h)
                        .append("' width='")
                        .append(slot / 2)
                        .append("' height='")
                        .append(h)
                        .append("' fill='")
                        .append(fill(f))
                        .append("' stroke='#333'/>");
                svg.append("<text x='")
                        .append(x + slot / 4)
                        .append("' y='")
                        .append(BASE - h - 4)
                        .append("' text-anchor='middle' font-size='11'>")
                        .append(escape(figure))
                        .append(' ')
                        .append(f.rag().letter())
                        .append("</text>");
            }
        }
        if (measure.target() != null) {
            int y = BASE - (int) Math.round(measure.target().doubleValue() / max * (BASE - 20));
            svg.append("<line x1='20' x2='")
                    .append(WIDTH - 10)
                    .append("' y1='")
                    .append(y)
                    .append("' y2='")
                    .append(y)
                    .append("' stroke='#1f3a5f' stroke-dasharray='6 4' stroke-width='2'/>");
            svg.append("<text x='")
                    .append(WIDTH - 12)
                    .append("' y='")
                    .append(y - 4)
                    .append("' text-anchor='end' font-size='11'>Target ")
                    .append(escape(measure.targetText()))
                    .append("</text>");
        }
        svg.append("<line x1='20' x2='")
                .append(WIDTH - 10)
                .append("' y1='")
                .append(BASE)
                .append("' y2='")
                .append(BASE)
                .append("' stroke='#333'/>");
        svg.append("<desc id='chart-desc'>")
                .append(escape(description.toString()))
                .append("</desc></svg>");
        Div chart = new Div();
        chart.getElement().setProperty("innerHTML", svg.toString());
        chart.getElement().setAttribute("data-description", description.toString());
        chart.addClassName("target-chart");
        return chart;
    }

    private static String fill(Figure f) {
        switch (f.rag()) {
            case RED:
                return "#f4c7c3";
            case AMBER:
                return "#fce8b2";
            case GREEN:
                return "#b7e1cd";
            default:
                return "#dddddd";
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;");
    }
}
