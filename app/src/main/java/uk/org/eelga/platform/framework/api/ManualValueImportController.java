package uk.org.eelga.platform.framework.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.org.eelga.platform.framework.report.ManualValueImport;
import uk.org.eelga.platform.framework.report.ManualValueImport.Outcome;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.api.ApiCaller;

/** Manual measure values from a CSV or XLSX file: a preview, and an import that saves all rows or none. */
@Controller("/api/v1/measure-values/import")
@Secured({Roles.ASSOCIATION_STAFF, Roles.ASSOCIATION_ADMIN})
@Tag(name = "Performance framework")
class ManualValueImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ManualValueImport importer;

    ManualValueImportController(ManualValueImport importer) {
        this.importer = importer;
    }

    @Post
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import manual values (columns measure_id, period, value, commentary; optional value_date,"
                    + " red_note, evidence_link) from the CSV or XLSX body; preview=true checks and shows each row"
                    + " without saving. 422 with an error per wrong row, and nothing saved, if any row is wrong")
    HttpResponse<Outcome> importValues(
            @Body byte[] file, @Nullable @QueryValue Boolean preview, HttpRequest<?> request) {
        String name = request.getContentType()
                        .map(type -> type.getName().equals(XLSX))
                        .orElse(false)
                ? "values.xlsx"
                : "values.csv";
        Outcome outcome = Boolean.TRUE.equals(preview)
                ? importer.preview(ApiCaller.of(request), name, file)
                : importer.importFile(ApiCaller.of(request), name, file);
        if (!outcome.errors().isEmpty()) {
            return HttpResponse.<Outcome>unprocessableEntity().body(outcome);
        }
        return Boolean.TRUE.equals(preview) ? HttpResponse.ok(outcome) : HttpResponse.created(outcome);
    }
}
