package uk.org.eelga.platform.helpline.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.org.eelga.platform.helpline.Category;
import uk.org.eelga.platform.helpline.HrHelpline;
import uk.org.eelga.platform.helpline.QuerySummary;
import uk.org.eelga.platform.helpline.QueryThread;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForCouncilPeople;
import uk.org.eelga.tenancy.input.FreeText;

@Controller("/api/v1/hr-helpline/queries")
@ForCouncilPeople
@Tag(name = "HR helpline")
class HelplineController {

    private final HrHelpline helpline;

    HelplineController(HrHelpline helpline) {
        this.helpline = helpline;
    }

    @Post
    @Operation(summary = "Raise an HR query with the association's advisers (any of the council's people)")
    @ApiResponse(responseCode = "201", description = "Raised; the service level's deadlines are on it")
    @ApiResponse(responseCode = "422", description = "category, subject or question")
    HttpResponse<QuerySummary> raise(@Valid @Body NewQuery query, HttpRequest<?> http) {
        return HttpResponse.created(
                helpline.raise(ApiCaller.of(http), query.category(), query.subject(), query.question()));
    }

    @Get
    @Operation(summary = "The caller's council's queries, newest first")
    List<QuerySummary> ours() {
        return helpline.ourQueries();
    }

    @Get("/{id}")
    @Operation(summary = "One of the caller's council's queries with its whole thread")
    @ApiResponse(responseCode = "404", description = "No such query, or another council's")
    QueryThread thread(@PathVariable long id) {
        return helpline.ourThread(id);
    }

    @Post("/{id}/replies")
    @Operation(summary = "Reply to the advisers (answers their question back, or asks more)")
    @ApiResponse(responseCode = "409", description = "closed")
    QuerySummary reply(@PathVariable long id, @Valid @Body Reply reply, HttpRequest<?> http) {
        return helpline.reply(ApiCaller.of(http), id, reply.text());
    }

    @Post("/{id}/close")
    @Operation(summary = "Close the query, optionally rating the advice (1 very poor to 5 very good)")
    @ApiResponse(responseCode = "409", description = "closed")
    QuerySummary close(@PathVariable long id, @Valid @Body Rating rating, HttpRequest<?> http) {
        return helpline.closeOurs(ApiCaller.of(http), id, rating.rating(), rating.comment());
    }

    @Post("/{id}/rating")
    @Operation(summary = "Rate the advice of a closed query, once (1 very poor to 5 very good)")
    @ApiResponse(responseCode = "409", description = "not-closed or already-rated")
    QuerySummary rate(@PathVariable long id, @Valid @Body Rating rating, HttpRequest<?> http) {
        return helpline.rate(ApiCaller.of(http), id, rating.rating(), rating.comment());
    }

    @Serdeable
    record NewQuery(
            @Nullable Category category,
            @Nullable @FreeText(max = HrHelpline.SUBJECT_MAX) String subject,
            @Nullable @FreeText(max = HrHelpline.TEXT_MAX, multiline = true) String question) {}

    @Serdeable
    record Reply(@Nullable @FreeText(max = HrHelpline.TEXT_MAX, multiline = true) String text) {}

    @Serdeable
    record Rating(
            @Nullable Integer rating,
            @Nullable @FreeText(max = HrHelpline.COMMENT_MAX, multiline = true) String comment) {}
}
