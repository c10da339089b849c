package uk.org.eelga.platform.survey.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.org.eelga.platform.survey.PaperEvaluations;
import uk.org.eelga.platform.survey.PaperEvaluations.PaperEntry;
import uk.org.eelga.platform.survey.PaperEvaluations.PaperForms;
import uk.org.eelga.platform.survey.PaperEvaluations.Withdrawal;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;

/** An event's paper evaluation forms, keyed in by association staff (issue 14 point 2). */
@Controller("/api/v1/staff/events/{meetingId}/paper-evaluations")
@ForAssociationStaff
@Tag(name = "Surveys")
class PaperEvaluationsController {

    private final PaperEvaluations paper;

    PaperEvaluationsController(PaperEvaluations paper) {
        this.paper = paper;
    }

    @Get
    @Operation(summary = "The event's paper evaluation forms entered so far, each with who entered it, from what, when")
    List<PaperEntry> list(@PathVariable long meetingId) {
        return paper.entries(meetingId);
    }

    @Post
    @Operation(
            summary = "Enter paper evaluation forms of an event that took place: counts per rating 1 (very poor) to 5"
                    + " (very good) and their source, such as paper form (staff)")
    HttpResponse<List<PaperEntry>> enter(
            @PathVariable long meetingId, @Valid @Body PaperForms forms, HttpRequest<?> request) {
        return HttpResponse.created(paper.enter(ApiCaller.of(request), meetingId, forms));
    }

    @Post("/{id}/withdraw")
    @Operation(
            summary = "Withdraw paper forms entered in error, with the reason: listed as withdrawn, no longer counted"
                    + " (staff)")
    PaperEntry withdraw(
            @PathVariable long meetingId, @PathVariable long id, @Valid @Body Withdrawal body, HttpRequest<?> request) {
        return paper.withdraw(ApiCaller.of(request), meetingId, id, body);
    }
}
