package uk.org.eelga.platform.framework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.FrameworkTestData;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;

/**
 * The upload page of manual values (issue 14 point 2): a file is checked first (each row with its RAG, or every
 * wrong row in the error summary), saved only when confirmed, and whole or not at all; a file chosen after the check
 * must be checked again; council people cannot open the page.
 */
@BrowserlessPages
class ManualValuesImportViewIT {

    @Inject
    FrameworkService frameworks;

    long measure;

    @BeforeEach
    void start() throws Exception {
        FrameworkTestData.clean();
        frameworks.create(Fixtures.staff(), FrameworkTestData.draft());
        measure = Race.count("select m.id from framework_measure m join framework_action a on a.id = m.action_id"
                + " join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id"
                + " join framework f on f.id = t.framework_id where f.year_label = '" + FrameworkTestData.YEAR
                + "' and m.description = 'Events held'");
    }

    @AfterEach
    void stop() throws Exception {
        FrameworkTestData.clean();
    }

    private long saved() {
        return Race.count("select count(*) from measure_value where measure_id = " + measure);
    }

    @Test
    void staff_check_a_file_see_its_rows_then_confirm_and_a_wrong_row_saves_nothing() {
        BrowserlessUi.signIn(Fixtures.staff());
        ManualValuesImportView view = BrowserlessUi.open(ManualValuesImportView.class);
        String year = FrameworkTestData.YEAR;

        // nothing chosen
        view.check.click();
        assertThat(view.errors.messages()).containsExactly("Choose a CSV or XLSX file");
        assertThat(view.confirm.isVisible()).isFalse();

        // one wrong row among good ones: every wrong row listed, nothing saved, no confirm
        String good = "measure_id,period,value,commentary\n" + measure + "," + year + " Q1,5,From the events log\n"
                + measure + "," + year + " Q2,4,\"Four, as planned\"\n";
        view.useFile(
                "values.csv",
                (good + measure + "," + year + " Q9,1,Wrong quarter\n" + "999999999," + year + " Q3,1,No measure\n")
                        .getBytes(StandardCharsets.UTF_8));
        view.check.click();
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errors.messages())
                .hasSize(3)
                .startsWith("Nothing was saved. Correct these rows in the file, then choose it again:")
                .anySatisfy(m -> assertThat(m).startsWith("Line 4:"))
                .anySatisfy(m -> assertThat(m).isEqualTo("Line 5: there is no measure 999999999."));
        assertThat(view.confirm.isVisible()).isFalse();
        assertThat(saved()).isZero();

        // a good file: previewed with its RAG, nothing saved until confirmed
        view.useFile("values.csv", good.getBytes(StandardCharsets.UTF_8));
        view.check.click();
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(GridRows.of(view.preview))
                .extracting(ManualValuesImportRowText::of)
                // a quarter's part of a yearly count ("4 events a year") is not rated against it (RagRuleTest)
                .containsExactly(year + " Q1 5.00 NOT_RATED", year + " Q2 4.00 NOT_RATED");
        assertThat(view.confirm.getText()).isEqualTo("Import these 2 values");
        assertThat(saved()).isZero();

        // a different file chosen after the check must be checked again
        view.useFile("other.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(view.confirm.isVisible()).isFalse();
        view.check.click();
        view.confirm.click();
        assertThat(view.saved.getText()).isEqualTo("Imported 2 values from other.csv.");
        assertThat(saved()).isEqualTo(2);
        assertThat(Race.count("select count(*) from audit_event where action = 'framework.values-imported'"))
                .isEqualTo(1);

        // malformed files are plain messages
        for (byte[] bad :
                List.of(new byte[0], "measure_id,period\n1,2017-18\n".getBytes(StandardCharsets.UTF_8), new byte[] {
                    (byte) 0xff, (byte) 0xfe, 0, 1, 2
                })) {
            view.useFile("bad.xlsx", bad);
            view.check.click();
            assertThat(view.errors.messages()).isNotEmpty().allSatisfy(m -> assertThat(m)
                    .doesNotContain("Exception", "SQL"));
            assertThat(view.confirm.isVisible()).isFalse();
        }
        assertThat(saved()).isEqualTo(2);
    }

    @Test
    void council_people_cannot_open_the_page() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("framework/import-values")).isEqualTo("You cannot open this page");
    }

    /** A preview row as the words a person reads: period, value and RAG. */
    static final class ManualValuesImportRowText {
        static String of(uk.org.eelga.platform.framework.report.ManualValueImport.Row row) {
            return row.period() + " " + row.value() + " " + row.rag();
        }
    }
}
