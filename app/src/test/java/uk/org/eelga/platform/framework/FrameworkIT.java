package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.TenantScope;

@PlatformIT
class FrameworkIT {

    @Inject
    FrameworkService frameworks;

    @Inject
    PeriodClose periods;

    @Inject
    ManualValues manual;

    long frameworkId;
    Measure withPeople;
    Measure membership;
    Measure events;

    @BeforeEach
    void setUp() throws Exception {
        FrameworkTestData.clean();
        frameworkId =
                frameworks.create(Fixtures.staff(), FrameworkTestData.draft()).id();
        List<Measure> measures = frameworks.tree(frameworkId).orElseThrow().measures();
        withPeople = measures.get(0);
        membership = measures.get(1);
        events = measures.get(2);
        // known records: Norwich's first person in May 2025, a second in November; Cambridge's in February 2026
        FrameworkTestData.signedIn("norwich", "nora", "2025-05-01T10:00:00Z");
        FrameworkTestData.signedIn("norwich", "ned", "2025-11-01T10:00:00Z");
        FrameworkTestData.signedIn("cambridge", "cam", "2026-02-01T10:00:00Z");
    }

    @AfterEach
    void tearDown() throws Exception {
        FrameworkTestData.clean();
    }

    @Test
    void both_shipped_frameworks_are_loaded_with_every_theme_outcome_action_and_measure_of_their_files()
            throws Exception {
        for (String resource : SeedFrameworks.SHIPPED) {
            Map<String, Object> file;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                file = new Yaml().load(in);
            }
            assertThat(SeedFrameworks.yearOf(resource))
                    .as("the start reads the year from the file's name")
                    .isEqualTo(file.get("year"));
            int[] expected = count(file);
            Tree tree = frameworks.frameworks().stream()
                    .filter(f -> f.year().equals(file.get("year")))
                    .findFirst()
                    .flatMap(f -> frameworks.tree(f.id()))
                    .orElseThrow();
            int outcomes =
                    tree.themes().stream().mapToInt(t -> t.outcomes().size()).sum();
            assertThat(new int[] {
                        tree.themes().size(),
                        outcomes,
                        tree.actions().size(),
                        tree.measures().size()
                    })
                    .as(resource)
                    .containsExactly(expected);
        }
        Tree year2017 = treeOf("2017-18");
        assertThat(new int[] {
                    year2017.themes().size(),
                    year2017.actions().size(),
                    year2017.measures().size()
                })
                .containsExactly(5, 54, 63);
        assertThat(year2017.actions().stream()
                        .filter(a -> a.number().equals("1.1.2"))
                        .findFirst()
                        .orElseThrow()
                        .commentary())
                .contains("67% of council leaders attended assembly meetings in 2017/18");
        Measure unmet = treeOf("2019-20").measures().stream()
                .filter(m -> m.description().equals("Number of unmet requests"))
                .findFirst()
                .orElseThrow();
        assertThat(unmet.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(unmet.target()).isEqualByComparingTo("0");
    }

    @Test
    void loading_the_shipped_frameworks_again_changes_nothing() {
        int before = treeOf("2017-18").measures().size();
        frameworks.frameworks();
        assertThat(treeOf("2017-18").measures()).hasSize(before);
    }

    @Test
    void councils_with_people_is_recomputed_exactly_from_the_sign_ins_with_its_rag() {
        Map<Long, Figure> q1 = frameworks.figures(
                Fixtures.staff(), frameworkId, ReportingPeriod.parse(FrameworkTestData.YEAR + " Q1"));
        Figure first = q1.get(withPeople.id());
        assertThat(first.value()).isEqualByComparingTo("1.92");
        assertThat(first.numerator()).isEqualTo(1L);
        assertThat(first.denominator()).isEqualTo(52L);
        assertThat(first.rag()).isEqualTo(Rag.RED);
        assertThat(counted(first)).containsExactly("Norwich City Council");

        Figure last = frameworks
                .figures(Fixtures.staff(), frameworkId, ReportingPeriod.parse(FrameworkTestData.YEAR + " Q4"))
                .get(withPeople.id());
        assertThat(last.value()).isEqualByComparingTo("3.85");
        assertThat(last.rag()).isEqualTo(Rag.AMBER);
        assertThat(counted(last)).containsExactly("Cambridge City Council", "Norwich City Council");
        assertThat(last.evidence()).hasSize(52);
    }

