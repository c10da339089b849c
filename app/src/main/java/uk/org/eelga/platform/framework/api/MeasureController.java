package uk.org.eelga.platform.framework.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.org.eelga.platform.api.ApiCaller;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.ManualValue;
import uk.org.eelga.platform.framework.ManualValues;
import uk.org.eelga.platform.framework.ReportingPeriod;
import uk.org.eelga.tenancy.identity.Roles;
import uk.org.eelga.tenancy.identity.SignedInUser;

/** A measure, its quarterly figures and manual value history. */
@Controller("/api/v1/measures")
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
        return frameworks.measure(measureId).orElseThrow(MeasureController::notFound);
    }

    @Get("/{measureId}/values")
    @Secured({Roles.ASSOCIATION_STAFF, Roles.ASSOCIATION_ADMIN})
    @Operation(summary = "A measure's figure for each quarter and its manual value history (association staff)")
    MeasureValues values(@PathVariable long measureId, HttpRequest<?> request) {
        frameworks.measure(measureId).orElseThrow(MeasureController::notFound);
        return new MeasureValues(frameworks.overTime(staff(request), measureId), manual.history(measureId));
    }

    @Get("/{measureId}/figure")
    @Secured({Roles.ASSOCIATION_STAFF, Roles.ASSOCIATION_ADMIN})
    @Operation(summary = "A measure's figure for a period with every record behind it (association staff)")
    @ApiResponse(responseCode = "400", description = "Not a period")
    @ApiResponse(responseCode = "404", description = "No such measure")
    FigureView figure(@PathVariable long measureId, @QueryValue String period, HttpRequest<?> request) {
        Measure measure = frameworks.measure(measureId).orElseThrow(MeasureController::notFound);
        ReportingPeriod parsed;
        try {
            parsed = ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return FigureView.of(measure, frameworks.figure(staff(request), measureId, parsed));
    }

    @Serdeable
    record MeasureValues(List<Figure> quarters, List<ManualValue> manualHistory) {}

    private static SignedInUser staff(HttpRequest<?> request) {
        SignedInUser caller = ApiCaller.of(request);
        if (!caller.isAssociationStaff()) {
            throw notFound();
        }
        return caller;
    }

    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "Not found");
    }
}
