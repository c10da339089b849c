package uk.org.eelga.platform.followup.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.org.eelga.platform.followup.CommitmentSummary;
import uk.org.eelga.platform.followup.FollowUps;
import uk.org.eelga.tenancy.api.ForCouncilPeople;

@Controller("/api/v1/follow-ups")
@ForCouncilPeople
@Tag(name = "Follow-up commitments")
class FollowUpController {

    private final FollowUps followUps;

    FollowUpController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Get
    @Operation(summary = "What the association committed to do for the caller's council, and whether it was done")
    List<CommitmentSummary> ours() {
        return followUps.ours();
    }
}
