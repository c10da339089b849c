package uk.org.eelga.platform.epaycheck;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A council's pay for one job family and grade, as submitted (money in pence a year). */
@Serdeable
public record Submission(
        long id,
        String councilId,
        JobFamily jobFamily,
        String grade,
        long minSalaryPence,
        long maxSalaryPence,
        long allowancesPence,
        int posts,
        int vacancies,
        String submittedBy,
        Instant submittedAt) {}
