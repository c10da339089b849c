package uk.org.eelga.tenancy.signinprovider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A council's linked identity provider, as pages and the API show it (never the client secret). */
@Serdeable
public record CouncilSignInProvider(
        String councilId,
        String councilName,
        String displayName,
        @Nullable String issuer,
        @Nullable String clientId,
        @Nullable String domain,
        boolean redirectsByEmailDomain) {}
