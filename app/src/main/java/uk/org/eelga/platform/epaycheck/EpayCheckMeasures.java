package uk.org.eelga.platform.epaycheck;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.ParameterChoices;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;
import uk.org.eelga.shared.UkTime;

/** ePayCheck's figures for the performance framework, each with the records behind it. */
@Factory
class EpayCheckMeasures {

    static final ParameterSpec PROJECT = new ParameterSpec(
            "project", "Priority data project (empty: every project opened in the period)", false, "");

    /** Projects named in words where a measure is bound to one (the measure stores the project's number). */
    @Singleton
    ParameterChoices projects(EpayCheck epayCheck) {
        return ParameterChoices.of(PROJECT.name(), epayCheck::projectNames);
    }

    /** Subscribing authorities: councils with an ePayCheck subscription for the period's financial year. */
    @Singleton
    LiveMeasureKind subscribers() {
        return new SqlMeasureKind(
                "epaycheck-subscribers",
                "ePayCheck subscribing authorities",
                "Councils subscribing to ePayCheck for the period's financial year.",
                List.of(),
                "select s.tenant_id, c.name, 'subscribed ' || to_char(s.subscribed_at at time zone 'Europe/London',"
                        + " 'FMDD FMMonth YYYY'), true from epaycheck_subscription s join council c on c.id = s.tenant_id"
                        + " where s.year_label = ? order by c.name",
                (query, scope) -> List.of(query.period().yearLabel()),
                SqlMeasureKind.COUNTED);
    }

    /**
     * "Authorities suspended for not updating their data following pay increases": the year's subscribers that, on
     * the period's last day (or today, if earlier), had let a pay award's update-by date pass without submitting
     * anything since the award was agreed. Evidence: every subscriber, with its last update.
     */
    @Singleton
    LiveMeasureKind suspended(Clock clock) {
        return new SqlMeasureKind(
                "epaycheck-suspended",
                "ePayCheck subscribers suspended",
                "Subscribers suspended from seeing others' pay data for not updating theirs after a pay award.",
                List.of(),
                "select t.tenant_id, t.name, case when t.suspended then 'suspended: no update since ' || t.title"
                        + " || ' (agreed ' || to_char(t.agreed_on, 'FMDD FMMonth YYYY') || ', update due by '"
                        + " || to_char(t.update_by, 'FMDD FMMonth YYYY') || ')' else coalesce('last updated '"
                        + " || to_char(t.last_at at time zone 'Europe/London', 'FMDD FMMonth YYYY'), 'no data yet') end,"
                        + " t.suspended from (" + Records.STANDING + ") t order by t.name",
                (query, scope) -> {
                    LocalDate on = asOf(query, clock);
                    Timestamp end = Timestamp.from(UkTime.startOf(on.plusDays(1)));
                    return List.of(end, end, Date.valueOf(on), query.period().yearLabel());
                },
                SqlMeasureKind.COUNTED);
    }

    /**
     * "Subscribing authorities taking part in priority data initiatives" / "Proportion of subscribing authorities
     * contributing to priority data projects": for each project opened in the period (or the one named), each
     * subscriber of its year, counted when it submitted every named job family within the window.
     */
    @Singleton
    LiveMeasureKind projectCompletion(Clock clock) {
        return new SqlMeasureKind(
                "epaycheck-project-completion",
                "ePayCheck priority data project completion",
                "Subscribers that submitted every job family a priority data project named, within its window.",
                List.of(PROJECT),
                "select s.tenant_id, p.name || ': ' || c.name, case when cardinality(x.missing) = 0"
                        + " then 'submitted every named job family' else 'not yet: '"
                        + " || lower(replace(array_to_string(x.missing, ', '), '_', ' ')) end,"
                        + " cardinality(x.missing) = 0"
                        + " from epaycheck_project p join epaycheck_subscription s on s.year_label = p.year_label"
                        + " join council c on c.id = s.tenant_id"
                        + " cross join lateral (select array(select f from unnest(p.families) f where not exists ("
                        + "  select 1 from epaycheck_submission e where e.tenant_id = s.tenant_id and e.job_family = f"
                        + "  and e.submitted_at >= (p.opens_on::timestamp at time zone 'Europe/London')"
                        + "  and e.submitted_at < ((p.closes_on + 1)::timestamp at time zone 'Europe/London')))"
                        + "  as missing) x"
                        + " where p.opens_on between ? and ? and p.opens_on <= ? and (? = '' or p.id::text = ?)"
                        + " order by p.opens_on, p.id, c.name",
                (query, scope) -> List.of(
                        query.firstDay(),
                        query.lastDay(),
                        Date.valueOf(UkTime.today(clock)),
                        query.parameter(PROJECT),
                        query.parameter(PROJECT)),
                SqlMeasureKind.SHARE);
    }

    private static LocalDate asOf(LiveMeasureQuery query, Clock clock) {
        LocalDate today = UkTime.today(clock);
        LocalDate last = query.period().end();
        return last.isBefore(today) ? last : today;
    }
}
