package uk.org.eelga.platform.framework.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;

/** The framework and the period's figures as an XLSX workbook, one row per measure. */
public final class FrameworkXlsx {

    private FrameworkXlsx() {}

    /** Without links (no address known). */
    public static byte[] render(Tree tree, String period, Map<Long, Figure> figures) {
        return render(tree, period, figures, null);
    }

    /**
     * With a last column linking each figure to the records behind it on the platform ({@code platformUrl} +
     * the measure's page for the period).
     */
    public static byte[] render(Tree tree, String period, Map<Long, Figure> figures, String platformUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "EELGA member platform", "1.0");
            Worksheet sheet = workbook.newWorksheet(period);
            sheet.value(0, 0, tree.framework().title() + " - " + period);
            List<String> headers = ReportRows.HEADERS;
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(2, c, headers.get(c));
                sheet.style(2, c).bold().set();
            }
            if (platformUrl != null) {
                sheet.value(2, headers.size(), "Records behind the figure");
                sheet.style(2, headers.size()).bold().set();
            }
            int r = 3;
            for (ReportRows.Row row : ReportRows.of(tree, figures).rows()) {
                List<String> cells = row.cells();
                for (int c = 0; c < cells.size(); c++) {
                    sheet.value(r, c, cells.get(c));
                }
                if (platformUrl != null) {
                    String url = platformUrl.replaceAll("/+$", "") + "/" + row.recordsPath();
                    sheet.hyperlink(r, cells.size(), new HyperLink(url, url));
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
