package uk.org.eelga.platform.survey.api;

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
import java.util.List;
import uk.org.eelga.platform.survey.Survey;
import uk.org.eelga.platform.survey.SurveyCatalogue;
import uk.org.eelga.platform.survey.SurveyDraft;
import uk.org.eelga.platform.survey.SurveyExport;
import uk.org.eelga.platform.survey.SurveyNotFound;
import uk.org.eelga.platform.survey.SurveyReminders;
import uk.org.eelga.platform.survey.SurveyResults;
import uk.org.eelga.platform.survey.SurveyResultsReader;
import uk.org.eelga.platform.survey.SurveyReturns;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ApiDownloads;
import uk.org.eelga.tenancy.api.ForAssociationStaff;

/** The association's surveys: build, publish, remind, results and export (association staff only). */
@Controller("/api/v1/surveys")
@Tag(name = "Surveys (association staff)")
@ForAssociationStaff
class StaffSurveysController {

    private final SurveyCatalogue catalogue;
    private final SurveyResultsReader results;
    private final SurveyExport export;
    private final SurveyReminders reminders;
    private final SurveyReturns returns;

    StaffSurveysController(
            SurveyCatalogue catalogue,
            SurveyResultsReader results,
            SurveyExport export,
            SurveyReminders reminders,
            SurveyReturns returns) {
        this.catalogue = catalogue;
        this.results = results;
        this.export = export;
        this.reminders = reminders;
        this.returns = returns;
    }

    @Get
    @Operation(summary = "Every survey (without questions), newest first")
    List<Survey> all() {
        return catalogue.all();
    }

    @Get("/{id}")
    @Operation(summary = "One survey with its sections and questions")
    Survey one(@PathVariable long id) {
        return survey(id);
    }

    @Post
    @Operation(summary = "Create a survey (unpublished); skip rules name an earlier question by its number")
    @ApiResponse(responseCode = "422", description = "The survey is not valid (code INVALID_SURVEY)")
    HttpResponse<Created> create(@Valid @Body SurveyDraft draft, HttpRequest<?> request) {
        long id = catalogue.create(ApiCaller.of(request), draft);
        return HttpResponse.created(new Created(id));
    }

    @Put("/{id}")
    @Operation(summary = "Change a survey until it closes (questions only while no council has answered)")
    @ApiResponse(responseCode = "422", description = "Closed, answered already, or not valid")
    Survey update(@PathVariable long id, @Valid @Body SurveyDraft draft, HttpRequest<?> request) {
        catalogue.update(ApiCaller.of(request), id, draft);
        return survey(id);
    }

    @Post("/{id}/publish")
    @Operation(summary = "Publish a survey: its audience sees it from its opening date")
    Survey publish(@PathVariable long id, HttpRequest<?> request) {
        catalogue.publish(ApiCaller.of(request), id);
        return survey(id);
    }

    @Get("/{id}/results")
    @Operation(
            summary = "Results: response rate by council, answer distributions, free text (suppressed when"
                    + " anonymous and fewer than five in a group)")
    SurveyResults results(@PathVariable long id, HttpRequest<?> request) {
        return results.results(ApiCaller.of(request), id);
    }

    @Get(value = "/{id}/export.csv", produces = "text/csv")
    @Operation(summary = "The submitted responses as CSV (no council column for anonymous surveys)")
    HttpResponse<String> csv(@PathVariable long id, HttpRequest<?> request) {
        return ApiDownloads.attachment(
                export.csv(ApiCaller.of(request), id), ApiDownloads.CSV, "survey-" + id + ".csv");
    }

    @Post("/{id}/reminders")
    @Operation(summary = "E-mail the people of councils in the audience that have not responded")
    SurveyReminders.Sent remind(@PathVariable long id, HttpRequest<?> request) {
        return reminders.remind(ApiCaller.of(request), id);
    }

    @Post("/{id}/returns/{councilId}")
    @Operation(
            summary = "Enter a council's return (sent on paper or by email) on its behalf",
            description = "Submitted as the council's response on the day it was received (today when empty), with"
                    + " the same answer rules as the council's own page, and labelled 'Entered by (you) from (source)"
                    + " on (today)'. Refusals (422) carry a code: SOURCE, RECEIVED_ON, NO_SUCH_COUNCIL,"
                    + " NOT_PUBLISHED, NOT_IN_AUDIENCE, REQUIRED_MISSING, INVALID_ANSWER, TOO_LONG; 409 DUPLICATE"
                    + " when the council has already responded.")
    @ApiResponse(responseCode = "201", description = "The return is saved and counts in the figures")
    @ApiResponse(responseCode = "404", description = "No such survey")
    HttpResponse<SurveyReturns.EnteredReturn> enterReturn(
            @PathVariable long id,
            @PathVariable String councilId,
            @Valid @Body SurveyReturns.PaperReturn paper,
            HttpRequest<?> request) {
        return HttpResponse.created(returns.enter(ApiCaller.of(request), id, councilId, paper));
    }

    @Get("/returns{?surveyId}")
    @Operation(
            summary = "The returns entered from paper for every council, newest first, withdrawn ones too;"
                    + " surveyId: those of one survey")
    List<SurveyReturns.ListedReturn> enteredReturns(@Nullable @QueryValue Long surveyId, HttpRequest<?> request) {
        return returns.entered(ApiCaller.of(request), surveyId);
    }

    @Post("/returns/{responseId}/withdraw")
    @Operation(
            summary = "Withdraw a return entered in error, with the reason: still listed as withdrawn, counted by no"
                    + " figure, and the council counts as not responded again")
    @ApiResponse(responseCode = "404", description = "No such return entered from paper")
    @ApiResponse(responseCode = "409", description = "ALREADY_WITHDRAWN")
    SurveyReturns.ListedReturn withdrawReturn(
            @PathVariable long responseId, @Valid @Body SurveyReturns.Withdrawal withdrawal, HttpRequest<?> request) {
        return returns.withdraw(ApiCaller.of(request), responseId, withdrawal);
    }

    private Survey survey(long id) {
        return catalogue.find(id).orElseThrow(SurveyNotFound::new);
    }

    /** The id of a created survey. */
    @Serdeable
    record Created(long id) {}
}
