package uk.org.eelga.platform.framework.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.ManualValue;
import uk.org.eelga.platform.framework.ManualValues;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

/** A measure, its quarterly figures and manual value history. */
@Controller("/api/v1/measures")
@ForAssociationStaff
@Tag(name = "Performance framework")
class MeasureController {

    private final FrameworkService frameworks;
    private final ManualValues manual;

    MeasureController(FrameworkService frameworks, ManualValues manual) {
        this.frameworks = frameworks;
        this.manual = manual;
    }

    @Get("/{measureId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One measure with its target and RAG rule")
    Measure measure(@PathVariable long measureId) {
        return frameworks.measure(measureId).orElseThrow(FrameworkApi::notFound);
    }

    @Get("/{measureId}/values")
    @Operation(summary = "A measure's figure for each quarter and its manual value history (association staff)")
    MeasureValues values(@PathVariable long measureId, HttpRequest<?> request) {
        frameworks.measure(measureId).orElseThrow(FrameworkApi::notFound);
        return new MeasureValues(
                frameworks.overTime(FrameworkApi.staff(request), measureId), manual.history(measureId));
    }

    @Get("/{measureId}/figure")
    @Operation(summary = "A measure's figure for a period with every record behind it (association staff)")
    @ApiResponse(responseCode = "400", description = "Not a period")
    @ApiResponse(responseCode = "404", description = "No such measure")
    FigureView figure(@PathVariable long measureId, @QueryValue String period, HttpRequest<?> request) {
        Measure measure = frameworks.measure(measureId).orElseThrow(FrameworkApi::notFound);
        ReportingPeriod parsed = FrameworkApi.period(period);
        return FigureView.of(measure, frameworks.figure(FrameworkApi.staff(request), measureId, parsed));
    }

    @Post("/{measureId}/values")
    @Operation(
            summary = "Enter a manual measure's value for a period, with commentary and an evidence link; an"
                    + " association admin accepts it (association staff)")
    @ApiResponse(responseCode = "400", description = "The value, period or text is not acceptable")
    @ApiResponse(responseCode = "404", description = "No such measure")
    HttpResponse<ManualValue> enter(@PathVariable long measureId, @Valid @Body NewValue body, HttpRequest<?> request) {
        Caller staff = FrameworkApi.staff(request);
        frameworks.measure(measureId).orElseThrow(FrameworkApi::notFound);
        try {
            return HttpResponse.created(manual.enter(
                    staff,
                    new ManualValues.Entry(
                            measureId,
                            body.period(),
                            body.value(),
                            body.valueDate(),
                            body.commentary(),
                            body.redNote(),
                            body.evidenceLink(),
                            null,
                            null,
                            null)));
        } catch (ManualValues.InvalidEntry e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, String.join(" ", e.problems()));
        }
    }

    /** A manual value as the API takes it (the page also takes an evidence file). */
    @Serdeable
    record NewValue(
            @FreeText(max = 20) String period,
            @Nullable @FreeText(max = 50) String value,
            @Nullable @PlausibleDate LocalDate valueDate,
            @Nullable @FreeText(max = Text.PARAGRAPH, multiline = true) String commentary,
            @Nullable @FreeText(max = Text.PARAGRAPH, multiline = true) String redNote,
            @Nullable @FreeText(max = Text.URL) String evidenceLink) {}

    @Serdeable
    record MeasureValues(List<Figure> quarters, List<ManualValue> manualHistory) {}
}
