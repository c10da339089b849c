package uk.org.eelga.tenancy.leaving;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** What leaving did: rows erased per table, tables kept, accounts removed, and anything left to retry. */
@Serdeable
public record LeavingResult(
        String council, Map<String, Long> erased, List<String> retained, int accountsRemoved, List<String> problems) {}
