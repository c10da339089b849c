package uk.org.eelga.platform.appraisal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import uk.org.eelga.platform.appraisal.AppraisalFigures;
import uk.org.eelga.platform.appraisal.AppraisalSummary;
import uk.org.eelga.platform.appraisal.AppraisalSupport;
import uk.org.eelga.platform.appraisal.PastAppraisals;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

@Controller("/api/v1/staff/appraisal-requests")
@ForAssociationStaff
@Tag(name = "Chief Executive appraisal support (association staff)")
class AppraisalStaffController {

    private final AppraisalSupport support;
    private final AppraisalFigures figures;
    private final PastAppraisals past;

    AppraisalStaffController(AppraisalSupport support, AppraisalFigures figures, PastAppraisals past) {
        this.support = support;
        this.figures = figures;
        this.past = past;
    }

    @Get
    @Operation(summary = "Every council's requests, open ones first (open=true: open ones only)")
    List<AppraisalSummary> all(@QueryValue(defaultValue = "false") boolean open, HttpRequest<?> http) {
        return support.allRequests(ApiCaller.of(http), open);
    }

    @Post("/councils/{councilId}/{id}/schedule")
    @Operation(summary = "Accept a request: assign an adviser and a date")
    @ApiResponse(responseCode = "404", description = "No such request of that council")
    @ApiResponse(responseCode = "409", description = "not-open")
    AppraisalSummary schedule(
            @PathVariable String councilId,
            @PathVariable long id,
            @Valid @Body Schedule schedule,
            HttpRequest<?> http) {
        return support.schedule(ApiCaller.of(http), councilId, id, schedule.adviser(), schedule.on());
    }

    @Post("/councils/{councilId}/{id}/delivered")
    @Operation(summary = "Mark a scheduled appraisal delivered")
    AppraisalSummary delivered(
            @PathVariable String councilId,
            @PathVariable long id,
            @Valid @Body Delivered delivered,
            HttpRequest<?> http) {
        return support.markDelivered(ApiCaller.of(http), councilId, id, delivered.on());
    }

    @Post("/councils/{councilId}/{id}/decline")
    @Operation(summary = "Decline a request, with the reason the council will see")
    AppraisalSummary decline(
            @PathVariable String councilId, @PathVariable long id, @Valid @Body Decline decline, HttpRequest<?> http) {
        return support.decline(ApiCaller.of(http), councilId, id, decline.reason());
    }

    @Post("/councils/{councilId}/past")
    @Operation(
            summary = "Enter support given before the platform, with its real request and delivery dates and its"
                    + " source (paper form, the old spreadsheet); labelled as entered by staff (issue 14)")
    io.micronaut.http.HttpResponse<AppraisalSummary> past(
            @PathVariable String councilId, @Valid @Body AppraisalSupport.PastSupport past, HttpRequest<?> http) {
        return io.micronaut.http.HttpResponse.created(support.enterPast(ApiCaller.of(http), councilId, past));
    }

    @Get("/past{?councilId}")
    @Operation(
            summary = "The support entered from paper for every council, newest first, withdrawn too; councilId:"
                    + " that council's only")
    List<PastAppraisals.EnteredSupport> entered(@Nullable @QueryValue String councilId, HttpRequest<?> http) {
        return past.entered(ApiCaller.of(http), councilId);
    }

    @Post("/past/{id}/withdraw")
    @Operation(
            summary = "Withdraw support entered from paper in error, with the reason: still listed as withdrawn,"
                    + " counted by no figure, gone from the council's requests and the console")
    @ApiResponse(responseCode = "404", description = "No such support entered from paper")
    @ApiResponse(responseCode = "409", description = "already-withdrawn")
    PastAppraisals.EnteredSupport withdraw(
            @PathVariable long id, @Valid @Body PastAppraisals.Withdrawal withdrawal, HttpRequest<?> http) {
        return past.withdraw(ApiCaller.of(http), id, withdrawal);
    }

    @Get("/unmet")
    @Operation(summary = "Unmet requests of a year: declined, or not delivered by 31 December (once the year is over)")
    AppraisalFigures.UnmetRequests unmet(@QueryValue int year, HttpRequest<?> http) {
        return figures.unmetRequests(ApiCaller.of(http), year);
    }

    @Serdeable
    record Schedule(@Nullable @FreeText(max = Text.NAME) String adviser, @Nullable @PlausibleDate LocalDate on) {}

    @Serdeable
    record Delivered(@Nullable @PlausibleDate LocalDate on) {}

    @Serdeable
    record Decline(@Nullable @FreeText(max = Text.REASON, multiline = true) String reason) {}
}
