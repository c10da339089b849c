package uk.org.eelga.platform.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.CouncilFigure;
import uk.org.eelga.platform.framework.Figures;
import uk.org.eelga.platform.framework.FrameworkModel;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.FrameworkTestData;
import uk.org.eelga.platform.framework.Rag;
import uk.org.eelga.platform.framework.ServiceArea;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.CurrentTenant;

@BrowserlessPages
class FrameworkViewsIT {

    @Inject
    FrameworkService frameworks;

    long frameworkId;

    @BeforeEach
    void start() throws Exception {
        FrameworkTestData.clean();
        frameworkId =
                frameworks.create(Fixtures.staff(), FrameworkTestData.draft()).id();
        FrameworkTestData.signedIn("norwich", "nora", "2025-05-01T10:00:00Z");
        FrameworkTestData.signedIn("cambridge", "cam", "2026-02-01T10:00:00Z");
    }

    @AfterEach
    void stop() throws Exception {
        FrameworkTestData.clean();
    }

    @Test
    void staff_see_every_measure_with_a_rag_badge_that_says_its_word_and_can_filter_by_rag_and_close_the_quarter() {
        BrowserlessUi.signIn(Fixtures.staff());
        FrameworkView view = BrowserlessUi.open(FrameworkView.class);
        assertThat(view.year.getValue().year()).isEqualTo(FrameworkTestData.YEAR);
        view.period.setValue(FrameworkTestData.YEAR + " Q4");
        assertThat(view.shownRows()).hasSize(3);
        assertThat(IntStream.range(0, 3)
                        .mapToObj(i -> ((Span) GridKt._getCellComponent(view.grid, i, "rag")).getText()))
                .containsExactly("A Amber", "G Green", "– Not rated");
        // each measure's words link to its page: the keyboard opens it as a click on the row does
        Anchor first = (Anchor) GridKt._getCellComponent(view.grid, 0, "measure");
        assertThat(first.getText()).isEqualTo(view.shownRows().get(0).measure().description());
        assertThat(first.getHref())
                .isEqualTo(
                        "framework/measure/" + view.shownRows().get(0).measure().id());

        view.rag.setValue(Rag.AMBER);
        assertThat(view.shownRows())
                .extracting(r -> r.measure().description())
                .containsExactly("Councils with people on the platform");
        view.rag.clear();
        view.area.setValue(ServiceArea.COMMERCIAL);
        assertThat(view.shownRows()).isEmpty();
        view.area.clear();

        view.closePeriod.click();
        assertThat(view.status.getText()).doesNotContain("is closed"); // nothing happens before the check
        _get(Button.class, spec -> spec.withText("Go back")).click();
        assertThat(view.status.getText()).doesNotContain("is closed");
        assertThat(view.closePeriod.isEnabled()).isTrue();
        view.closePeriod.click();
        _get(Button.class, spec -> spec.withText("Yes, close the quarter")).click();
        assertThat(view.status.getText()).contains("is closed");
        assertThat(view.closeDone.getText())
                .isEqualTo(FrameworkTestData.YEAR + " Q4 closed: figures, commentary and evidence are frozen.");
        assertThat(view.closePeriod.isEnabled()).isFalse();
        assertThat(view.shownRows())
                .allSatisfy(r -> assertThat(r.figure().frozen()).isTrue());
    }

    @Test
    void the_dashboard_opens_on_the_latest_quarter_and_counts_each_themes_rags_in_words_with_links_to_the_measures() {
        BrowserlessUi.signIn(Fixtures.staff());
        FrameworkView view = BrowserlessUi.open(FrameworkView.class);
        // the test framework's year (2025-26) is over by the time this runs: its last quarter, not Q1 or the year
        assertThat(ReportingPeriod.parse(FrameworkTestData.YEAR).end()).isBefore(java.time.LocalDate.now());
        assertThat(view.period.getValue()).isEqualTo(FrameworkTestData.YEAR + " Q4");

        com.vaadin.flow.dom.Element table = view.summary.getElement().getChild(0);
        assertThat(table.getTag()).isEqualTo("table");
        assertThat(table.getChild(0).getTag()).isEqualTo("caption");
        assertThat(table.getChild(0).getText()).contains(FrameworkTestData.YEAR + " Q4");
        List<String> headers = table.getChild(1)
                .getChild(0)
                .getChildren()
                .map(th -> th.getAttribute("scope") + ":" + th.getText())
                .toList();
        assertThat(headers)
                .containsExactly("col:Theme", "col:Red", "col:Amber", "col:Green", "col:Not rated", "col:Measures");
        com.vaadin.flow.dom.Element all =
                table.getChild(2).getChild(table.getChild(2).getChildCount() - 1);
        assertThat(all.getChild(0).getAttribute("scope")).isEqualTo("row");
        assertThat(all.getChildren().map(c -> c.getTextRecursively()).toList())
                .containsExactly("All themes", "0 Red", "1 Amber", "1 Green", "1 Not rated", "3");
        // a count is a link to the measures it counts; a zero is plain text
        assertThat(all.getChild(1).getChildren().filter(c -> !c.isTextNode())).isEmpty();
        com.vaadin.flow.dom.Element amber = all.getChild(2).getChild(0);
        assertThat(amber.getTag()).isEqualTo("a");
        assertThat(amber.getAttribute("aria-label")).isEqualTo("1 Amber measure in all themes: show them");
        String href = amber.getAttribute("href");
        assertThat(href).contains("rag=AMBER").contains("period=" + FrameworkTestData.YEAR + "%20Q4");

        view.period.setValue(FrameworkTestData.YEAR + " Q1");
        UI.getCurrent()
                .navigate(
                        href.substring(0, href.indexOf('?')),
                        com.vaadin.flow.router.QueryParameters.fromString(
                                href.substring(href.indexOf('?') + 1, href.indexOf('#'))));
        FrameworkView shown = _get(FrameworkView.class);
        assertThat(shown.period.getValue()).isEqualTo(FrameworkTestData.YEAR + " Q4");
        assertThat(shown.rag.getValue()).isEqualTo(Rag.AMBER);
        assertThat(shown.shownRows())
                .extracting(r -> r.measure().description())
                .containsExactly("Councils with people on the platform");
    }

