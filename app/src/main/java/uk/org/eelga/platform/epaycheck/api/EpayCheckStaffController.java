package uk.org.eelga.platform.epaycheck.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.epaycheck.Benchmark;
import uk.org.eelga.platform.epaycheck.EpayCheck;
import uk.org.eelga.platform.epaycheck.JobFamily;
import uk.org.eelga.platform.epaycheck.PayAward;
import uk.org.eelga.platform.epaycheck.Project;
import uk.org.eelga.platform.epaycheck.ProjectProgress;
import uk.org.eelga.platform.epaycheck.Standing;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;

@Controller("/api/v1/staff/epaycheck")
@ForAssociationStaff
@Tag(name = "ePayCheck pay benchmarking (association staff)")
class EpayCheckStaffController {

    private final EpayCheck epayCheck;

    EpayCheckStaffController(EpayCheck epayCheck) {
        this.epayCheck = epayCheck;
    }

    @Get("/subscribers{?year}")
    @Operation(summary = "A year's subscribers (default this year), each with whether it is suspended")
    @ApiResponse(responseCode = "422", description = "year")
    List<Standing> subscribers(@Nullable @QueryValue String year, HttpRequest<?> http) {
        return epayCheck.subscribers(ApiCaller.of(http), yearOrThis(year));
    }

    @Post("/subscribers/{councilId}")
    @Operation(summary = "Subscribe a council for this financial year on its behalf; invoiced at once")
    @ApiResponse(responseCode = "201", description = "Subscribed")
    @ApiResponse(responseCode = "404", description = "No such active council")
    @ApiResponse(responseCode = "409", description = "already-subscribed")
    HttpResponse<Standing> subscribe(@PathVariable String councilId, HttpRequest<?> http) {
        return HttpResponse.created(epayCheck.subscribeCouncil(ApiCaller.of(http), councilId));
    }

    @Get("/pay-awards")
    @Operation(summary = "The national pay awards recorded, newest first")
    List<PayAward> payAwards() {
        return epayCheck.payAwards();
    }

    @Post("/pay-awards")
    @Operation(summary = "Record a pay award: subscribers not updating by updateBy are suspended from benchmarks")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "422", description = "title, agreed-on or update-by")
    HttpResponse<PayAward> recordPayAward(@Valid @Body NewPayAward award, HttpRequest<?> http) {
        return HttpResponse.created(
                epayCheck.recordPayAward(ApiCaller.of(http), award.title(), award.agreedOn(), award.updateBy()));
    }

    @Get("/projects{?year}")
    @Operation(summary = "A year's priority data projects (default this year) with their completion")
    List<Project> projects(@Nullable @QueryValue String year, HttpRequest<?> http) {
        return epayCheck.projects(ApiCaller.of(http), yearOrThis(year));
    }

    @Post("/projects")
    @Operation(summary = "Start a priority data project: named job families, a window")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "422", description = "name, families, opens-on or closes-on")
    HttpResponse<Project> createProject(@Valid @Body NewProject project, HttpRequest<?> http) {
        return HttpResponse.created(epayCheck.createProject(
                ApiCaller.of(http), project.name(), project.families(), project.opensOn(), project.closesOn()));
    }

    @Get("/projects/{id}/progress")
    @Operation(summary = "Each subscriber's part in a project: the named job families it has not yet submitted")
    @ApiResponse(responseCode = "404", description = "No such project")
    List<ProjectProgress> progress(@PathVariable long id, HttpRequest<?> http) {
        return epayCheck.projectProgress(ApiCaller.of(http), id);
    }

    @Get("/benchmarks")
    @Operation(summary = "The regional benchmarks (aggregates over at least five councils, as subscribers see them)")
    List<Benchmark> benchmarks(HttpRequest<?> http) {
        return epayCheck.regionalBenchmarks(ApiCaller.of(http));
    }

    private String yearOrThis(@Nullable String year) {
        return year == null ? epayCheck.thisYear() : year;
    }

    @Serdeable
    record NewPayAward(
            @Nullable @FreeText(max = EpayCheck.TITLE_MAX) String title,
            @Nullable @PlausibleDate LocalDate agreedOn,
            @Nullable @PlausibleDate LocalDate updateBy) {}

    @Serdeable
    record NewProject(
            @Nullable @FreeText(max = EpayCheck.TITLE_MAX) String name,
            @Nullable List<JobFamily> families,
            @Nullable @PlausibleDate LocalDate opensOn,
            @Nullable @PlausibleDate LocalDate closesOn) {}
}
