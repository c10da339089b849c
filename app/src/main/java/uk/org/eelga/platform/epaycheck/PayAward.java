package uk.org.eelga.platform.epaycheck;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A national pay award: subscribers must update their data by {@code updateBy} or are suspended. */
@Serdeable
public record PayAward(long id, String title, LocalDate agreedOn, LocalDate updateBy) {}
