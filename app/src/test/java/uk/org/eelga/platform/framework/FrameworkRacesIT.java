package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.Race;

/** Twenty callers at once: a quarter is closed once, reopened once, a manual value accepted once. */
@PlatformIT
class FrameworkRacesIT {

    @Inject
    FrameworkService frameworks;

    @Inject
    PeriodClose periods;

    @Inject
    ManualValues manual;

    long frameworkId;
    final String q3 = FrameworkTestData.YEAR + " Q3";

    @BeforeEach
    void setUp() throws Exception {
        FrameworkTestData.clean();
        frameworkId =
                frameworks.create(Fixtures.staff(), FrameworkTestData.draft()).id();
    }

    @AfterEach
    void tearDown() throws Exception {
        FrameworkTestData.clean();
    }

    @Test
    void twenty_closes_of_one_quarter_over_http_close_it_once() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        String path = "/api/v1/frameworks/" + frameworkId + "/periods/"
                + URLEncoder.encode(q3, StandardCharsets.UTF_8).replace("+", "%20") + "/close";

        List<Api.Answer> answers = Race.run(() -> Api.post(path, staff));

        assertThat(Race.statuses(answers)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertThat(Race.count("select count(*) from framework_period_close where framework_id = " + frameworkId))
                .isEqualTo(1);
        assertThat(audited("framework.period.closed")).isEqualTo(1);
    }

    @Test
    void twenty_reopenings_at_once_reopen_once_and_audit_once() {
        periods.close(Fixtures.staff(), frameworkId, q3);

        List<String> outcomes = Race.outcomes(
                () -> periods.reopen(Fixtures.associationAdmin(), frameworkId, q3, "A late figure arrived"));

        assertThat(Race.counted(outcomes)).isEqualTo(Map.of("ok", 1L, "IllegalStateException", 19L));
        assertThat(audited("framework.period.reopened")).isEqualTo(1);
        assertThat(periods.isClosed(frameworkId, q3)).isFalse();
    }

    @Test
    void twenty_acceptances_of_one_manual_value_accept_it_once() {
        FrameworkModel.Measure events =
                frameworks.tree(frameworkId).orElseThrow().measures().get(2);
        ManualValue entered = manual.enter(
                Fixtures.staff(),
                new ManualValues.Entry(
                        events.id(),
                        FrameworkTestData.YEAR + " Q2",
                        "5",
                        null,
                        "Five events",
                        null,
                        null,
                        null,
                        null,
                        null));

        List<String> outcomes = Race.outcomes(() -> manual.accept(Fixtures.associationAdmin(), entered.id()));

        assertThat(Race.counted(outcomes)).isEqualTo(Map.of("ok", 1L, "IllegalStateException", 19L));
        assertThat(audited("framework.value.accepted")).isEqualTo(1);
    }

    private static long audited(String action) {
        return Race.count("select count(*) from audit_event where action = '" + action + "'");
    }
}
