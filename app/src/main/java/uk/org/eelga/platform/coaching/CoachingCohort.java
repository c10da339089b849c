package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.org.eelga.tenancy.SharedReferenceData;

@MappedEntity("coaching_cohort")
@SharedReferenceData("the association's coaching catalogue, offered to every council")
record CoachingCohort(@Id @GeneratedValue @Nullable Long id, Programme programme, String name, String description) {}
