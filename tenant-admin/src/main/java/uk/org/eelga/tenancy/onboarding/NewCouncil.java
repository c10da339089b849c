package uk.org.eelga.tenancy.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

/** What staff give to onboard a council. The id (organisation alias) is derived from the name when absent. */
@Serdeable
public record NewCouncil(
        @Nullable @FreeText(max = 60) String id,
        @FreeText(max = Text.NAME) String name,
        CouncilKind kind,
        @FreeText(max = NewCouncil.COUNTY_AREA_MAX) String countyArea,
        @Size(max = NewCouncil.DOMAINS_MAX) List<@FreeText(max = NewCouncil.DOMAIN_MAX) String> emailDomains,
        @FreeText(max = Text.EMAIL) String adminEmail,
        @FreeText(max = 100) String adminFirstName,
        @FreeText(max = 100) String adminLastName) {

    public static final int COUNTY_AREA_MAX = 100;
    public static final int DOMAINS_MAX = 20;
    /** The longest domain name DNS allows. */
    public static final int DOMAIN_MAX = 253;
}
