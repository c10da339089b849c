package uk.org.eelga.platform.framework.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.platform.framework.CouncilFigure;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.FrameworkModel.FrameworkSummary;
import uk.org.eelga.platform.framework.FrameworkModel.Tree;
import uk.org.eelga.platform.framework.FrameworkService;
import uk.org.eelga.platform.framework.ManualValues;
import uk.org.eelga.platform.framework.PeriodClose;
import uk.org.eelga.platform.framework.Rag;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.api.ForCouncilPeople;

/**
 * The framework over REST. Its structure is the association's published framework (any signed-in member may
 * read it); regional figures, evidence and values are for association staff; a council's people get their own
 * council's per-council figures only, for the council in their token.
 */
@Controller("/api/v1/frameworks")
@Tag(name = "Performance framework")
class FrameworkController {

    private final FrameworkService frameworks;
    private final ManualValues manual;
    private final PeriodClose periods;

    FrameworkController(FrameworkService frameworks, ManualValues manual, PeriodClose periods) {
        this.frameworks = frameworks;
        this.manual = manual;
        this.periods = periods;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Every framework year")
    List<FrameworkSummary> all() {
        return frameworks.frameworks();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A framework: themes, outcomes, actions and measures with targets")
    @ApiResponse(responseCode = "404", description = "No such framework")
    Tree one(@PathVariable long id) {
        return frameworks.tree(id).orElseThrow(FrameworkApi::notFound);
    }

    @Get("/{id}/figures")
    @ForAssociationStaff
    @Operation(
            summary = "Every measure's regional figure, RAG and evidence for a period (association staff): a measure"
                    + " with no records says NO_FIGURE_YET (not rated), a period not started NOT_DUE; each links to its"
                    + " records")
    List<FigureView> figures(@PathVariable long id, @QueryValue String period, HttpRequest<?> request) {
        Tree tree = frameworks.tree(id).orElseThrow(FrameworkApi::notFound);
        java.util.Map<Long, Figure> figures =
                frameworks.figures(FrameworkApi.staff(request), id, FrameworkApi.period(period));
        List<FigureView> views = new ArrayList<>();
        tree.measures().forEach(m -> views.add(FigureView.of(m, figures.get(m.id()))));
        return views;
    }

    @Get("/{id}/council-figures")
    @ForCouncilPeople
    @Operation(summary = "The caller's own council's figures with the published regional figure")
    List<CouncilFigureView> councilFigures(@PathVariable long id, @QueryValue String period, HttpRequest<?> request) {
        Caller caller = ApiCaller.of(request);
        caller.councilOrRefuse(FrameworkApi::notFound);
        // no such framework: FrameworkNotFound, answered 404 by the one API handler
        // the API gives the figures without their records: only whether each counts is read
        return frameworks.councilFiguresWithoutRecords(caller, id, FrameworkApi.period(period)).stream()
                .map(CouncilFigureView::of)
                .toList();
    }

    @Post("/{id}/periods/{period}/close")
    @ForAssociationStaff
    @Operation(summary = "Close a period: freeze its figures and evidence (association staff)")
    PeriodClose.ClosedPeriod close(@PathVariable long id, @PathVariable String period, HttpRequest<?> request) {
        frameworks.tree(id).orElseThrow(FrameworkApi::notFound);
        try {
            return periods.close(
                    FrameworkApi.staff(request), id, FrameworkApi.period(period).label());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new HttpStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    @Serdeable
    record CouncilFigureView(
            long measureId,
            String measure,
            String target,
            BigDecimal ownValue,
            Rag ownRag,
            BigDecimal regionalValue,
            Rag regionalRag,
            boolean regionalPublished) {
        static CouncilFigureView of(CouncilFigure f) {
            return new CouncilFigureView(
                    f.measure().id(),
                    f.measure().description(),
                    f.measure().targetText(),
                    f.ownValue(),
                    f.ownRag(),
                    f.regionalValue(),
                    f.regionalRag(),
                    f.regionalPublished());
        }
    }
}
