package uk.org.eelga.platform.helpline.api;

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
import java.util.List;
import uk.org.eelga.platform.helpline.HelplineFigures;
import uk.org.eelga.platform.helpline.HrHelpline;
import uk.org.eelga.platform.helpline.QuerySummary;
import uk.org.eelga.platform.helpline.QueryThread;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.input.FreeText;

@Controller("/api/v1/staff/hr-helpline")
@ForAssociationStaff
@Tag(name = "HR helpline (association advisers)")
class HelplineStaffController {

    private final HrHelpline helpline;
    private final HelplineFigures figures;

    HelplineStaffController(HrHelpline helpline, HelplineFigures figures) {
        this.helpline = helpline;
        this.figures = figures;
    }

    @Get("/queries")
    @Operation(summary = "Every council's queries, open ones first (open=true: open ones only)")
    List<QuerySummary> all(@QueryValue(defaultValue = "false") boolean open, HttpRequest<?> http) {
        return helpline.allQueries(ApiCaller.of(http), open);
    }

    @Get("/councils/{councilId}/queries/{id}")
    @Operation(summary = "One council's query with its whole thread")
    @ApiResponse(responseCode = "404", description = "No such query of that council")
    QueryThread thread(@PathVariable String councilId, @PathVariable long id, HttpRequest<?> http) {
        return helpline.thread(ApiCaller.of(http), councilId, id);
    }

    @Post("/councils/{councilId}/queries/{id}/answers")
    @Operation(summary = "Answer the query, or ask the council back (askingBack: true)")
    @ApiResponse(responseCode = "404", description = "No such query of that council")
    @ApiResponse(responseCode = "409", description = "closed")
    QuerySummary answer(
            @PathVariable String councilId, @PathVariable long id, @Valid @Body Answer answer, HttpRequest<?> http) {
        return helpline.respond(
                ApiCaller.of(http), councilId, id, answer.text(), Boolean.TRUE.equals(answer.askingBack()));
    }

    @Post("/councils/{councilId}/queries/{id}/close")
    @Operation(summary = "Close the query, with an optional closing note the council sees")
    @ApiResponse(responseCode = "409", description = "closed")
    QuerySummary close(
            @PathVariable String councilId, @PathVariable long id, @Valid @Body Close close, HttpRequest<?> http) {
        return helpline.close(ApiCaller.of(http), councilId, id, close.note());
    }

    @Get("/figures")
    @Operation(summary = "The helpline's figures for a financial year or quarter (period=2017-18 or 2017-18 Q3)")
    @ApiResponse(responseCode = "422", description = "period")
    HelplineFigures.YearFigures figures(@QueryValue String period, HttpRequest<?> http) {
        return figures.of(ApiCaller.of(http), period);
    }

    @Serdeable
    record Answer(
            @Nullable @FreeText(max = HrHelpline.TEXT_MAX, multiline = true) String text,
            @Nullable Boolean askingBack) {}

    @Serdeable
    record Close(@Nullable @FreeText(max = HrHelpline.TEXT_MAX, multiline = true) String note) {}
}