    @Test
    void the_accessible_html_report_has_headings_captions_and_header_cells_with_scope() {
        FrameworkModel.Tree tree = frameworks.tree(frameworkId).orElseThrow();
        String html = new String(
                uk.org.eelga.platform.framework.report.FrameworkHtml.render(
                        tree,
                        FrameworkTestData.YEAR + " Q4",
                        frameworks.figures(
                                Fixtures.staff(), frameworkId, ReportingPeriod.parse(FrameworkTestData.YEAR + " Q4")),
                        "https://members.example/"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"en-GB\">", "<title>Performance framework " + FrameworkTestData.YEAR)
                .contains("<h1>", "<h2 id=\"theme-", "<h3>Outcome ", "<caption>Measures of outcome ")
                .contains("<th scope=\"col\">Measure</th>", "<th scope=\"row\">Councils with people on the platform")
                .contains("A Amber", "href=\"https://members.example/framework/measure/")
                .doesNotContain("<script");
        assertThat(html.split("<table>", -1).length - 1).isEqualTo(html.split("<caption>", -1).length - 1);
    }

    @Test
    void the_measure_page_charts_target_against_actual_and_drills_down_to_the_councils_behind_the_figure() {
        long measureId =
                frameworks.tree(frameworkId).orElseThrow().measures().get(0).id();
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(MeasureView.class, measureId);
        MeasureView view = _get(MeasureView.class);
        Div chart = _get(Div.class, spec -> spec.withClasses("target-chart"));
        assertThat(chart.getElement().getAttribute("data-description"))
                .contains("Target 5%", FrameworkTestData.YEAR + " Q1: 2%, Red", "Q4: 4%, Amber");
        assertThat(chart.getElement().getProperty("innerHTML")).startsWith("<svg");
        assertThat(GridRows.of(view.quarters)).hasSize(4);
        List<EvidenceRow> evidence = GridRows.of(view.evidence);
        assertThat(evidence)
                .filteredOn(EvidenceRow::counted)
                .extracting(EvidenceRow::label)
                .containsExactly("Cambridge City Council", "Norwich City Council");
    }

    @Test
    void a_typed_in_value_can_be_entered_for_the_whole_year_as_well_as_a_quarter() {
        long manual =
                frameworks.tree(frameworkId).orElseThrow().measures().get(2).id();
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(MeasureView.class, manual);
        MeasureView view = _get(MeasureView.class);
        // a quarterly measure offers its quarters first, then the year
        assertThat(view.period.getListDataView().getItems().toList())
                .containsExactly(
                        FrameworkTestData.YEAR + " Q1",
                        FrameworkTestData.YEAR + " Q2",
                        FrameworkTestData.YEAR + " Q3",
                        FrameworkTestData.YEAR + " Q4",
                        FrameworkTestData.YEAR);
    }

    @Test
    void a_typed_in_value_with_problems_lists_each_at_its_field_keeps_what_was_typed_and_stores_nothing() {
        long manual =
                frameworks.tree(frameworkId).orElseThrow().measures().get(2).id();
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(MeasureView.class, manual);
        MeasureView view = _get(MeasureView.class);
        view.period.setValue(FrameworkTestData.YEAR);
        view.value.setValue("lots");
        view.link.setValue("ftp://files.example");
        view.save();
        assertThat(view.errors.messages())
                .containsExactly(
                        "\"lots\" is not a number.",
                        "Add a commentary: what the figure shows and how it was reached.",
                        "The evidence link must be a web address starting with https:// or http://.");
        assertThat(view.value.isInvalid()).isTrue();
        assertThat(view.commentary.isInvalid()).isTrue();
        assertThat(view.link.isInvalid()).isTrue();
        assertThat(view.value.getValue()).isEqualTo("lots");
        assertThat(GridRows.of(view.history)).isEmpty();

        view.value.setValue("5");
        view.commentary.setValue("Five events: two summits, three forums");
        view.link.setValue("https://files.example/events");
        view.save();
        assertThat(view.errors.hasProblems()).isFalse();
        assertThat(view.submitted.getText())
                .isEqualTo("Value for " + FrameworkTestData.YEAR + " submitted: an association admin will review it.");
        assertThat(GridRows.of(view.history)).hasSize(1);
        assertThat(view.value.getValue()).isEmpty();
    }

    @Test
    void a_date_measure_is_entered_as_the_date_achieved() throws Exception {
        long manual =
                frameworks.tree(frameworkId).orElseThrow().measures().get(2).id();
        TestDatabase.executeAsOwner("update framework_measure set target_type = 'DATE', target_value = null,"
                + " target_date = date '2018-03-31' where id = " + manual);
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(MeasureView.class, manual);
        MeasureView view = _get(MeasureView.class);
        assertThat(view.value.isVisible()).isFalse();
        assertThat(view.achievedOn.isVisible()).isTrue();
        view.period.setValue(FrameworkTestData.YEAR);
        view.commentary.setValue("Strategy adopted by the board");
        view.save();
        assertThat(view.errors.messages()).containsExactly("Enter the date achieved.");
        assertThat(view.achievedOn.isInvalid()).isTrue();

        view.achievedOn.setValue(java.time.LocalDate.of(2018, 2, 14));
        view.save();
        assertThat(view.errors.hasProblems())
                .as(view.errors.messages().toString())
                .isFalse();
        assertThat(GridRows.column(view.history, "value")).containsExactly("14 February 2018");
    }

    @Test
    void a_leader_sees_only_their_own_councils_figure_next_to_the_region() {
        try (CurrentTenant.Binding ignored =
                BrowserlessUi.signInAs(FrameworkTestData.leader(Fixtures.NORWICH, "Norwich City Council"))) {
            OurCouncilFrameworkView view = BrowserlessUi.open(OurCouncilFrameworkView.class);
            view.period.setValue(FrameworkTestData.YEAR + " Q4");
            List<CouncilFigure> rows = GridRows.of(view.grid);
            assertThat(rows)
                    .extracting(f -> f.measure().description())
                    .containsExactly("Councils with people on the platform", "Councils in membership");
            assertThat(rows.get(0).ownValue()).isEqualByComparingTo("100");
            assertThat(rows).allSatisfy(f -> assertThat(f.ownEvidence())
                    .extracting(EvidenceRow::councilId)
                    .containsOnly("norwich"));
            assertThat(rows.get(0).regionalPublished()).isFalse();
        }
    }

    @Test
    void a_leaders_own_figure_links_to_the_records_behind_it_and_those_are_their_councils_alone() {
        try (CurrentTenant.Binding ignored =
                BrowserlessUi.signInAs(FrameworkTestData.leader(Fixtures.NORWICH, "Norwich City Council"))) {
            OurCouncilFrameworkView view = BrowserlessUi.open(OurCouncilFrameworkView.class);
            view.period.setValue(FrameworkTestData.YEAR + " Q4");
            List<CouncilFigure> rows = GridRows.of(view.grid);
            int second = 1;
            assertThat(rows.get(second).ownValue()).isNotNull();

            Anchor figure = (Anchor) GridKt._getCellComponent(view.grid, second, "own");
            assertThat(figure.getText())
                    .isEqualTo(Figures.format(
                            rows.get(second).measure().type(), rows.get(second).ownValue()));
            assertThat(figure.getHref()).isEqualTo("#records-behind");
            assertThat(figure.getElement().getAttribute("aria-label"))
                    .startsWith(figure.getText())
                    .endsWith(rows.get(second).measure().description());
            BasicUtilsKt._fireDomEvent(figure, "click");

            assertThat(view.recordsFor.getValue().measure().description()).isEqualTo("Councils in membership");
            List<EvidenceRow> behind = GridRows.of(view.records);
            assertThat(behind).isNotEmpty().isEqualTo(rows.get(second).ownEvidence());
            assertThat(behind).extracting(EvidenceRow::councilId).containsOnly("norwich");
            long counted = behind.stream().filter(EvidenceRow::counted).count();
            assertThat(view.recordsSummary.getText())
                    .startsWith("Councils in membership: " + figure.getText())
                    .endsWith(
                            ". Records behind it: " + behind.size() + "; counted towards the figure: " + counted + ".");
        }
    }

    @Test
    void council_people_cannot_open_the_association_framework_or_a_measure_page() {
        long measureId =
                frameworks.tree(frameworkId).orElseThrow().measures().get(0).id();
        BrowserlessUi.signIn(FrameworkTestData.leader(Fixtures.NORWICH, "Norwich City Council"));
        assertThat(BrowserlessUi.headingAt("framework")).isEqualTo("You cannot open this page");
        UI.getCurrent().navigate("framework/measure/" + measureId);
        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
        assertThat(_find(Grid.class)).isEmpty();
    }
}