    @Test
    void councils_in_membership_counts_active_councils_out_of_52() throws Exception {
        ReportingPeriod q2 = ReportingPeriod.parse(FrameworkTestData.YEAR + " Q2");
        assertThat(frameworks
                        .figures(Fixtures.staff(), frameworkId, q2)
                        .get(membership.id())
                        .rag())
                .isEqualTo(Rag.GREEN);
        FrameworkTestData.councilStatus("ipswich", "SUSPENDED");
        Figure figure = frameworks.figures(Fixtures.staff(), frameworkId, q2).get(membership.id());
        assertThat(figure.value()).isEqualByComparingTo("98.08");
        assertThat(figure.numerator()).isEqualTo(51L);
        assertThat(figure.rag()).isEqualTo(Rag.RED);
        assertThat(figure.evidence())
                .filteredOn(e -> !e.counted())
                .extracting(EvidenceRow::label)
                .containsExactly("Ipswich Borough Council");
    }

    @Test
    void a_closed_quarter_keeps_its_figures_and_evidence_when_later_records_arrive() throws Exception {
        String q4 = FrameworkTestData.YEAR + " Q4";
        periods.close(Fixtures.staff(), frameworkId, q4);
        FrameworkTestData.signedIn("essex", "eve", "2026-03-01T10:00:00Z");
        FrameworkTestData.signedIn("ipswich", "ian", "2026-03-02T10:00:00Z");

        Figure frozen = frameworks
                .figures(Fixtures.staff(), frameworkId, ReportingPeriod.parse(q4))
                .get(withPeople.id());
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.value()).isEqualByComparingTo("3.85");
        assertThat(frozen.rag()).isEqualTo(Rag.AMBER);
        assertThat(counted(frozen)).containsExactly("Cambridge City Council", "Norwich City Council");

