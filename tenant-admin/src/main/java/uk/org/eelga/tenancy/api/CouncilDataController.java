package uk.org.eelga.tenancy.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.export.CouncilDataExport;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.leaving.CouncilLeaving;
import uk.org.eelga.tenancy.leaving.LeavingResult;
import uk.org.eelga.tenancy.reconcile.ReconcileReport;
import uk.org.eelga.tenancy.reconcile.Reconciliation;

@Controller("/api/v1")
@Secured(Roles.ASSOCIATION_ADMIN)
@Tag(name = "Tenant administration")
class CouncilDataController {

    private final CouncilDataExport export;
    private final Reconciliation reconciliation;
    private final CouncilLeaving leaving;

    CouncilDataController(CouncilDataExport export, Reconciliation reconciliation, CouncilLeaving leaving) {
        this.export = export;
        this.reconciliation = reconciliation;
        this.leaving = leaving;
    }

    @io.micronaut.http.annotation.Post("/councils/{id}/leave")
    @Operation(summary = "Record that a council left: personal data erased, retained tables (invoices) kept")
    LeavingResult leave(
            @PathVariable String id,
            @jakarta.validation.Valid @io.micronaut.http.annotation.Body Reason reason,
            HttpRequest<?> request) {
        return leaving.leave(ApiCaller.of(request), ApiArguments.council(id), reason.reason());
    }

    @io.micronaut.serde.annotation.Serdeable
    record Reason(@FreeText(max = Text.REASON, multiline = true) String reason) {}

    @Get(value = "/council/export", produces = "application/zip")
    @Secured(Roles.COUNCIL_ADMIN)
    @Operation(summary = "Everything the caller's council owns: JSON and CSV per table, in a zip (council admins)")
    HttpResponse<byte[]> ownExport(HttpRequest<?> request) {
        Caller caller = ApiCaller.of(request);
        TenantId own = caller.councilOrRefuse(() -> new NotFoundForCaller("No council"));
        return zip(own, export.export(caller, own));
    }

    @Get(value = "/councils/{id}/export", produces = "application/zip")
    @Operation(summary = "Everything a council owns, for association admins")
    HttpResponse<byte[]> export(@PathVariable String id, HttpRequest<?> request) {
        TenantId council = ApiArguments.council(id);
        return zip(council, export.export(ApiCaller.of(request), council));
    }

    @Get("/reconcile")
    @ForAssociationStaff
    @Operation(summary = "Where Keycloak's organisations and members disagree with the council register")
    ReconcileReport reconcile(HttpRequest<?> request) {
        return reconciliation.check(ApiCaller.of(request));
    }

    private static HttpResponse<byte[]> zip(TenantId council, byte[] zip) {
        return ApiDownloads.attachment(zip, MediaType.of("application/zip"), council + "-export.zip");
    }
}
