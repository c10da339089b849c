package uk.org.eelga.platform.coaching.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.coaching.BookingSummary;
import uk.org.eelga.platform.coaching.CoachingAdministration;
import uk.org.eelga.platform.coaching.CoachingBillables;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.CoachingFigures;
import uk.org.eelga.platform.coaching.CohortSummary;
import uk.org.eelga.platform.coaching.Programme;
import uk.org.eelga.platform.coaching.SessionDraft;
import uk.org.eelga.platform.coaching.SessionSummary;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

@Controller("/api/v1/staff/coaching")
@ForAssociationStaff
@Tag(name = "Coaching programme (association staff)")
class CoachingStaffController {

    private final CoachingCatalogue catalogue;
    private final CoachingAdministration administration;
    private final CoachingFigures figures;
    private final CoachingBillables billables;
    private final uk.org.eelga.platform.coaching.PastDelegates pastDelegates;

    CoachingStaffController(
            uk.org.eelga.platform.coaching.PastDelegates pastDelegates,
            CoachingCatalogue catalogue,
            CoachingAdministration administration,
            CoachingFigures figures,
            CoachingBillables billables) {
        this.catalogue = catalogue;
        this.administration = administration;
        this.figures = figures;
        this.billables = billables;
        this.pastDelegates = pastDelegates;
    }

    @Post("/sessions/{id}/past-delegates")
    @Operation(
            summary = "Enter a delegate of a session that took place (before the platform or on paper) with their"
                    + " attendance and the source; labelled as entered by staff (issue 14)")
    io.micronaut.http.HttpResponse<uk.org.eelga.platform.coaching.PastDelegates.EnteredDelegate> pastDelegate(
            @PathVariable long id,
            @Valid @Body uk.org.eelga.platform.coaching.PastDelegates.PastDelegate past,
            HttpRequest<?> http) {
        return io.micronaut.http.HttpResponse.created(pastDelegates.enter(ApiCaller.of(http), id, past));
    }

    @Get("/sessions/{id}/past-delegates")
    @Operation(summary = "The delegates entered from paper for a session, withdrawn ones too, with who entered them")
    java.util.List<uk.org.eelga.platform.coaching.PastDelegates.EnteredDelegate> pastDelegates(
            @PathVariable long id, HttpRequest<?> http) {
        return pastDelegates.entered(ApiCaller.of(http), id);
    }

    @Post("/sessions/{id}/past-delegates/{bookingId}/withdraw")
    @Operation(
            summary = "Withdraw a delegate entered from paper in error, with the reason: the place is free again and no"
                    + " figure counts it (staff)")
    uk.org.eelga.platform.coaching.PastDelegates.EnteredDelegate withdrawPastDelegate(
            @PathVariable long id,
            @PathVariable long bookingId,
            @Valid @Body uk.org.eelga.platform.coaching.PastDelegates.Withdrawal body,
            HttpRequest<?> http) {
        return pastDelegates.withdraw(ApiCaller.of(http), id, bookingId, body);
    }

    @Get("/cohorts")
    @Operation(summary = "Every cohort of the programme")
    List<CohortSummary> cohorts() {
        return catalogue.cohorts();
    }

    @Post("/cohorts")
    @Operation(summary = "Add a cohort")
    HttpResponse<CohortSummary> createCohort(@Valid @Body NewCohort cohort, HttpRequest<?> http) {
        return HttpResponse.created(
                catalogue.createCohort(ApiCaller.of(http), cohort.programme(), cohort.name(), cohort.description()));
    }

    @Get("/cohorts/{id}/sessions")
    @Operation(summary = "A cohort's sessions")
    List<SessionSummary> sessions(@PathVariable long id) {
        return catalogue.sessionsOf(id);
    }

    @Post("/sessions")
    @Operation(summary = "Add a session to a cohort (price in pence, 0 for free)")
    @ApiResponse(responseCode = "422", description = "Bad session details, with a code saying which")
    HttpResponse<SessionSummary> createSession(@Valid @Body SessionDraft draft, HttpRequest<?> http) {
        return HttpResponse.created(catalogue.createSession(ApiCaller.of(http), draft));
    }

    @Put("/sessions/{id}")
    @Operation(summary = "Change a session; added places go to the waitlist at once")
    @ApiResponse(responseCode = "409", description = "capacity-below-confirmed")
    SessionSummary updateSession(@PathVariable long id, @Valid @Body SessionDraft draft, HttpRequest<?> http) {
        return catalogue.updateSession(ApiCaller.of(http), id, draft);
    }

    @Get("/sessions/{id}/bookings")
    @Operation(summary = "Every council's bookings on a session: confirmed, then the waitlist in order, then cancelled")
    List<BookingSummary> bookings(@PathVariable long id, HttpRequest<?> http) {
        return administration.bookingsOn(ApiCaller.of(http), id);
    }

    @Post("/councils/{councilId}/bookings/{id}/attendance")
    @Operation(summary = "Record whether a confirmed delegate attended and completed")
    @ApiResponse(responseCode = "404", description = "No such booking of that council")
    BookingSummary attendance(
            @PathVariable String councilId,
            @PathVariable long id,
            @Valid @Body Attendance attendance,
            HttpRequest<?> http) {
        return administration.recordAttendance(
                ApiCaller.of(http), councilId, id, attendance.attended(), attendance.completed());
    }

    @Get("/figures/councils-engaged")
    @Operation(summary = "Councils with a confirmed place on a session starting in the period (dates inclusive)")
    CoachingFigures.CouncilsEngaged councilsEngaged(
            @QueryValue LocalDate from, @QueryValue LocalDate to, HttpRequest<?> http) {
        return figures.councilsEngaged(ApiCaller.of(http), from, to);
    }

    @Get("/figures/places")
    @Operation(summary = "Places taken, attended and completed per cohort with sessions in the period")
    List<CoachingFigures.CohortPlaces> places(
            @QueryValue LocalDate from, @QueryValue LocalDate to, HttpRequest<?> http) {
        return figures.placesTakenPerCohort(ApiCaller.of(http), from, to);
    }

    @Get("/billable-places")
    @Operation(summary = "Confirmed paid places, for invoicing")
    List<CoachingBillables.BillablePlace> billable(HttpRequest<?> http) {
        return billables.confirmedPaidPlaces(ApiCaller.of(http));
    }

    @Serdeable
    record NewCohort(
            Programme programme,
            @FreeText(max = Text.NAME) String name,
            @Nullable @FreeText(max = Text.PARAGRAPH, multiline = true) String description) {}

    @Serdeable
    record Attendance(@Nullable Boolean attended, boolean completed) {}
}
