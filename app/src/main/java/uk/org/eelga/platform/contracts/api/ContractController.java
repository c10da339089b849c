package uk.org.eelga.platform.contracts.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.contracts.Contract;
import uk.org.eelga.platform.contracts.ContractCategory;
import uk.org.eelga.platform.contracts.ContractDetails;
import uk.org.eelga.platform.contracts.ContractRegister;
import uk.org.eelga.platform.contracts.Participation;
import uk.org.eelga.platform.contracts.RegisterEntry;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForCouncilPeople;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

@Controller("/api/v1/contracts")
@ForCouncilPeople
@Tag(name = "Contract database")
class ContractController {

    private final ContractRegister register;

    ContractController(ContractRegister register) {
        this.register = register;
    }

    @Get
    @Operation(summary = "The caller's council's contracts, soonest ending first")
    List<Contract> ours() {
        return register.ourContracts();
    }

    @Post
    @Operation(summary = "Register a contract (value in pence); inRegister, shareValue (default false), shareContact")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "422", description = "title, supplier, category, value, start-on, end-on, contact-...")
    HttpResponse<Contract> create(@Valid @Body NewContract contract, HttpRequest<?> http) {
        return HttpResponse.created(register.register(ApiCaller.of(http), contract.details()));
    }

    @Get("/{id}")
    @Operation(summary = "One of the council's contracts")
    @ApiResponse(responseCode = "404", description = "No such contract, or another council's")
    Contract one(@PathVariable long id) {
        return register.ours(id);
    }

    @Put("/{id}")
    @Operation(summary = "Change one of the council's contracts (all fields, as when registering)")
    @ApiResponse(responseCode = "404", description = "No such contract, or another council's")
    Contract change(@PathVariable long id, @Valid @Body NewContract contract, HttpRequest<?> http) {
        return register.change(ApiCaller.of(http), id, contract.details());
    }

    @Get("/ending")
    @Operation(summary = "Reminders: the council's contracts ending in the next 180 days (or ended in the last 30)")
    List<Contract> ending() {
        return register.endingSoon();
    }

    @Post("/register-confirmations")
    @Operation(summary = "Confirm the council's register is up to date (counts towards participation)")
    @ApiResponse(responseCode = "201", description = "Confirmed")
    HttpResponse<Participation> confirm(HttpRequest<?> http) {
        register.confirmUpToDate(ApiCaller.of(http));
        return HttpResponse.created(register.ourParticipation(ApiCaller.of(http)));
    }

    @Get("/regional{?category,q}")
    @Operation(
            summary =
                    "The regional register: councils' shared contracts not yet ended; value and contact only where shared")
    @ApiResponse(responseCode = "422", description = "q")
    List<RegisterEntry> regional(
            @Nullable @QueryValue ContractCategory category, @Nullable @QueryValue String q, HttpRequest<?> http) {
        return register.search(ApiCaller.of(http), category, q);
    }

    @Serdeable
    record NewContract(
            @Nullable @FreeText(max = ContractRegister.TITLE_MAX) String title,
            @Nullable @FreeText(max = ContractRegister.TITLE_MAX) String supplier,
            @Nullable ContractCategory category,
            @Nullable Long valuePence,
            @Nullable @PlausibleDate LocalDate startOn,
            @Nullable @PlausibleDate LocalDate endOn,
            @Nullable @FreeText(max = ContractRegister.EXTENSION_MAX) String extensionOptions,
            @Nullable @FreeText(max = ContractRegister.TITLE_MAX) String contactName,
            @Nullable @FreeText(max = Text.EMAIL) String contactEmail,
            @Nullable Boolean inRegister,
            @Nullable Boolean shareValue,
            @Nullable Boolean shareContact) {

        ContractDetails details() {
            return new ContractDetails(
                    title,
                    supplier,
                    category,
                    valuePence,
                    startOn,
                    endOn,
                    extensionOptions,
                    contactName,
                    contactEmail,
                    inRegister,
                    shareValue,
                    shareContact);
        }
    }
}
