package uk.org.eelga.tenancy.merge;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A council that merged into another: its id and name, the id of the council it merged into, and from when. */
@Serdeable
public record Predecessor(String council, String name, String mergedInto, LocalDate mergedOn) {}
