package uk.org.eelga.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.tenancy.TenantScope;

/** CSV and XLSX exports: staff only, and anonymous surveys export no council. */
@PlatformIT
class SurveyExportIT {

    @Inject
    SurveyCatalogue catalogue;

    @Inject
    SurveyAnswering answering;

    @Inject
    SurveyExport export;

    @BeforeEach
    void clear() throws Exception {
        SurveyTestData.clear();
    }

    private long answered(boolean anonymous) {
        long id = SurveyTestData.published(
                catalogue,
                Fixtures.staff(),
                SurveyTestData.draft(
                        "Export",
                        SurveyAudience.ALL_COUNCILS,
                        null,
                        anonymous ? SurveyMode.PER_PERSON : SurveyMode.PER_COUNCIL,
                        anonymous));
        Survey survey = catalogue.find(id).orElseThrow();
        TenantScope.runAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> answering.submit(
                        Fixtures.NORA,
                        id,
                        SurveyTestData.answers(survey, "Yes", List.of("Events"), "Good", "a comment")));
        return id;
    }

    @Test
    void the_xlsx_export_holds_responses_summary_and_councils_sheets() throws Exception {
        long id = answered(false);
        byte[] xlsx = export.xlsx(Fixtures.staff(), id);
        StringBuilder content = new StringBuilder();
        List<String> entries = new ArrayList<>();
        // fastexcel streams its zip (sizes in data descriptors): read it by its central directory, as Excel does
        java.nio.file.Path file = java.nio.file.Files.createTempFile("survey", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.add(e.getName());
                content.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(entries).contains("xl/workbook.xml");
        assertThat(content.toString())
                .contains("Responses", "Summary", "Councils", "Norwich City Council", "a comment", "Events");
    }

    @Test
    void an_anonymous_survey_exports_answers_without_any_council() {
        long id = answered(true);
        String csv = export.csv(Fixtures.staff(), id);
        assertThat(csv).contains("a comment").doesNotContain("Norwich", "Council\"");
    }

    @Test
    void council_people_cannot_export() {
        long id = answered(false);
        assertThatThrownBy(() -> export.csv(Fixtures.NORA, id)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> export.xlsx(Fixtures.NORA, id)).isInstanceOf(SecurityException.class);
    }
}
