package uk.org.eelga.tenancy.merge;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What a merge did: the predecessors now merged, how many people moved, and anything left to retry. */
@Serdeable
public record MergeResult(List<String> merged, String successor, int peopleMoved, List<String> problems) {}
