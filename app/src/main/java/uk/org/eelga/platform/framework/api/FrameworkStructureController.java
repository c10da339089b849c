package uk.org.eelga.platform.framework.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkStructure;
import uk.org.eelga.platform.framework.FrameworkStructure.Changed;
import uk.org.eelga.platform.framework.FrameworkStructure.Level;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;

/**
 * A framework's themes, outcomes, actions and measures added at the end of their parent, or removed when added in
 * error and nothing hangs on them (association staff). A new measure's target and live kind are set with
 * {@code PUT /api/v1/measures/{id}}.
 */
@Controller("/api/v1")
@ForAssociationStaff
@Tag(name = "Performance framework")
class FrameworkStructureController {

    private final FrameworkStructure structure;

    FrameworkStructureController(FrameworkStructure structure) {
        this.structure = structure;
    }

    @Post("/frameworks/{id}/themes")
    @Operation(summary = "Add a theme at the end of a framework (number, title)")
    @ApiResponse(responseCode = "409", description = "number-taken")
    HttpResponse<Changed> addTheme(
            @PathVariable long id, @Valid @Body FrameworkStructure.NewTheme theme, HttpRequest<?> request) {
        return HttpResponse.created(structure.addTheme(ApiCaller.of(request), id, theme));
    }

    @Post("/framework-themes/{id}/outcomes")
    @Operation(summary = "Add an outcome at the end of a theme (number optional, text)")
    HttpResponse<Changed> addOutcome(
            @PathVariable long id, @Valid @Body FrameworkStructure.NewOutcome outcome, HttpRequest<?> request) {
        return HttpResponse.created(structure.addOutcome(ApiCaller.of(request), id, outcome));
    }

    @Post("/framework-outcomes/{id}/actions")
    @Operation(summary = "Add an action at the end of an outcome (number optional, text, mechanism, serviceArea)")
    HttpResponse<Changed> addAction(
            @PathVariable long id, @Valid @Body FrameworkStructure.NewAction action, HttpRequest<?> request) {
        return HttpResponse.created(structure.addAction(ApiCaller.of(request), id, action));
    }

    @Post("/framework-actions/{id}/measures")
    @Operation(
            summary = "Add a measure at the end of an action (description, type, frequency, dataSource, direction);"
                    + " typed in until bound to a live kind, with no target until one is set")
    HttpResponse<Measure> addMeasure(
            @PathVariable long id, @Valid @Body FrameworkStructure.NewMeasure measure, HttpRequest<?> request) {
        return HttpResponse.created(structure.addMeasure(ApiCaller.of(request), id, measure));
    }

    @Delete("/framework-themes/{id}")
    @Operation(summary = "Remove a theme with no outcomes")
    @ApiResponse(responseCode = "409", description = "not-empty")
    Changed removeTheme(@PathVariable long id, HttpRequest<?> request) {
        return structure.remove(ApiCaller.of(request), Level.THEME, id);
    }

    @Delete("/framework-outcomes/{id}")
    @Operation(summary = "Remove an outcome with no actions")
    @ApiResponse(responseCode = "409", description = "not-empty")
    Changed removeOutcome(@PathVariable long id, HttpRequest<?> request) {
        return structure.remove(ApiCaller.of(request), Level.OUTCOME, id);
    }

    @Delete("/framework-actions/{id}")
    @Operation(summary = "Remove an action with no measures")
    @ApiResponse(responseCode = "409", description = "not-empty")
    Changed removeAction(@PathVariable long id, HttpRequest<?> request) {
        return structure.remove(ApiCaller.of(request), Level.ACTION, id);
    }

    @Delete("/measures/{id}")
    @Operation(summary = "Remove a measure with no figures entered and none frozen in a closed quarter")
    @ApiResponse(responseCode = "409", description = "has-figures, in-closed-period")
    Changed removeMeasure(@PathVariable long id, HttpRequest<?> request) {
        return structure.remove(ApiCaller.of(request), Level.MEASURE, id);
    }

    @Post("/framework-parts/{level}/{id}/move")
    @Operation(
            summary = "Move a theme, outcome, action or measure (level: theme, outcome, action, measure) one place up"
                    + " or down in its parent ({\"step\":\"UP\"} or \"DOWN\"), or to the end of another parent in"
                    + " the same year ({\"parentId\":n}); its figures go with it")
    @ApiResponse(responseCode = "404", description = "No such part, or no such parent")
    @ApiResponse(
            responseCode = "409",
            description = "already-first, already-last, number-taken, another-year, in-closed-period, moved-meanwhile")
    Changed move(
            @PathVariable String level,
            @PathVariable long id,
            @Valid @Body FrameworkStructure.Move move,
            HttpRequest<?> request) {
        return structure.move(ApiCaller.of(request), Level.of(level), id, move);
    }
}
