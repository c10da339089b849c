package uk.org.eelga.platform.framework.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;

/** The framework as a landscape PDF in the seed document's columns, with the period's figures and RAG. */
public final class FrameworkPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);
    private static final Font BODY = new Font(Font.HELVETICA, 7);
    private static final Font LINK = new Font(Font.HELVETICA, 7, Font.UNDERLINE, new Color(0x1d, 0x70, 0xb8));
    private static final int ACTUAL = ReportRows.HEADERS.indexOf("Actual");
    private static final int RAG = ReportRows.HEADERS.indexOf("RAG");

    private FrameworkPdf() {}

    /** Without links (no address known). */
    public static byte[] render(Tree tree, String period, Map<Long, Figure> figures) {
        return render(tree, period, figures, null);
    }

    /** With each figure ("Actual") a link to the records behind it on the platform. */
    public static byte[] render(Tree tree, String period, Map<Long, Figure> figures, String platformUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.addTitle(tree.framework().title() + " - " + period);
        document.open();
        document.add(new Paragraph(tree.framework().title().toUpperCase() + " - " + period, TITLE));
        PdfPTable table = new PdfPTable(new float[] {9, 14, 18, 13, 10, 6, 6, 24});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(8);
        for (String header : ReportRows.HEADERS) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEAD));
            cell.setBackgroundColor(new Color(0x1f, 0x3a, 0x5f));
            table.addCell(cell);
        }
        for (ReportRows.Row row : ReportRows.of(tree, figures).rows()) {
            java.util.List<String> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                Phrase phrase;
                if (c == ACTUAL && platformUrl != null) {
                    Chunk link = new Chunk(text, LINK);
                    link.setAnchor(platformUrl.replaceAll("/+$", "") + "/" + row.recordsPath());
                    phrase = new Phrase(link);
                } else {
                    phrase = new Phrase(text, BODY);
                }
                PdfPCell cell = new PdfPCell(phrase);
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                if (c == RAG) {
                    cell.setBackgroundColor(ragColour(text));
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static Color ragColour(String rag) {
        if (rag.startsWith("R ")) {
            return new Color(0xf4, 0xc7, 0xc3);
        }
        if (rag.startsWith("A ")) {
            return new Color(0xfc, 0xe8, 0xb2);
        }
        if (rag.startsWith("G ")) {
            return new Color(0xb7, 0xe1, 0xcd);
        }
        return Color.WHITE;
    }
}
