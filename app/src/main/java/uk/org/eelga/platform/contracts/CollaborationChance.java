package uk.org.eelga.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Several councils' contracts in one category ending within a year of each other: a chance to buy together. */
@Serdeable
public record CollaborationChance(
        ContractCategory category, LocalDate firstEnd, LocalDate lastEnd, List<String> councils, List<String> titles) {}
