package uk.org.eelga.platform.framework.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;

/**
 * The framework report as a tagged PDF (PDF/UA-1): the accessible HTML report ({@link FrameworkHtml}) laid out on A4
 * landscape by openhtmltopdf, which writes the structure tree from the HTML (headings, tables with header cells and
 * captions, links), the document's language and title, and embeds the font, as PDF/UA asks. A screen reader reads
 * it in order, announcing each measure's row and column headers.
 */
public final class FrameworkTaggedPdf {

    /** Liberation Sans (metric-compatible with Arial), shipped inside pdfbox: the same font on every machine. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final String PRINT =
            """
            @page { size: A4 landscape; margin: 14mm; }
            body { font-family: 'Liberation Sans'; margin: 0; font-size: 9pt; }
            nav { display: none; }
            table { -fs-table-paginate: paginate; }
            """;

    private FrameworkTaggedPdf() {}

    public static byte[] render(Tree tree, String period, Map<Long, Figure> figures, String platformUrl) {
        String html = new String(FrameworkHtml.render(tree, period, figures, platformUrl), StandardCharsets.UTF_8)
                .replace("</style>", PRINT + "</style>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            for (int weight : new int[] {400, 700}) { // one face: bold text is set in it too, never a missing glyph
                builder.useFont(FrameworkTaggedPdf::font, "Liberation Sans", weight, FontStyle.NORMAL, true);
            }
            builder.withProducer("East of England LGA member platform");
            builder.withHtmlContent(html, platformUrl == null ? null : platformUrl);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out the framework report as a tagged PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream font = FrameworkTaggedPdf.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("The report's font is missing from the classpath: " + FONT);
        }
        return font;
    }
}
