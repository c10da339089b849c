package uk.org.eelga.platform.talentbank;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The association's Talent Bank catalogue and associates (shared by every council). */
@Singleton
public class TalentBankCatalogue {

    /** An associate with their day rates in pence (association staff only see these). */
    public record AssociateSummary(
            long id, String name, String areaName, long costDayRatePence, long chargeDayRatePence) {}

    private final Repositories.Offers offers;
    private final Repositories.Areas areas;
    private final Repositories.Associates associates;

    TalentBankCatalogue(Repositories.Offers offers, Repositories.Areas areas, Repositories.Associates associates) {
        this.offers = offers;
        this.areas = areas;
        this.associates = associates;
    }

    @ReadOnly
    public List<OfferSummary> offers() {
        Map<String, String> names = areaNames();
        return offers.findByActiveTrueOrderByAreaIdAndName().stream()
                .map(o -> new OfferSummary(
                        o.id(),
                        o.areaId(),
                        names.get(o.areaId()),
                        o.name(),
                        o.description(),
                        o.indicativeDayRatePence()))
                .toList();
    }

    @ReadOnly
    public List<AssociateSummary> associates() {
        Map<String, String> names = areaNames();
        return associates.findByActiveTrueOrderByName().stream()
                .map(a -> new AssociateSummary(
                        a.id(), a.name(), names.get(a.areaId()), a.costDayRatePence(), a.chargeDayRatePence()))
                .toList();
    }

    private Map<String, String> areaNames() {
        return areas.findAllOrderBySortOrder().stream().collect(Collectors.toMap(Area::id, Area::name));
    }
}
