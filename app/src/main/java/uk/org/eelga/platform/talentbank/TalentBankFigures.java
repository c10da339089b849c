package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * The Talent Bank's figures for the performance framework, from the delivery records: per financial year and
 * area, turnover (what councils are charged), associate cost and gross profit, against the targets stored in
 * {@code talent_bank_target} (a target with no area is the whole bank's). Every figure carries the delivery rows
 * behind it.
 */
@Singleton
public class TalentBankFigures {

    /** One delivery behind the figures; amounts in pence. */
    public record DeliveryRow(
            long deliveryId,
            String councilId,
            String councilName,
            String areaId,
            String areaName,
            String associate,
            LocalDate deliveredOn,
            BigDecimal days,
            long chargePence,
            long costPence,
            boolean invoiced) {}

    /** An area's figures in a financial year. */
    public record AreaYear(
            String financialYear,
            String areaId,
            String areaName,
            long turnoverPence,
            long associateCostPence,
            long grossProfitPence,
            @Nullable Long targetPence,
            List<DeliveryRow> deliveries) {}

    /** A financial year's figures for the whole bank, with its areas. */
    public record Year(
            String financialYear,
            long turnoverPence,
            long associateCostPence,
            long grossProfitPence,
            @Nullable Long targetPence,
            List<AreaYear> areas) {

        /**
         * The gross profit of the whole bank (area null) or of one area; empty when nothing was delivered there
         * that year (no figure, not £0).
         */
        public Optional<Long> grossProfitOf(@Nullable String areaId) {
            if (areaId == null) {
                return areas.isEmpty() ? Optional.empty() : Optional.of(grossProfitPence);
            }
            return areas.stream()
                    .filter(a -> a.areaId().equals(areaId))
                    .map(AreaYear::grossProfitPence)
                    .findFirst();
        }

        /** Whether gross profit reached the target; empty when the year has no target. */
        public Optional<Boolean> targetMet() {
            return targetPence == null ? Optional.empty() : Optional.of(grossProfitPence >= targetPence);
        }
    }

    private final AssociationWideRead wideRead;

    TalentBankFigures(AssociationWideRead wideRead) {
        this.wideRead = wideRead;
    }

    /** Every financial year with deliveries or a target, oldest first. Association staff only. */
    public List<Year> grossProfitByAreaAndYear(Caller reader) {
        return wideRead.read(reader, "Talent Bank figures", this::figures);
    }

    public Optional<Year> year(Caller reader, String financialYear) {
        return grossProfitByAreaAndYear(reader).stream()
                .filter(y -> y.financialYear().equals(financialYear))
                .findFirst();
    }

    private List<Year> figures(Connection connection) {
        try {
            Map<String, Long> targets = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                            "select financial_year, coalesce(area_id, ''), gross_profit_pence from talent_bank_target");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    targets.put(rows.getString(1) + "/" + rows.getString(2), rows.getLong(3));
                }
            }
            Map<String, Map<String, List<DeliveryRow>>> byYear = new TreeMap<>();
            Map<String, String> areaNames = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                            "select d.id, d.tenant_id, c.name, s.area_id, a.name, x.name, d.delivered_on, d.days,"
                                    + " d.charge_pence, d.cost_pence, d.invoice_source_ref is not null"
                                    + " from talent_bank_delivery d"
                                    + " join talent_bank_request r on r.id = d.request_id"
                                    + " join talent_bank_service s on s.id = r.service_id"
                                    + " join talent_bank_area a on a.id = s.area_id"
                                    + " join talent_bank_associate x on x.id = d.associate_id"
                                    + " join council c on c.id = d.tenant_id"
                                    // work entered from paper in error and withdrawn counts in no figure
                                    + " where r.withdrawn_by is null"
                                    + " order by a.sort_order, d.delivered_on, d.id");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    DeliveryRow row = new DeliveryRow(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getObject(7, LocalDate.class),
                            rows.getBigDecimal(8),
                            rows.getLong(9),
                            rows.getLong(10),
                            rows.getBoolean(11));
                    areaNames.put(row.areaId(), row.areaName());
                    byYear.computeIfAbsent(
                                    ReportingPeriod.containing(row.deliveredOn())
                                            .yearLabel(),
                                    y -> new java.util.LinkedHashMap<>())
                            .computeIfAbsent(row.areaId(), a -> new ArrayList<>())
                            .add(row);
                }
            }
            targets.keySet()
                    .forEach(key -> byYear.computeIfAbsent(key.split("/")[0], y -> new java.util.LinkedHashMap<>()));
            List<Year> years = new ArrayList<>();
            byYear.forEach((year, areas) -> {
                List<AreaYear> areaFigures = new ArrayList<>();
                areas.forEach((area, rows) -> {
                    long turnover =
                            rows.stream().mapToLong(DeliveryRow::chargePence).sum();
                    long cost = rows.stream().mapToLong(DeliveryRow::costPence).sum();
                    areaFigures.add(new AreaYear(
                            year,
                            area,
                            areaNames.get(area),
                            turnover,
                            cost,
                            turnover - cost,
                            targets.get(year + "/" + area),
                            List.copyOf(rows)));
                });
                long turnover =
                        areaFigures.stream().mapToLong(AreaYear::turnoverPence).sum();
                long cost = areaFigures.stream()
                        .mapToLong(AreaYear::associateCostPence)
                        .sum();
                years.add(new Year(
                        year, turnover, cost, turnover - cost, targets.get(year + "/"), List.copyOf(areaFigures)));
            });
            return years;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the Talent Bank figures", e);
        }
    }
}
