package uk.org.eelga.tenancy.signinprovider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What an association admin gives to link a council's provider: its issuer or discovery address, the client the
 * council registered for the platform, and which of the council's email domains signs in there. A blank secret
 * on a change keeps the one stored; a blank domain means the council's only domain.
 */
@Serdeable
public record SignInProviderRequest(
        String discoveryUrl,
        String clientId,
        @Nullable String clientSecret,
        @Nullable String domain,
        @Nullable String displayName) {}
