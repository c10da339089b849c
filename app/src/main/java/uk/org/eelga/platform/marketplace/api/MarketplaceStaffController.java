package uk.org.eelga.platform.marketplace.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.org.eelga.platform.marketplace.Activity;
import uk.org.eelga.platform.marketplace.Marketplace;
import uk.org.eelga.platform.marketplace.MarketplaceRefused;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.api.ApiArguments;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;

@Controller("/api/v1/staff/marketplace")
@ForAssociationStaff
@Tag(name = "Local Government Marketplace (association staff)")
class MarketplaceStaffController {

    private final Marketplace marketplace;

    MarketplaceStaffController(Marketplace marketplace) {
        this.marketplace = marketplace;
    }

    @Get("/activity{?period}")
    @Operation(
            summary = "Every member council's marketplace activity in a financial year or quarter (default this year):"
                    + " listings, enquiries made and received, trades and their value in pence")
    @ApiResponse(responseCode = "422", description = "period")
    List<Activity> activity(@Nullable @QueryValue String period, HttpRequest<?> http) {
        ReportingPeriod chosen = ApiArguments.period(
                period,
                ReportingPeriod.containing(marketplace.today()).wholeYear(),
                e -> new MarketplaceRefused("period", "Write the period like 2019-20 or 2019-20 Q1."));
        return marketplace.activity(ApiCaller.of(http), chosen);
    }
}
