package uk.org.eelga.tenancy.merge;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import uk.org.eelga.tenancy.TenantId;

/** A council that merged into another: itself, who it merged into, and from when. */
@Serdeable
public record Predecessor(TenantId council, String name, TenantId mergedInto, LocalDate mergedOn) {}
