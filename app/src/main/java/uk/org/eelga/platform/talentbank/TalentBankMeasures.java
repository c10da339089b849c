package uk.org.eelga.platform.talentbank;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterChoices;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;
import uk.org.eelga.shared.Money;

/** The Talent Bank's figure for the performance framework. */
@Factory
class TalentBankMeasures {

    static final ParameterSpec AREA = new ParameterSpec("area", "Area (empty: the whole Talent Bank)", false, "");

    /** The areas named in words where a measure is bound to one (staff add and rename them on the catalogue page). */
    @Singleton
    ParameterChoices areas(TalentBankReference reference) {
        return ParameterChoices.of(AREA.name(), () -> {
            Map<String, String> areas = new LinkedHashMap<>();
            reference.areas().forEach(a -> areas.put(a.id(), a.name()));
            return areas;
        });
    }

    /**
     * "Talent Bank generates income or surplus" / gross profit against target: charge minus associate cost of the
     * days delivered in the period, in pence, for one area or all. Evidence: every delivery with its margin.
     */
    @Singleton
    LiveMeasureKind grossProfit() {
        return new SqlMeasureKind(
                "talent-bank-gross-profit",
                "Talent Bank gross profit",
                "Charge less associate cost of Talent Bank days delivered in the period (pence), for an area or all.",
                List.of(AREA),
                "select d.tenant_id, a.name || ': ' || c.name || ', ' || to_char(d.delivered_on, 'FMDD FMMonth YYYY')"
                        + " || coalesce('; ' || app_entered_label(r.entered_by, r.entered_from, r.entered_on)"
                        + " || coalesce(', invoice ' || r.invoice_reference, ''), ''),"
                        + " (d.charge_pence - d.cost_pence)::text, true"
                        + " from talent_bank_delivery d join talent_bank_request r on r.id = d.request_id"
                        + " join talent_bank_service s on s.id = r.service_id join talent_bank_area a on a.id = s.area_id"
                        + " join council c on c.id = d.tenant_id"
                        + " where d.delivered_on >= ? and d.delivered_on <= ? and (? = '' or s.area_id = ?)"
                        + " and r.withdrawn_by is null"
                        + " order by d.delivered_on, d.id",
                (query, scope) ->
                        List.of(query.firstDay(), query.lastDay(), query.parameter(AREA), query.parameter(AREA)),
                (deliveries, query, scope) -> new MeasureResult(
                        BigDecimal.valueOf(deliveries.stream()
                                .mapToLong(delivery -> Long.parseLong(delivery.detail()))
                                .sum()),
                        null,
                        null,
                        // each day's part of the figure in pounds, as the figure is shown ("£2,000.00 gross profit")
                        deliveries.stream()
                                .map(d -> new EvidenceRow(
                                        d.councilId(),
                                        d.label(),
                                        Money.format(Long.parseLong(d.detail())) + " gross profit",
                                        d.counted()))
                                .toList()));
    }
}
