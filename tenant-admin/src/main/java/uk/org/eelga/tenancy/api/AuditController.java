package uk.org.eelga.tenancy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.audit.AuditEntry;
import uk.org.eelga.tenancy.audit.AuditQuery;
import uk.org.eelga.tenancy.audit.AuditSearch;

@Controller("/api/v1")
@ForAssociationStaff
@Tag(name = "Audit log")
class AuditController {

    private final AuditSearch audit;

    AuditController(AuditSearch audit) {
        this.audit = audit;
    }

    @Get("/audit")
    @Operation(summary = "Search the audit log: who (email part), council, action (prefix), dates, free text")
    List<AuditEntry> search(
            @QueryValue @Nullable String who,
            @QueryValue @Nullable String council,
            @QueryValue @Nullable String action,
            @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to,
            @QueryValue @Nullable String text,
            HttpRequest<?> request) {
        return audit.search(ApiCaller.of(request), new AuditQuery(who, council, action, from, to, text));
    }

    @Get(value = "/audit.csv", produces = "text/csv")
    @Operation(summary = "The same search as CSV")
    HttpResponse<String> csv(
            @QueryValue @Nullable String who,
            @QueryValue @Nullable String council,
            @QueryValue @Nullable String action,
            @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to,
            @QueryValue @Nullable String text,
            HttpRequest<?> request) {
        return ApiDownloads.attachment(
                audit.csv(ApiCaller.of(request), new AuditQuery(who, council, action, from, to, text)),
                MediaType.of("text/csv"),
                "audit-log.csv");
    }

    @Get("/council/audit")
    @Secured(Roles.COUNCIL_ADMIN)
    @Operation(summary = "The caller's own council's audit entries (council admins)")
    List<AuditEntry> ownCouncil(
            @QueryValue @Nullable String action, @QueryValue @Nullable String text, HttpRequest<?> request) {
        return audit.search(ApiCaller.of(request), new AuditQuery(null, null, action, null, null, text));
    }
}
