package uk.org.eelga.platform.survey.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.org.eelga.platform.survey.MyResponse;
import uk.org.eelga.platform.survey.Survey;
import uk.org.eelga.platform.survey.SurveyAnswering;
import uk.org.eelga.platform.survey.SurveyDraft;
import uk.org.eelga.platform.survey.SurveyForCouncil;
import uk.org.eelga.platform.survey.SurveyNotFound;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForCouncilPeople;

/** A council's own surveys; the council is always the caller's (from the verified token). */
@Controller("/api/v1/council/surveys")
@Tag(name = "Surveys (councils)")
@ForCouncilPeople
class CouncilSurveysController {

    private final SurveyAnswering answering;

    CouncilSurveysController(SurveyAnswering answering) {
        this.answering = answering;
    }

    @Get
    @Operation(summary = "The open surveys addressed to the caller's council, with their status")
    List<SurveyForCouncil> open(HttpRequest<?> request) {
        return answering.openSurveys(caller(request));
    }

    @Get("/{id}")
    @Operation(summary = "A survey addressed to the caller's council, with its sections and questions")
    @ApiResponse(responseCode = "404", description = "No such survey, or not addressed to the caller's council")
    Survey survey(@PathVariable long id, HttpRequest<?> request) {
        return answering.survey(caller(request), id).orElseThrow(SurveyNotFound::new);
    }

    @Get("/{id}/response")
    @Operation(summary = "The council's (per-council surveys) or the caller's (per-person surveys) response")
    @ApiResponse(responseCode = "404", description = "No such survey, or not addressed to the caller's council")
    MyResponse response(@PathVariable long id, HttpRequest<?> request) {
        return answering.myResponse(caller(request), id);
    }

    @Put("/{id}/response")
    @Operation(
            summary = "Save the response as a draft, or submit it (submit=true)",
            description = "Answers to questions hidden by skip logic are discarded. Refusals (422) carry a code:"
                    + " CLOSED, NOT_OPEN, REQUIRED_MISSING, TOO_LONG (free text over 10,000 characters),"
                    + " INVALID_ANSWER, DUPLICATE (already submitted), ANONYMOUS_NO_DRAFT. Nothing saved before"
                    + " is lost when a request is refused.")
    @ApiResponse(responseCode = "422", description = "Refused, with a code and a message")
    @ApiResponse(responseCode = "404", description = "No such survey, or not addressed to the caller's council")
    MyResponse save(@PathVariable long id, @Valid @Body ResponseRequest body, HttpRequest<?> request) {
        Caller user = caller(request);
        return body.submit()
                ? answering.submit(user, id, MyResponse.toMap(body.answers()))
                : answering.saveDraft(user, id, MyResponse.toMap(body.answers()));
    }

    /** A response as a client sends it. */
    @Serdeable
    record ResponseRequest(
            boolean submit, @Size(max = SurveyDraft.MAX_QUESTIONS) List<MyResponse.@Valid Answer> answers) {
        ResponseRequest {
            answers = answers == null ? List.of() : answers;
        }
    }

    private static Caller caller(HttpRequest<?> request) {
        return ApiCaller.ofCouncil(request, "Only a council's own people answer its surveys");
    }
}
