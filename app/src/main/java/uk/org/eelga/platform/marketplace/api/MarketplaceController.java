package uk.org.eelga.platform.marketplace.api;

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
import uk.org.eelga.platform.marketplace.Listing;
import uk.org.eelga.platform.marketplace.ListingDetails;
import uk.org.eelga.platform.marketplace.Marketplace;
import uk.org.eelga.platform.marketplace.MarketplaceRefused;
import uk.org.eelga.platform.marketplace.ServiceCategory;
import uk.org.eelga.platform.marketplace.Trade;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForCouncilPeople;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

@Controller("/api/v1/marketplace")
@ForCouncilPeople
@Tag(name = "Local Government Marketplace")
class MarketplaceController {

    private final Marketplace marketplace;

    MarketplaceController(Marketplace marketplace) {
        this.marketplace = marketplace;
    }

    @Get("/offers{?category}")
    @Operation(summary = "Every member council's live listings, newest first; optionally one category")
    List<Listing> offers(@Nullable @QueryValue ServiceCategory category, HttpRequest<?> http) {
        return marketplace.offers(ApiCaller.of(http), category);
    }

    @Get("/listings")
    @Operation(summary = "The caller's council's listings, live and withdrawn")
    List<Listing> ours() {
        return marketplace.ourListings();
    }

    @Post("/listings")
    @Operation(summary = "List a service the council sells (title, description, category, priceBasis, area, contact)")
    @ApiResponse(responseCode = "201", description = "Listed")
    @ApiResponse(responseCode = "422", description = "title, description, category, price-basis, area, contact-email")
    HttpResponse<Listing> list(@Valid @Body NewListing listing, HttpRequest<?> http) {
        return HttpResponse.created(marketplace.list(ApiCaller.of(http), listing.details()));
    }

    @Get("/listings/{id}")
    @Operation(summary = "One of the council's listings")
    @ApiResponse(responseCode = "404", description = "No such listing, or another council's")
    Listing listing(@PathVariable long id) {
        return marketplace.ourListing(id);
    }

    @Post("/listings/{id}/withdraw")
    @Operation(summary = "Withdraw one of the council's live listings")
    @ApiResponse(responseCode = "404", description = "No such live listing, or another council's")
    Listing withdraw(@PathVariable long id, HttpRequest<?> http) {
        return marketplace.withdraw(ApiCaller.of(http), id);
    }

    @Get("/enquiries")
    @Operation(summary = "The council's enquiries to other councils and the trades they became")
    List<Trade> enquiries() {
        return marketplace.ourTrades();
    }

    @Post("/enquiries")
    @Operation(summary = "Enquire about another council's live listing")
    @ApiResponse(responseCode = "201", description = "Enquiry made")
    @ApiResponse(responseCode = "404", description = "No such live listing")
    @ApiResponse(responseCode = "422", description = "message, own-listing")
    HttpResponse<Trade> enquire(@Valid @Body NewEnquiry enquiry, HttpRequest<?> http) {
        if (enquiry.listingId() == null) {
            throw new MarketplaceRefused("listing", "Say which listing you ask about.");
        }
        return HttpResponse.created(marketplace.enquire(ApiCaller.of(http), enquiry.listingId(), enquiry.message()));
    }

    @Get("/enquiries/{id}")
    @Operation(summary = "One of the council's enquiries")
    @ApiResponse(responseCode = "404", description = "No such enquiry, or another council's")
    Trade enquiry(@PathVariable long id) {
        return marketplace.ourTrade(id);
    }

    @Post("/enquiries/{id}/trade")
    @Operation(summary = "Record the trade agreed on an open enquiry (value in pence, terms, the day agreed)")
    @ApiResponse(responseCode = "404", description = "No such enquiry, or another council's")
    @ApiResponse(responseCode = "409", description = "decided: the outcome is already recorded")
    @ApiResponse(responseCode = "422", description = "agreed-on, value, terms")
    Trade trade(@PathVariable long id, @Valid @Body NewTrade trade, HttpRequest<?> http) {
        return marketplace.recordTrade(ApiCaller.of(http), id, trade.agreedOn(), trade.valuePence(), trade.terms());
    }

    @Post("/enquiries/{id}/no-trade")
    @Operation(summary = "Close an open enquiry without a trade (an optional note)")
    @ApiResponse(responseCode = "404", description = "No such enquiry, or another council's")
    @ApiResponse(responseCode = "409", description = "decided: the outcome is already recorded")
    Trade noTrade(@PathVariable long id, @Valid @Body NoTrade outcome, HttpRequest<?> http) {
        return marketplace.recordNoTrade(ApiCaller.of(http), id, outcome.note());
    }

    @Get("/received")
    @Operation(summary = "Enquiries and trades on the council's own listings, with the buying council")
    List<Trade> received(HttpRequest<?> http) {
        return marketplace.enquiriesReceived(ApiCaller.of(http));
    }

    @Serdeable
    record NewListing(
            @Nullable @FreeText(max = Marketplace.TITLE_MAX) String title,
            @Nullable @FreeText(max = Marketplace.TEXT_MAX, multiline = true) String description,
            @Nullable ServiceCategory category,
            @Nullable @FreeText(max = Marketplace.TITLE_MAX) String priceBasis,
            @Nullable @FreeText(max = Marketplace.TITLE_MAX) String area,
            @Nullable @FreeText(max = Text.EMAIL) String contactEmail) {

        ListingDetails details() {
            return new ListingDetails(title, description, category, priceBasis, area, contactEmail);
        }
    }

    @Serdeable
    record NewEnquiry(
            @Nullable Long listingId,
            @Nullable @FreeText(max = Marketplace.TEXT_MAX, multiline = true) String message) {}

    @Serdeable
    record NewTrade(
            @Nullable @PlausibleDate LocalDate agreedOn,
            @Nullable Long valuePence,
            @Nullable @FreeText(max = Marketplace.TEXT_MAX, multiline = true) String terms) {}

    @Serdeable
    record NoTrade(@Nullable @FreeText(max = Marketplace.TEXT_MAX, multiline = true) String note) {}
}
