package uk.org.eelga.platform.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.HonestFiguresIT;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;

/** Issue 14 point 4 on the pages: "No figure yet", "Not due", and every figure a link to its records. */
@BrowserlessPages
class HonestFiguresViewIT {

    static final String YEAR = HonestFiguresIT.YEAR;

    @Inject
    FrameworkService frameworks;

    @Inject
    MeetingPlanner planner;

    long frameworkId;
    long future;
    Map<String, Long> measures = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        HonestFiguresIT.clean();
        frameworkId =
                frameworks.create(Fixtures.staff(), HonestFiguresIT.draft(YEAR)).id();
        future = frameworks
                .create(Fixtures.staff(), HonestFiguresIT.draft(HonestFiguresIT.FUTURE))
                .id();
        frameworks.tree(frameworkId).orElseThrow().measures().forEach(m -> measures.put(m.description(), m.id()));
        HonestFiguresIT.cancelledCommitteeMeeting(planner);
    }

    @AfterEach
    void tearDown() throws Exception {
        HonestFiguresIT.clean();
    }

    @Test
    void the_framework_page_shows_no_figure_yet_and_not_due_and_each_figure_links_to_its_records() {
        BrowserlessUi.signIn(Fixtures.staff());
        FrameworkView view = BrowserlessUi.open(FrameworkView.class);
        view.year.setValue(frameworks.frameworks().stream()
                .filter(f -> f.year().equals(YEAR))
                .findFirst()
                .orElseThrow());
        view.period.setValue(YEAR);
        List<FrameworkView.MeasureRow> rows = view.shownRows();
        int committee = indexOf(rows, "Management Committee attending");
        Anchor figure = (Anchor) GridKt._getCellComponent(view.grid, committee, "figure");
        assertThat(figure.getText()).isEqualTo("No figure yet");
        assertThat(figure.getHref())
                .isEqualTo("framework/measure/" + measures.get("Management Committee attending") + "?period=" + YEAR);
        assertThat(((Span) GridKt._getCellComponent(view.grid, committee, "rag")).getText())
                .isEqualTo("– Not rated");
        int surplus = indexOf(rows, "Public Service Reform generates income or surplus");
        assertThat(((Span) GridKt._getCellComponent(view.grid, surplus, "rag")).getText())
                .isEqualTo("– Not rated");
        int membership = indexOf(rows, "Councils in membership");
        assertThat(((Anchor) GridKt._getCellComponent(view.grid, membership, "figure")).getText())
                .isEqualTo("100%");

        view.year.setValue(frameworks.frameworks().stream()
                .filter(f -> f.id() == future)
                .findFirst()
                .orElseThrow());
        List<FrameworkView.MeasureRow> later = view.shownRows();
        assertThat(later).hasSize(measures.size());
        for (int i = 0; i < later.size(); i++) {
            assertThat(((Anchor) GridKt._getCellComponent(view.grid, i, "figure")).getText())
                    .isEqualTo("Not due");
            assertThat(((Span) GridKt._getCellComponent(view.grid, i, "rag")).getText())
                    .isEqualTo("Not due");
        }

        // following the link opens the measure with the records behind that period's figure
        UI.getCurrent()
                .navigate(
                        "framework/measure/" + measures.get("Councils in membership"),
                        com.vaadin.flow.router.QueryParameters.of("period", YEAR));
        MeasureView measure = _get(MeasureView.class);
        assertThat(measure.requestedPeriod()).isEqualTo(YEAR);
        List<EvidenceRow> evidence = GridRows.of(measure.evidenceGrid());
        assertThat(evidence).hasSize(52).allSatisfy(r -> assertThat(r.counted()).isTrue());
    }

    private static int indexOf(List<FrameworkView.MeasureRow> rows, String description) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).measure().description().equals(description)) {
                return i;
            }
        }
        throw new AssertionError("No row " + description);
    }
}
