package uk.org.eelga.platform.epaycheck.api;

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
import uk.org.eelga.platform.epaycheck.Benchmark;
import uk.org.eelga.platform.epaycheck.EpayCheck;
import uk.org.eelga.platform.epaycheck.JobFamily;
import uk.org.eelga.platform.epaycheck.ProjectPart;
import uk.org.eelga.platform.epaycheck.Standing;
import uk.org.eelga.platform.epaycheck.Submission;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ApiDownloads;
import uk.org.eelga.tenancy.api.ForCouncilPeople;
import uk.org.eelga.tenancy.input.FreeText;

@Controller("/api/v1/epaycheck")
@ForCouncilPeople
@Tag(name = "ePayCheck pay benchmarking")
class EpayCheckController {

    private final EpayCheck epayCheck;

    EpayCheckController(EpayCheck epayCheck) {
        this.epayCheck = epayCheck;
    }

    @Get
    @Operation(
            summary = "The caller's council's standing this year: subscribed, suspended after a pay award, last update")
    Standing standing(HttpRequest<?> http) {
        return epayCheck.standing(ApiCaller.of(http));
    }

    @Post("/subscription")
    @Operation(summary = "Subscribe the caller's council for this financial year (council admins); invoiced at once")
    @ApiResponse(responseCode = "201", description = "Subscribed; the invoice id is on the standing")
    @ApiResponse(responseCode = "403", description = "not-allowed (only the council's admins)")
    @ApiResponse(responseCode = "409", description = "already-subscribed")
    HttpResponse<Standing> subscribe(HttpRequest<?> http) {
        return HttpResponse.created(epayCheck.subscribe(ApiCaller.of(http)));
    }

    @Post("/submissions")
    @Operation(
            summary =
                    "Submit the council's pay for one job family and grade (pence a year); replaces the current figures")
    @ApiResponse(responseCode = "201", description = "Submitted")
    @ApiResponse(
            responseCode = "422",
            description = "job-family, grade, min-salary, max-salary, allowances, posts or vacancies")
    HttpResponse<Submission> submit(@Valid @Body NewSubmission s, HttpRequest<?> http) {
        return HttpResponse.created(epayCheck.submit(
                ApiCaller.of(http),
                s.jobFamily(),
                s.grade(),
                s.minSalaryPence(),
                s.maxSalaryPence(),
                s.allowancesPence(),
                s.posts(),
                s.vacancies()));
    }

    @Get("/submissions")
    @Operation(summary = "The council's current pay figures: its latest submission per job family and grade")
    List<Submission> ours() {
        return epayCheck.ourSubmissions();
    }

    @Get("/submissions/{id}")
    @Operation(summary = "One of the council's submissions, current or earlier")
    @ApiResponse(responseCode = "404", description = "No such submission, or another council's")
    Submission one(@PathVariable long id) {
        return epayCheck.ourSubmission(id);
    }

    @Get("/benchmarks")
    @Operation(summary = "Regional pay benchmarks, each over at least five councils (subscribers not suspended)")
    @ApiResponse(responseCode = "403", description = "not-subscribed or suspended")
    List<Benchmark> benchmarks(HttpRequest<?> http) {
        return epayCheck.benchmarks(ApiCaller.of(http));
    }

    @Get(value = "/benchmarks.csv", produces = "text/csv")
    @Operation(summary = "The regional pay benchmarks as CSV (pounds a year)")
    @ApiResponse(responseCode = "403", description = "not-subscribed or suspended")
    HttpResponse<String> benchmarksCsv(HttpRequest<?> http) {
        return ApiDownloads.attachment(
                epayCheck.benchmarksCsv(ApiCaller.of(http)), ApiDownloads.CSV, "epaycheck-benchmarks.csv");
    }

    @Get("/projects")
    @Operation(summary = "This year's priority data projects and the job families the council has not yet submitted")
    List<ProjectPart> projects(HttpRequest<?> http) {
        return epayCheck.ourProjects(ApiCaller.of(http));
    }

    @Serdeable
    record NewSubmission(
            @Nullable JobFamily jobFamily,
            @Nullable @FreeText(max = EpayCheck.GRADE_MAX) String grade,
            @Nullable Long minSalaryPence,
            @Nullable Long maxSalaryPence,
            @Nullable Long allowancesPence,
            @Nullable Integer posts,
            @Nullable Integer vacancies) {}
}
