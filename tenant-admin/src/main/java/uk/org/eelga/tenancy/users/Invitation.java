package uk.org.eelga.tenancy.users;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Who to invite and with which council roles (role names as in tokens: council-officer, ...). */
@Serdeable
public record Invitation(String email, String firstName, String lastName, List<String> roles) {}
