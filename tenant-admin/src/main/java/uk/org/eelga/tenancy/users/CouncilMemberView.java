package uk.org.eelga.tenancy.users;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One of a council's people as their admin sees them. */
@Serdeable
public record CouncilMemberView(String id, String email, String name, boolean enabled, List<String> roles) {}
