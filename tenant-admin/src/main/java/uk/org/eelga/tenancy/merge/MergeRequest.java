package uk.org.eelga.tenancy.merge;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Merge these councils into the successor from this date. */
@Serdeable
public record MergeRequest(List<String> predecessors, String successor, LocalDate mergedOn) {}
