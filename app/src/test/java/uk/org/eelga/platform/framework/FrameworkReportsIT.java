package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.report.FrameworkImporter;
import uk.org.eelga.platform.framework.report.FrameworkPdf;
import uk.org.eelga.platform.framework.report.FrameworkTaggedPdf;
import uk.org.eelga.platform.framework.report.FrameworkXlsx;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.shared.ReportingPeriod;

@PlatformIT
class FrameworkReportsIT {

    static final String HEADER = String.join(",", FrameworkImporter.COLUMNS);

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkImporter importer;

    long frameworkId;

    @BeforeEach
    void setUp() throws Exception {
        FrameworkTestData.clean();
        frameworkId =
                frameworks.create(Fixtures.staff(), FrameworkTestData.draft()).id();
        FrameworkTestData.signedIn("norwich", "nora", "2025-05-01T10:00:00Z");
        FrameworkTestData.signedIn("cambridge", "cam", "2026-02-01T10:00:00Z");
    }

    @AfterEach
    void tearDown() throws Exception {
        FrameworkTestData.clean();
    }

    @Test
    void the_pdf_has_the_documents_columns_with_figures_rag_and_commentary() throws Exception {
        Tree tree = frameworks.tree(frameworkId).orElseThrow();
        String q4 = FrameworkTestData.YEAR + " Q4";
        Map<Long, Figure> figures = frameworks.figures(Fixtures.staff(), frameworkId, ReportingPeriod.parse(q4));
        String text;
        try (PDDocument pdf = Loader.loadPDF(FrameworkPdf.render(tree, q4, figures))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains(
                        "Themes",
                        "Outcomes",
                        "Actions",
                        "Performance Target",
                        "Performance Monitoring",
                        "RAG",
                        "Ongoing Performance",
                        "Councils with people on the platform: 5%",
                        "4%",
                        "A Amber",
                        "Going well",
                        "Freq: Quarterly");

        Tree seed = frameworks.frameworks().stream()
                .filter(f -> f.year().equals("2017-18"))
                .findFirst()
                .flatMap(f -> frameworks.tree(f.id()))
                .orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(FrameworkPdf.render(seed, "2017-18 Q4", Map.of()))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("67% of council leaders attended assembly meetings in 2017/18");
        }
    }

    @Test
    void the_accessible_pdf_is_tagged_with_language_title_headings_and_table_headers_and_embeds_its_font()
            throws Exception {
        Tree tree = frameworks.tree(frameworkId).orElseThrow();
        String q4 = FrameworkTestData.YEAR + " Q4";
        Map<Long, Figure> figures = frameworks.figures(Fixtures.staff(), frameworkId, ReportingPeriod.parse(q4));
        byte[] bytes = FrameworkTaggedPdf.render(tree, q4, figures, "https://members.example.org/");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("marked as tagged").isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle())
                    .startsWith("Performance framework " + FrameworkTestData.YEAR + ": " + q4);
            // PDF/UA-1 is declared in the XMP metadata
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfuaid").contains("<pdfuaid:part>1</pdfuaid:part>");
            // the structure tree carries the report's headings and tables, with header cells
            List<String> types = new ArrayList<>();
            collect(catalog.getStructureTreeRoot().getKids(), types);
            assertThat(types).contains("H1", "H2", "H3", "Table", "TH", "TD", "Caption", "Link");
            // every font is embedded (PDF/UA), so the text reads the same everywhere
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Councils with people on the platform", "Amber");
        }
    }

    private static void collect(List<Object> kids, List<String> types) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                types.add(e.getStructureType());
                collect(e.getKids(), types);
            }
        }
    }

    @Test
    void the_xlsx_export_reads_back_cell_by_cell() throws Exception {
        Tree tree = frameworks.tree(frameworkId).orElseThrow();
        String q1 = FrameworkTestData.YEAR + " Q1";
        byte[] xlsx = FrameworkXlsx.render(
                tree, q1, frameworks.figures(Fixtures.staff(), frameworkId, ReportingPeriod.parse(q1)));
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c == null ? "" : c.getText()));
                rows.add(cells);
            }
        }
        assertThat(rows.get(1)).startsWith("Themes", "Outcomes", "Actions", "Performance Target");
        assertThat(rows.get(2)).containsSequence("2%", "R Red");
        assertThat(rows.get(2).get(0)).isEqualTo("1. Engagement");
        assertThat(rows).hasSize(5);
    }

    @Test
    void an_import_with_bad_lines_reports_each_line_and_changes_nothing() {
        int before = frameworks.frameworks().size();
        String csv = HEADER + "\n"
                + "Engagement,Councils engage,Host meetings,,CORE,Members attending,PERCENT,60,5,,Quarterly,Lists,\n"
                + "Engagement,Councils engage,Host meetings,,CORE,Events,PCT,4,,,Annual,,\n"
                + "Engagement,Councils engage,Host meetings,,SIDELINE,Profit,MONEY,lots,,,,,\n";
        FrameworkImporter.Result result = importer.importFile(
                Fixtures.staff(), "next.csv", csv.getBytes(StandardCharsets.UTF_8), "2024-25", "Next year");
        assertThat(result.ok()).isFalse();
        assertThat(result.errors())
                .containsExactly(
                        "Line 3: target_type \"PCT\" is not one of PERCENT, COUNT, MONEY, YES_NO, DATE.",
                        "Line 4: frequency is empty; service_area \"SIDELINE\" is not one of CORE, COMMERCIAL; target \"lots\" is not a number.");
        assertThat(frameworks.frameworks()).hasSize(before);
    }

    @Test
    void a_clean_csv_or_xlsx_imports_next_years_framework() throws Exception {
        String csv = HEADER + "\n"
                + "Engagement,Councils engage,Host meetings,Assembly,CORE,Members attending,PERCENT,60,5,,Quarterly,Lists,Policy\n"
                + "Engagement,Councils engage,Host meetings,Assembly,CORE,Meetings held,COUNT,2,,,Annual,,\n"
                + "Commercial,Talent Bank,Offer,,COMMERCIAL,Gross profit,MONEY,205000,,,Quarterly,Finance,\n"
                + "Commercial,Talent Bank,Appraisals,,CORE,Unmet requests,COUNT,0,,LOWER_IS_BETTER,Annual,,\n";
        FrameworkImporter.Result result = importer.importFile(
                Fixtures.staff(), "next.csv", csv.getBytes(StandardCharsets.UTF_8), "2024-25", "Next year");
        assertThat(result.errors()).isEmpty();
        Tree tree = frameworks.tree(result.created().id()).orElseThrow();
        assertThat(tree.themes()).hasSize(2);
        assertThat(tree.actions()).hasSize(3);
        assertThat(tree.measures()).hasSize(4);
        assertThat(tree.measures().get(2).target()).isEqualByComparingTo("20500000");
        assertThat(tree.measures().get(3).direction()).isEqualTo(Direction.LOWER_IS_BETTER);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook book = new Workbook(out, "test", "1.0");
        Worksheet sheet = book.newWorksheet("Framework");
        List<String> header = FrameworkImporter.COLUMNS;
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        String[] row = {"Theme", "Outcome", "Action", "", "CORE", "Measure", "YES_NO", "1", "", "", "Annual", "", ""};
        for (int c = 0; c < row.length; c++) {
            sheet.value(1, c, row[c]);
        }
        book.finish();
        FrameworkImporter.Result fromXlsx =
                importer.importFile(Fixtures.staff(), "next.xlsx", out.toByteArray(), "2025-26", "Clash");
        assertThat(fromXlsx.errors()).containsExactly("A framework for 2025-26 already exists.");
    }
}
