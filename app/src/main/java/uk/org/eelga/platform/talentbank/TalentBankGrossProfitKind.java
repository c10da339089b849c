package uk.org.eelga.platform.talentbank;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlKindSupport;

/**
 * "Talent Bank generates income or surplus" / gross profit against target: charge minus associate cost of the
 * days delivered in the period, in pence, for one area or all. Evidence: every delivery with its margin.
 */
@Singleton
class TalentBankGrossProfitKind implements LiveMeasureKind {

    static final ParameterSpec AREA = new ParameterSpec(
            "area",
            "Area (public-service-reform, commercialisation, asset-management, hr-od, procurement; empty: all)",
            false,
            "");

    private static final String SQL = "select d.tenant_id, a.name || ': ' || c.name || ', ' || to_char(d.delivered_on,"
            + " 'DD Mon YYYY'), (d.charge_pence - d.cost_pence)::text, true"
            + " from talent_bank_delivery d join talent_bank_request r on r.id = d.request_id"
            + " join talent_bank_service s on s.id = r.service_id join talent_bank_area a on a.id = s.area_id"
            + " join council c on c.id = d.tenant_id"
            + " where d.delivered_on >= ? and d.delivered_on <= ? and (? = '' or s.area_id = ?)"
            + " order by d.delivered_on, d.id";

    @Override
    public String code() {
        return "talent-bank-gross-profit";
    }

    @Override
    public String title() {
        return "Talent Bank gross profit";
    }

    @Override
    public String description() {
        return "Charge less associate cost of Talent Bank days delivered in the period (pence), for an area or all.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AREA);
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        String area = query.parameter(AREA);
        List<EvidenceRow> evidence = SqlKindSupport.evidence(query, SQL, statement -> {
            statement.setDate(1, Date.valueOf(query.period().start()));
            statement.setDate(2, Date.valueOf(query.period().end()));
            statement.setString(3, area);
            statement.setString(4, area);
        });
        long pence =
                evidence.stream().mapToLong(row -> Long.parseLong(row.detail())).sum();
        return new MeasureResult(BigDecimal.valueOf(pence), null, null, evidence);
    }
}
