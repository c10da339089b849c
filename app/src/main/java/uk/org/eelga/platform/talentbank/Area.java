package uk.org.eelga.platform.talentbank;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.org.eelga.tenancy.SharedReferenceData;

/** A service area of the Talent Bank (association-owned). */
@SharedReferenceData("the association's service areas")
@MappedEntity("talent_bank_area")
record Area(@Id String id, String name, int sortOrder) {}
