package uk.org.eelga.tenancy.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
    @ForCouncilPeople
    @Operation(summary = "The people of the caller's own council who have signed in to the platform")
    List<PersonSummary> list(HttpRequest<?> request) {
        ApiCaller.ofCouncil(request, "Only a council's own people can list them");
        return people.people();
    }
}
