package uk.org.eelga.tenancy.merge;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A council that merged into another, with both councils' ids and names, for lists of merges. */
@Serdeable
public record PastMerge(
        String predecessor, String predecessorName, String successor, String successorName, LocalDate mergedOn) {}
