package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.org.eelga.tenancy.SharedReferenceData;

/** A service in the catalogue (association-owned). */
@SharedReferenceData("the association's catalogue, offered to every council")
@MappedEntity("talent_bank_service")
record Offer(
        @Id @GeneratedValue @Nullable Long id,
        String areaId,
        String name,
        String description,
        long indicativeDayRatePence,
        boolean active) {}
