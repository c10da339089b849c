package uk.org.eelga.platform.contracts.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.org.eelga.platform.contracts.CollaborationChance;
import uk.org.eelga.platform.contracts.ContractRegister;
import uk.org.eelga.platform.contracts.Participation;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;

@Controller("/api/v1/staff/contracts")
@ForAssociationStaff
@Tag(name = "Contract database (association staff)")
class ContractStaffController {

    private final ContractRegister register;

    ContractStaffController(ContractRegister register) {
        this.register = register;
    }

    @Get("/participation")
    @Operation(
            summary =
                    "Every member council's register: contracts, last update, up to date (changed or confirmed in a year)")
    List<Participation> participation(HttpRequest<?> http) {
        return register.participation(ApiCaller.of(http));
    }

    @Get("/collaboration")
    @Operation(
            summary =
                    "Collaboration chances: at least three councils with contracts in one category ending within a year")
    List<CollaborationChance> collaboration(HttpRequest<?> http) {
        return register.collaborationChances(ApiCaller.of(http));
    }
}