        Figure now = frameworks
                .currentFigures(Fixtures.staff(), List.of(withPeople), ReportingPeriod.parse(q4))
                .get(withPeople.id());
        assertThat(now.value()).isEqualByComparingTo("7.69");
        assertThat(now.rag()).isEqualTo(Rag.GREEN);
        assertThatThrownBy(() -> periods.close(Fixtures.staff(), frameworkId, q4))
                .hasMessageContaining("already closed");
    }

    @Test
    void reopening_a_closed_quarter_needs_an_admin_and_a_reason_and_is_audited() throws Exception {
        String q3 = FrameworkTestData.YEAR + " Q3";
        periods.close(Fixtures.staff(), frameworkId, q3);
        assertThatThrownBy(() -> periods.reopen(Fixtures.staff(), frameworkId, q3, "typo"))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> periods.reopen(Fixtures.associationAdmin(), frameworkId, q3, " "))
                .hasMessageContaining("why");
        assertThat(periods.isClosed(frameworkId, q3)).isTrue();

        periods.reopen(Fixtures.associationAdmin(), frameworkId, q3, "Attendance list was incomplete");
        assertThat(periods.isClosed(frameworkId, q3)).isFalse();
        assertThat(auditTrail())
                .contains("staff@eelga.demo framework.period.closed null")
                .contains("admin@eelga.demo framework.period.reopened Attendance list was incomplete");
        assertThat(frameworks
                        .figures(Fixtures.staff(), frameworkId, ReportingPeriod.parse(q3))
                        .get(withPeople.id())
                        .frozen())
                .isFalse();
    }

    @Test
    void a_red_manual_value_needs_a_note_and_counts_only_once_an_admin_accepts_it() throws Exception {
        // the year's figure: "4 events a year" rates the year, not a quarter's part of it (RagRuleTest)
        String q2 = FrameworkTestData.YEAR;
        ManualValues.Entry red =
                new ManualValues.Entry(events.id(), q2, "2", null, "Two events", null, null, null, null, null);
        assertThatThrownBy(() -> manual.enter(Fixtures.staff(), red)).hasMessageContaining("red");
        assertThatThrownBy(() -> manual.enter(
                        Fixtures.staff(),
                        new ManualValues.Entry(events.id(), q2, "two", null, "", null, "ftp://x", null, null, null)))
                .isInstanceOfSatisfying(ManualValues.InvalidEntry.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "\"two\" is not a number.",
                                "Add a commentary: what the figure shows and how it was reached.",
                                "The evidence link must be a web address starting with https:// or http://."));
        // a negative count is a typing slip, not a figure
        assertThatThrownBy(() -> manual.enter(
                        Fixtures.staff(),
                        new ManualValues.Entry(events.id(), q2, "-2", null, "Typed", null, null, null, null, null)))
                .isInstanceOfSatisfying(ManualValues.InvalidEntry.class, e -> assertThat(e.problems())
                        .containsExactly("A count cannot be below 0."));
        assertThat(manual.history(events.id())).isEmpty();

        ManualValue entered = manual.enter(
                Fixtures.staff(),
                new ManualValues.Entry(
                        events.id(),
                        q2,
                        "2",
                        null,
                        "Two events",
                        "Venue cancelled",
                        "https://example.org/list",
                        "list.txt",
                        "text/plain",
                        "attendees".getBytes()));
        assertThat(entered.rag()).isEqualTo(Rag.RED);
        assertThat(frameworks
                        .figures(Fixtures.staff(), frameworkId, ReportingPeriod.parse(q2))
                        .get(events.id())
                        .source())
                .isEqualTo(Figure.Source.NONE);
        assertThatThrownBy(() -> manual.accept(Fixtures.staff(), entered.id())).isInstanceOf(SecurityException.class);

        manual.accept(Fixtures.associationAdmin(), entered.id());
        Figure figure = frameworks
                .figures(Fixtures.staff(), frameworkId, ReportingPeriod.parse(q2))
                .get(events.id());
        assertThat(figure.source()).isEqualTo(Figure.Source.MANUAL);
        assertThat(figure.value()).isEqualByComparingTo(new BigDecimal("2"));
        assertThat(manual.evidenceFile(Fixtures.staff(), entered.id())
                        .orElseThrow()
                        .content())
                .isEqualTo("attendees".getBytes());
        assertThat(auditTrail()).contains("admin@eelga.demo framework.value.accepted null");
    }

    @Test
    void a_leader_sees_their_own_councils_figure_and_the_regional_one_only_once_published() {
        String q4 = FrameworkTestData.YEAR + " Q4";
        var leader = FrameworkTestData.leader(Fixtures.NORWICH, "Norwich City Council");
        List<CouncilFigure> open = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> frameworks.councilFigures(leader, frameworkId, ReportingPeriod.parse(q4)));
        CouncilFigure own = open.stream()
                .filter(f -> f.measure().id() == withPeople.id())
                .findFirst()
                .orElseThrow();
        assertThat(own.ownValue()).isEqualByComparingTo("100");
        assertThat(own.ownEvidence()).extracting(EvidenceRow::councilId).containsExactly("norwich");
        assertThat(own.regionalPublished()).isFalse();
        assertThat(open).allSatisfy(f -> assertThat(f.ownEvidence())
                .extracting(EvidenceRow::councilId)
                .containsOnly("norwich"));

        periods.close(Fixtures.staff(), frameworkId, q4);
        CouncilFigure published = TenantScope.callAs(
                        Fixtures.memberOf(Fixtures.NORWICH),
                        () -> frameworks.councilFigures(leader, frameworkId, ReportingPeriod.parse(q4)))
                .stream()
                .filter(f -> f.measure().id() == withPeople.id())
                .findFirst()
                .orElseThrow();
        assertThat(published.regionalValue()).isEqualByComparingTo("3.85");
        assertThatThrownBy(() -> frameworks.figures(leader, frameworkId, ReportingPeriod.parse(q4)))
                .isInstanceOf(SecurityException.class);
    }

    private Tree treeOf(String year) {
        return frameworks.frameworks().stream()
                .filter(f -> f.year().equals(year))
                .findFirst()
                .flatMap(f -> frameworks.tree(f.id()))
                .orElseThrow();
    }

    private static List<String> counted(Figure figure) {
        return figure.evidence().stream()
                .filter(EvidenceRow::counted)
                .map(EvidenceRow::label)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static int[] count(Map<String, Object> file) {
        int themes = 0, outcomes = 0, actions = 0, measures = 0;
        for (Map<String, Object> theme : (List<Map<String, Object>>) file.get("themes")) {
            themes++;
            for (Map<String, Object> outcome : (List<Map<String, Object>>) theme.get("outcomes")) {
                outcomes++;
                for (Map<String, Object> action : (List<Map<String, Object>>) outcome.get("actions")) {
                    actions++;
                    measures += ((List<?>) action.get("measures")).size();
                }
            }
        }
        return new int[] {themes, outcomes, actions, measures};
    }

    static List<String> auditTrail() throws Exception {
        List<String> trail = new ArrayList<>();
        try (Connection db = TestDatabase.asApp()) {
            db.setAutoCommit(false);
            db.createStatement().execute("set local role eelga_association_reader");
            try (ResultSet rows = db.createStatement()
                    .executeQuery("select actor_email, action, reason from audit_event order by id")) {
                while (rows.next()) {
                    trail.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            db.rollback();
        }
        return trail;
    }
}
