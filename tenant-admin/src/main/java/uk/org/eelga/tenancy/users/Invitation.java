package uk.org.eelga.tenancy.users;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

/** Who to invite and with which council roles (role names as in tokens: council-officer, ...). */
@Serdeable
public record Invitation(
        @FreeText(max = Text.EMAIL) String email,
        @FreeText(max = Invitation.NAME_MAX) String firstName,
        @FreeText(max = Invitation.NAME_MAX) String lastName,
        @Size(max = 3) List<@FreeText(max = 40) String> roles) {

    /** Keycloak keeps at most 255 characters of a name; people's names are far shorter. */
    public static final int NAME_MAX = 100;
}
