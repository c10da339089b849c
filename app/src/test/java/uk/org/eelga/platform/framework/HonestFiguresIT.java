package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.platform.framework.FrameworkDraft.ActionDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.MeasureDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.OutcomeDraft;
import uk.org.eelga.platform.framework.FrameworkDraft.ThemeDraft;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.report.FrameworkPdf;
import uk.org.eelga.platform.framework.report.FrameworkXlsx;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;

/**
 * Issue 14 point 4: a measure with no records says "No figure yet" and is not rated (never 0% red), a period not
 * started says "Not due", a surplus of £0 is not green, and every figure links to the records behind it, in the
 * API, on the pages and in the PDF and XLSX reports.
 */
@PlatformIT
public class HonestFiguresIT {

    public static final String YEAR = "2011-12";
    public static final String FUTURE = "2090-91";
    public static final String TITLE = "Honest figures test";

    @Inject
    FrameworkService frameworks;

    @Inject
    MeetingPlanner planner;

    @Inject
    ManualValues manual;

    long frameworkId;
    Map<String, Long> measures = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        clean();
        frameworkId = frameworks.create(Fixtures.staff(), draft(YEAR)).id();
        frameworks.tree(frameworkId).orElseThrow().measures().forEach(m -> measures.put(m.description(), m.id()));
        cancelledCommitteeMeeting(planner);
    }

    /** The Management Committee's only meeting of the year, cancelled: nobody was expected. */
    public static void cancelledCommitteeMeeting(MeetingPlanner planner) {
        // the Management Committee's only meeting of the year was cancelled: nobody was expected
        long committee = planner.groups().stream()
                .filter(g -> g.code().equals("management-committee"))
                .findFirst()
                .orElseThrow()
                .id();
        long meeting = planner.plan(
                        Fixtures.staff(),
                        new NewMeeting(
                                committee,
                                null,
                                TITLE,
                                LocalDateTime.of(2011, 12, 7, 10, 0),
                                "Cambridge",
                                false,
                                null,
                                null))
                .id();
        planner.cancel(Fixtures.staff(), meeting, "Not quorate");
    }

    @AfterEach
    void tearDown() throws Exception {
        clean();
    }

    public static void clean() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner(
                "delete from framework where year_label in ('" + YEAR + "', '" + FUTURE + "')",
                "delete from engagement_meeting where title = '" + TITLE + "'");
    }

    @Test
    void the_api_says_no_figure_yet_for_a_measure_without_records_and_links_each_figure_to_its_records() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        Api.Answer answer = Api.get("/api/v1/frameworks/" + frameworkId + "/figures?period=" + YEAR, staff);
        assertThat(answer.status()).isEqualTo(200);
        Map<Long, JsonNode> byMeasure = new HashMap<>();
        answer.json().forEach(f -> byMeasure.put(f.get("measureId").asLong(), f));

        for (String empty : List.of(
                "Management Committee attending",
                "Summit evaluations rated good",
                "Public Service Reform generates income or surplus",
                "E-bulletins published")) {
            JsonNode f = byMeasure.get(measures.get(empty));
            assertThat(f.path("value").isMissingNode() || f.path("value").isNull())
                    .as(empty)
                    .isTrue();
            assertThat(f.get("status").asText()).as(empty).isEqualTo("NO_FIGURE_YET");
            assertThat(f.get("display").asText()).as(empty).isEqualTo("No figure yet");
            assertThat(f.get("rag").asText()).as(empty).isEqualTo("NOT_RATED");
        }
        JsonNode membership = byMeasure.get(measures.get("Councils in membership"));
        assertThat(membership.get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(membership.get("rag").asText()).isEqualTo("GREEN");
        assertThat(membership.get("status").asText()).isEqualTo("FIGURE");

        // the link leads to the records behind the figure: the 52 councils in membership
        String records = membership.get("records").asText();
        assertThat(records)
                .isEqualTo("/api/v1/measures/" + measures.get("Councils in membership") + "/figure?period=" + YEAR);
        assertThat(membership.get("page").asText()).startsWith("/framework/measure/");
        Api.Answer behind = Api.get(records, staff);
        assertThat(behind.status()).isEqualTo(200);
        assertThat(behind.json().get("evidence")).hasSize(52);
        assertThat(behind.json().get("value").decimalValue()).isEqualByComparingTo("100");

        // attacks on the new endpoint: a council's person, a bad period, a measure that does not exist
        assertThat(Api.get(records, DemoTokens.accessToken("leader@norwich.demo"))
                        .status())
                .isEqualTo(403);
        Api.Answer bad = Api.get(
                "/api/v1/measures/" + measures.get("Councils in membership") + "/figure?period=%3Cscript%3E", staff);
        assertThat(bad.status()).isEqualTo(400);
        // a plain problem (JSON, never HTML), as every other period parameter of the API
        assertThat(bad.json().get("code").asText()).isEqualTo("bad-request");
        assertThat(Api.get("/api/v1/measures/999999999/figure?period=" + YEAR, staff)
                        .status())
                .isEqualTo(404);
        assertThat(Api.get("/api/openapi.yml", staff).body()).contains("/api/v1/measures/{measureId}/figure");
    }

    @Test
    void staff_enter_a_manual_value_through_the_api_and_once_accepted_it_is_the_figure() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        long bulletins = measures.get("E-bulletins published");
        String path = "/api/v1/measures/" + bulletins + "/values";
        Api.Answer entered = Api.post(
                path,
                staff,
                "{\"period\":\"" + YEAR + "\",\"value\":\"11\",\"commentary\":\"Eleven e-bulletins, from the"
                        + " mailing log\",\"evidenceLink\":\"https://example.org/bulletins\"}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(entered.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(entered.json().get("enteredBy").asText()).isEqualTo("staff@eelga.demo");
        manual.accept(Fixtures.associationAdmin(), entered.json().get("id").asLong());
        JsonNode figure = Api.get("/api/v1/measures/" + bulletins + "/figure?period=" + YEAR, staff)
                .json();
        assertThat(figure.get("value").decimalValue()).isEqualByComparingTo("11");
        assertThat(figure.get("rag").asText()).isEqualTo("GREEN");
        assertThat(figure.get("source").asText()).isEqualTo("MANUAL");

        assertThat(Api.post(path, staff, "{\"period\":\"" + YEAR + "\",\"value\":\"lots\"}")
                        .status())
                .isEqualTo(400);
        assertThat(Api.post(path, staff, "{\"period\":\"not a period\",\"value\":\"3\"}")
                        .status())
                .isEqualTo(400);
        assertThat(Api.post(path, staff, "{\"period\":").status()).isEqualTo(400);
        assertThat(Api.post(
                                "/api/v1/measures/" + measures.get("Councils in membership") + "/values",
                                staff,
                                "{\"period\":\"" + YEAR + "\",\"value\":\"3\"}")
                        .status())
                .isEqualTo(400);
        assertThat(Api.post(
                                path,
                                DemoTokens.accessToken("admin@norwich.demo"),
                                "{\"period\":\"" + YEAR + "\",\"value\":\"3\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.post("/api/v1/measures/999999999/values", staff, "{\"period\":\"" + YEAR + "\",\"value\":\"3\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_period_not_yet_started_is_not_due_in_the_api_for_every_measure() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        Api.Answer answer = Api.get("/api/v1/frameworks/" + frameworkId + "/figures?period=" + FUTURE + "%20Q2", staff);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).hasSize(measures.size());
        answer.json().forEach(f -> {
            assertThat(f.get("status").asText()).isEqualTo("NOT_DUE");
            assertThat(f.get("display").asText()).isEqualTo("Not due");
            assertThat(f.get("ragText").asText()).isEqualTo("Not due");
            assertThat(f.get("rag").asText()).isEqualTo("NOT_RATED");
        });
    }

    @Test
    void the_pdf_and_xlsx_say_no_figure_yet_and_not_due_and_link_each_figure_to_its_records() throws Exception {
        Tree tree = frameworks.tree(frameworkId).orElseThrow();
        Map<Long, Figure> figures = frameworks.figures(Fixtures.staff(), frameworkId, ReportingPeriod.parse(YEAR));
        String base = "https://members.example.org";
        byte[] xlsx = FrameworkXlsx.render(tree, YEAR, figures, base);
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c == null ? "" : c.getText()));
                rows.add(cells);
            }
        }
        assertThat(rows.get(1)).endsWith("Ongoing Performance", "Records behind the figure");
        List<String> committee = rows.stream()
                .filter(r -> r.stream().anyMatch(c -> c.startsWith("Management Committee attending")))
                .findFirst()
                .orElseThrow();
        assertThat(committee).containsSequence("No figure yet", "Not rated");
        assertThat(committee.get(committee.size() - 1))
                .isEqualTo(base + "/framework/measure/" + measures.get("Management Committee attending") + "?period="
                        + YEAR);
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains("0%"));
        // the last column is a real hyperlink, not only text
        assertThat(sheetXml(xlsx, "xl/worksheets/_rels/sheet1.xml.rels"))
                .contains("Target=\"" + base + "/framework/measure/" + measures.get("Councils in membership"));

        try (PDDocument pdf = Loader.loadPDF(FrameworkPdf.render(tree, YEAR, figures, base))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    // "More than £0.00" is the surplus measure's target; its figure says there is none yet
                    .contains("No figure yet", "Not rated", "100%", "More than £0.00")
                    .doesNotContain("0.00%", "£0.00 G", "£0.00 R");
            List<String> links = new ArrayList<>();
            for (PDAnnotation a : pdf.getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    links.add(uri.getURI());
                }
            }
            assertThat(links)
                    .hasSize(measures.size())
                    .contains(
                            base + "/framework/measure/" + measures.get("Councils in membership") + "?period=" + YEAR);
        }

        Map<Long, Figure> notDue =
                frameworks.figures(Fixtures.staff(), frameworkId, ReportingPeriod.parse(FUTURE + " Q1"));
        try (PDDocument pdf = Loader.loadPDF(FrameworkPdf.render(tree, FUTURE + " Q1", notDue, base))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text.split("Not due", -1)).hasSize(2 * measures.size() + 1);
        }
    }

    private static String sheetXml(byte[] xlsx, String name) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("framework", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                var entry = zip.getEntry(name);
                return entry == null
                        ? ""
                        : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    public static FrameworkDraft draft(String year) {
        return new FrameworkDraft(
                year,
                TITLE + " " + year,
                "test",
                List.of(new ThemeDraft(
                        "1",
                        "Honest figures",
                        List.of(new OutcomeDraft(
                                "1.1",
                                "Figures say what the records say",
                                List.of(new ActionDraft(
                                        "1.1.1",
                                        "Measure from records",
                                        null,
                                        ServiceArea.CORE,
                                        null,
                                        List.of(
                                                measure(
                                                        "Management Committee attending",
                                                        TargetType.PERCENT,
                                                        "60",
                                                        Direction.HIGHER_IS_BETTER,
                                                        "group-attendance",
                                                        Map.of("group", "management-committee")),
                                                measure(
                                                        "Summit evaluations rated good",
                                                        TargetType.PERCENT,
                                                        "80",
                                                        Direction.HIGHER_IS_BETTER,
                                                        "evaluations-rated-good",
                                                        Map.of("eventType", "SUMMIT")),
                                                measure(
                                                        "Public Service Reform generates income or surplus",
                                                        TargetType.MONEY,
                                                        "0",
                                                        Direction.ABOVE_TARGET,
                                                        "talent-bank-gross-profit",
                                                        Map.of("area", "public-service-reform")),
                                                measure(
                                                        "Councils in membership",
                                                        TargetType.PERCENT,
                                                        "100",
                                                        Direction.HIGHER_IS_BETTER,
                                                        "councils-in-membership",
                                                        Map.of()),
                                                measure(
                                                        "E-bulletins published",
                                                        TargetType.COUNT,
                                                        "11",
                                                        Direction.HIGHER_IS_BETTER,
                                                        null,
                                                        Map.of())))))))));
    }

    private static MeasureDraft measure(
            String description,
            TargetType type,
            String target,
            Direction direction,
            String kind,
            Map<String, String> parameters) {
        return new MeasureDraft(
                description,
                type,
                new BigDecimal(target),
                null,
                null,
                null,
                "Annual",
                "Platform",
                null,
                direction,
                BigDecimal.ZERO,
                kind,
                parameters,
                null);
    }
}
