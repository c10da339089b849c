package uk.org.eelga.platform.framework.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkYears;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;

/** Starting a framework year by rolling the previous one forward, and changing a measure (association staff). */
@Controller("/api/v1")
@ForAssociationStaff
@Tag(name = "Performance framework")
class FrameworkYearsController {

    private final FrameworkYears years;

    FrameworkYearsController(FrameworkYears years) {
        this.years = years;
    }

    @Post("/frameworks/{id}/roll-forward")
    @Operation(
            summary = "Start a new year's framework from this one: themes, outcomes, actions, measures, targets and"
                    + " live bindings copied (the year's commentary is not); then edit its measures")
    HttpResponse<FrameworkSummary> rollForward(
            @PathVariable long id, @Valid @Body FrameworkYears.RollForward next, HttpRequest<?> request) {
        return HttpResponse.created(years.rollForward(ApiCaller.of(request), id, next));
    }

    @Put("/measures/{id}")
    @Operation(
            summary = "Change a measure: wording, target, RAG rule (direction, amber tolerance), frequency, source,"
                    + " and the live kind with its parameters, or manual (no kind)")
    Measure edit(@PathVariable long id, @Valid @Body FrameworkYears.MeasureEdit edit, HttpRequest<?> request) {
        return years.editMeasure(ApiCaller.of(request), id, edit);
    }
}
