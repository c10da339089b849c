package uk.org.eelga.tenancy.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import uk.org.eelga.tenancy.council.CouncilKind;

/** What staff give to onboard a council. The id (organisation alias) is derived from the name when absent. */
@Serdeable
public record NewCouncil(
        @Nullable String id,
        String name,
        CouncilKind kind,
        String countyArea,
        List<String> emailDomains,
        String adminEmail,
        String adminFirstName,
        String adminLastName) {}
