package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.org.eelga.tenancy.SharedReferenceData;

/** A consultant the association places with councils (association-owned). */
@SharedReferenceData("the association's consultants and their day rates")
@MappedEntity("talent_bank_associate")
record Associate(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String email,
        String areaId,
        long costDayRatePence,
        long chargeDayRatePence,
        boolean active) {}
