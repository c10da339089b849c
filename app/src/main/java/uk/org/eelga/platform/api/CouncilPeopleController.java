package uk.org.eelga.platform.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.org.eelga.tenancy.identity.Roles;
import uk.org.eelga.tenancy.people.CouncilPeople;
import uk.org.eelga.tenancy.people.PersonSummary;

@Controller("/api/v1/council/people")
@Tag(name = "Councils")
class CouncilPeopleController {

    private final CouncilPeople people;

    CouncilPeopleController(CouncilPeople people) {
        this.people = people;
    }

    @Get
    @Secured({Roles.COUNCIL_OFFICER, Roles.COUNCIL_LEADER, Roles.COUNCIL_ADMIN})
    @Operation(summary = "The people of the caller's own council who have signed in to the platform")
    List<PersonSummary> list(HttpRequest<?> request) {
        if (ApiCaller.of(request).council() == null) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Only a council's own people can list them");
        }
        return people.people();
    }
}
