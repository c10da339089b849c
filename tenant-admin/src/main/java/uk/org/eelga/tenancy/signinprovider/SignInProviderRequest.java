package uk.org.eelga.tenancy.signinprovider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

/**
 * What an association admin gives to link a council's provider: its issuer or discovery address, the client the
 * council registered for the platform, and which of the council's email domains signs in there. A blank secret
 * on a change keeps the one stored; a blank domain means the council's only domain.
 */
@Serdeable
public record SignInProviderRequest(
        @FreeText(max = Text.URL) String discoveryUrl,
        @FreeText(max = 255) String clientId,
        @Nullable @FreeText(max = Text.REASON) String clientSecret,
        @Nullable @FreeText(max = 253) String domain,
        @Nullable @FreeText(max = Text.NAME) String displayName) {}
