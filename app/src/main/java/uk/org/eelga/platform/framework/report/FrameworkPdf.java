package uk.org.eelga.platform.framework.report;

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

    private FrameworkPdf() {}

    public static byte[] render(Tree tree, String period, Map<Long, Figure> figures) {
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
            for (String text : row.cells()) {
                PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                if (text.equals(row.rag())) {
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
