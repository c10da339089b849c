package uk.org.eelga.platform.billing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.org.eelga.platform.billing.MembershipFees.Fee;
import uk.org.eelga.platform.billing.MembershipFees.FeeDraft;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.council.CouncilKind;

/** Membership fees per kind of council and financial year (issue 14 point 1), kept by association staff. */
@Controller("/api/v1/staff/membership-fees")
@ForAssociationStaff
@Tag(name = "Billing")
class MembershipFeesController {

    private final MembershipFees fees;

    MembershipFeesController(MembershipFees fees) {
        this.fees = fees;
    }

    @Get
    @Operation(summary = "Membership fees in pence per kind of council, of one year (?year=2017-18) or all (staff)")
    List<Fee> list(@Nullable @QueryValue String year) {
        return fees.fees(year);
    }

    @Put("/{year}/{kind}")
    @Operation(
            summary = "Set the fee in pence and VAT rate of a kind of council (COUNTY, UNITARY, DISTRICT) for a year")
    Fee set(@PathVariable String year, @PathVariable String kind, @Valid @Body FeeDraft draft, HttpRequest<?> request) {
        CouncilKind parsed;
        try {
            parsed = CouncilKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        return fees.set(ApiCaller.of(request), year, parsed, draft);
    }
}
