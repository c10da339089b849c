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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.org.eelga.platform.api.ApiProblem;
import uk.org.eelga.platform.framework.report.ManualValueImport;
import uk.org.eelga.platform.framework.report.ManualValueImport.Outcome;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;

/** Manual measure values from a CSV or XLSX file: a preview, and an import that saves all rows or none. */
@Controller("/api/v1/measure-values/import")
@ForAssociationStaff
@Tag(name = "Performance framework")
class ManualValueImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ManualValueImport importer;

    /**
     * A file with wrong rows, refused whole: a complete problem (RFC 9457) with one sentence per wrong row in
     * {@code errors}; nothing was saved.
     */
    @Serdeable
    record RowsRefused(
            String type, String title, int status, String detail, String code, String message, List<String> errors) {
        /** At most this many rows' sentences are listed; a file with thousands of wrong rows gets a count. */
        static final int SHOWN = 10;

        static RowsRefused of(Outcome outcome) {
            String sentence = outcome.errors().size() == 1
                    ? "The file was not imported: " + outcome.errors().get(0)
                    : "The file was not imported: " + outcome.errors().size() + " rows are wrong (see errors).";
            ApiProblem problem = ApiProblem.of(422, "rows-refused", sentence);
            List<String> errors = outcome.errors();
            if (errors.size() > SHOWN) {
                List<String> first = new java.util.ArrayList<>(errors.subList(0, SHOWN));
                first.add("And " + (errors.size() - SHOWN) + " more rows are wrong.");
                errors = first;
            }
            return new RowsRefused(problem.type(), problem.title(), 422, sentence, "rows-refused", sentence, errors);
        }
    }

    ManualValueImportController(ManualValueImport importer) {
        this.importer = importer;
    }

    @Post
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import manual values (columns measure_id, period, value, commentary; optional value_date,"
                    + " red_note, evidence_link) from the CSV or XLSX body; preview=true checks and shows each row"
                    + " without saving. 422 with an error per wrong row, and nothing saved, if any row is wrong")
    HttpResponse<?> importValues(@Body byte[] file, @Nullable @QueryValue Boolean preview, HttpRequest<?> request) {
        String name = request.getContentType()
                        .map(type -> type.getName().equals(XLSX))
                        .orElse(false)
                ? "values.xlsx"
                : "values.csv";
        Outcome outcome = Boolean.TRUE.equals(preview)
                ? importer.preview(ApiCaller.of(request), name, file)
                : importer.importFile(ApiCaller.of(request), name, file);
        if (!outcome.errors().isEmpty()) {
            // an error like every other: a problem, with the wrong rows' sentences as an extension member
            return HttpResponse.unprocessableEntity()
                    .contentType(ApiProblem.MEDIA_TYPE)
                    .body(RowsRefused.of(outcome));
        }
        return Boolean.TRUE.equals(preview) ? HttpResponse.ok(outcome) : HttpResponse.created(outcome);
    }
}
