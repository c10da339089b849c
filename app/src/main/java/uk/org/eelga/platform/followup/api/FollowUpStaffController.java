package uk.org.eelga.platform.followup.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.followup.CommitmentKind;
import uk.org.eelga.platform.followup.CommitmentSummary;
import uk.org.eelga.platform.followup.FollowUps;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;

@Controller("/api/v1/staff/follow-ups")
@ForAssociationStaff
@Tag(name = "Follow-up commitments (association staff)")
class FollowUpStaffController {

    private final FollowUps followUps;

    FollowUpStaffController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Get
    @Operation(summary = "Every council's commitments, open ones first (open=true: open ones only)")
    List<CommitmentSummary> all(@QueryValue(defaultValue = "false") boolean open, HttpRequest<?> http) {
        return followUps.all(ApiCaller.of(http), open);
    }

    @Post("/councils/{councilId}")
    @Operation(summary = "Record a commitment to a council; dueOn defaults to the kind's specified time period")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "404", description = "No such active council")
    @ApiResponse(responseCode = "422", description = "kind, what, arose-on or due-on")
    HttpResponse<CommitmentSummary> record(
            @PathVariable String councilId, @Valid @Body NewCommitment commitment, HttpRequest<?> http) {
        return HttpResponse.created(followUps.record(
                ApiCaller.of(http),
                councilId,
                commitment.kind(),
                commitment.what(),
                commitment.aroseOn(),
                commitment.dueOn()));
    }

    @Post("/councils/{councilId}/{id}/done")
    @Operation(summary = "Mark a commitment done on a day (today or earlier)")
    @ApiResponse(responseCode = "404", description = "No such commitment of that council")
    @ApiResponse(responseCode = "409", description = "already-done")
    CommitmentSummary done(
            @PathVariable String councilId, @PathVariable long id, @Valid @Body Done done, HttpRequest<?> http) {
        return followUps.markDone(ApiCaller.of(http), councilId, id, done.on(), done.note());
    }

    @Serdeable
    record NewCommitment(
            @Nullable CommitmentKind kind,
            @Nullable @FreeText(max = FollowUps.WHAT_MAX) String what,
            @Nullable @PlausibleDate LocalDate aroseOn,
            @Nullable @PlausibleDate LocalDate dueOn) {}

    @Serdeable
    record Done(@Nullable @PlausibleDate LocalDate on, @Nullable @FreeText(max = FollowUps.NOTE_MAX) String note) {}
}
