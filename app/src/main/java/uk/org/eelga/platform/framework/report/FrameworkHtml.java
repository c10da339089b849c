package uk.org.eelga.platform.framework.report;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.FrameworkModel.Action;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkModel.Outcome;
import uk.org.eelga.platform.framework.FrameworkModel.Theme;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.FrameworkService;

/**
 * The framework report as one accessible, printable HTML page, offered beside the PDF (whose tables are not
 * tagged): a language, a title, one heading level per theme and outcome, and a table per outcome with a caption,
 * column headers ({@code scope="col"}) and each measure as its row's header ({@code scope="row"}); RAG in words.
 */
public final class FrameworkHtml {

    private FrameworkHtml() {}

    public static byte[] render(Tree tree, String period, Map<Long, Figure> figures, String platformUrl) {
        String title = "Performance framework " + tree.framework().year() + ": " + period;
        StringBuilder html = new StringBuilder(16_384)
                .append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>")
                .append(escape(title))
                .append(" | East of England LGA</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(escape(title))
                .append("</h1>\n<p>")
                .append(escape(tree.framework().title()))
                .append(
                        ". East of England LGA. Each figure links to the records behind it on the member platform.</p>\n");
        html.append("<nav aria-label=\"Themes\"><h2 class=\"contents\">Contents</h2><ol>\n");
        for (Theme theme : tree.themes()) {
            html.append("<li><a href=\"#theme-")
                    .append(theme.id())
                    .append("\">")
                    .append(escape(theme.number() + ". " + theme.title()))
                    .append("</a></li>\n");
        }
        html.append("</ol></nav>\n");
        for (Theme theme : tree.themes()) {
            html.append("<section>\n<h2 id=\"theme-")
                    .append(theme.id())
                    .append("\">")
                    .append(escape("Theme " + theme.number() + ". " + theme.title()))
                    .append("</h2>\n");
            for (Outcome outcome : theme.outcomes()) {
                html.append("<h3>")
                        .append(escape("Outcome " + outcome.number() + " " + outcome.text()))
                        .append("</h3>\n<table>\n<caption>")
                        .append(escape("Measures of outcome " + outcome.number() + ", " + period))
                        .append("</caption>\n<thead><tr>")
                        .append("<th scope=\"col\">Measure</th><th scope=\"col\">Action</th>")
                        .append("<th scope=\"col\">Target</th><th scope=\"col\">Figure</th>")
                        .append("<th scope=\"col\">RAG</th><th scope=\"col\">Commentary</th>")
                        .append("</tr></thead>\n<tbody>\n");
                for (Action action : outcome.actions()) {
                    for (Measure m : action.measures()) {
                        Figure f = figures.get(m.id());
                        String figure = f == null ? Figure.Source.NONE.label() : f.display(m.type());
                        String commentary = action.commentary() == null ? "" : action.commentary();
                        if (f != null && f.commentary() != null && f.source() == Figure.Source.MANUAL) {
                            commentary = (commentary + " " + f.commentary()).trim();
                        }
                        String records = platformUrl.replaceAll("/+$", "") + "/"
                                + FrameworkService.recordsPath(m.id(), f == null ? "" : f.period());
                        html.append("<tr><th scope=\"row\">")
                                .append(escape(m.description()))
                                .append("</th><td>")
                                .append(escape(action.number() + " " + action.text() + " ("
                                        + action.serviceArea().label() + ")"))
                                .append("</td><td>")
                                .append(escape(m.targetText()))
                                .append("</td><td><a href=\"")
                                .append(escape(records))
                                .append("\">")
                                .append(escape(figure))
                                .append("</a></td><td>")
                                .append(escape(f == null ? "Not rated" : f.ragText()))
                                .append("</td><td>")
                                .append(escape(commentary))
                                .append("</td></tr>\n");
                    }
                }
                html.append("</tbody>\n</table>\n");
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static final String STYLE =
            """
            body { font-family: Arial, "Helvetica Neue", sans-serif; color: #0b0c0c; margin: 1.5rem; line-height: 1.4; }
            main { max-width: 75rem; }
            h1 { font-size: 2rem; } h2 { font-size: 1.5rem; margin-top: 2rem; } h3 { font-size: 1.2rem; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
            caption { text-align: left; font-weight: 700; padding: 0.5rem 0; }
            th, td { border: 1px solid #b1b4b6; padding: 0.4rem; text-align: left; vertical-align: top; }
            thead th { background: #f3f2f1; }
            tbody th { font-weight: 600; }
            a { color: #00567a; text-decoration: underline; }
            a:focus { outline: 3px solid transparent; background: #ffdd00; color: #0b0c0c; box-shadow: 0 4px #0b0c0c; }
            @media print {
              body { margin: 0; font-size: 10pt; }
              nav { display: none; }
              section { break-before: page; }
              tr, caption { break-inside: avoid; }
              a { color: #0b0c0c; }
            }
            """;
}
