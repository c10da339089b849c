package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.org.eelga.platform.talentbank.TalentBankReference.AssociateDraft;
import uk.org.eelga.platform.talentbank.TalentBankReference.AssociateRow;
import uk.org.eelga.platform.talentbank.TalentBankReference.RateDraft;
import uk.org.eelga.platform.talentbank.TalentBankReference.ServiceDraft;
import uk.org.eelga.platform.talentbank.TalentBankReference.ServiceRow;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;

/**
 * The Talent Bank's reference data for association staff (issue 14 point 1): the catalogue by area, associates and
 * their dated cost and charge day rates (pence). Every change is audited.
 */
@Controller("/api/v1/staff/talent-bank")
@ForAssociationStaff
@Tag(name = "Talent Bank")
class TalentBankStaffController {

    private final TalentBankReference reference;
    private final PastTalentBankWork pastWork;
    private final TalentBankTargets targets;
    private final TalentBankAreas areas;

    TalentBankStaffController(
            TalentBankReference reference,
            PastTalentBankWork pastWork,
            TalentBankTargets targets,
            TalentBankAreas areas) {
        this.reference = reference;
        this.pastWork = pastWork;
        this.targets = targets;
        this.areas = areas;
    }

    @Get("/targets")
    @Operation(summary = "Gross-profit targets in pence by financial year, for the whole bank (no area) or an area")
    List<TalentBankTargets.Target> targets() {
        return targets.targets();
    }

    @Put("/targets/{year}")
    @Operation(summary = "Set a year's gross-profit target in pence (areaId empty: the whole bank)")
    @ApiResponse(responseCode = "400", description = "invalid-year, invalid-area, invalid-target")
    TalentBankTargets.Target setTarget(
            @PathVariable String year, @Body TalentBankTargets.TargetDraft draft, HttpRequest<?> request) {
        return targets.set(ApiCaller.of(request), year, draft);
    }

    @Delete("/targets/{year}{?areaId}")
    @Operation(summary = "Remove a year's gross-profit target set in error (areaId empty: the whole bank's)")
    @ApiResponse(responseCode = "404", description = "No such target")
    TalentBankTargets.Target removeTarget(
            @PathVariable String year, @Nullable @QueryValue String areaId, HttpRequest<?> request) {
        return targets.remove(ApiCaller.of(request), year, areaId);
    }

    @Post("/councils/{councilId}/past-work")
    @Operation(
            summary = "Enter Talent Bank work delivered before the platform: service, associate, dates, days, invoice"
                    + " reference and source; costed at the associate's dated rates, labelled as entered by staff")
    HttpResponse<PastTalentBankWork.EnteredWork> pastWork(
            @PathVariable String councilId, @Valid @Body PastTalentBankWork.PastWork work, HttpRequest<?> request) {
        return HttpResponse.created(pastWork.enter(ApiCaller.of(request), councilId, work));
    }

    @Get("/past-work{?councilId}")
    @Operation(
            summary = "The work entered from paper for every council, newest first, withdrawn work too (staff);"
                    + " councilId: that council's only")
    List<PastTalentBankWork.EnteredWork> pastWork(@Nullable @QueryValue String councilId, HttpRequest<?> request) {
        return pastWork.entered(ApiCaller.of(request), councilId);
    }

    @Post("/past-work/{requestId}/withdraw")
    @Operation(
            summary = "Withdraw work entered from paper in error, with the reason: still listed as withdrawn, counted"
                    + " by no figure, gone from the council's requests and the pipeline, never invoiced (staff)")
    @ApiResponse(responseCode = "404", description = "No such work entered from paper")
    @ApiResponse(responseCode = "409", description = "already-withdrawn")
    PastTalentBankWork.EnteredWork withdrawPastWork(
            @PathVariable long requestId,
            @Valid @Body PastTalentBankWork.Withdrawal withdrawal,
            HttpRequest<?> request) {
        return pastWork.withdraw(ApiCaller.of(request), requestId, withdrawal);
    }

    @Get("/areas")
    @Operation(summary = "The Talent Bank's areas with the services and associates in each (staff)")
    List<TalentBankAreas.AreaInUse> areas() {
        return areas.areas();
    }

    @Post("/areas")
    @Operation(summary = "Add an area to the Talent Bank by its name; its id is made from the name (staff)")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "409", description = "area-exists")
    HttpResponse<TalentBankAreas.AreaInUse> addArea(@Body TalentBankAreas.AreaDraft draft, HttpRequest<?> request) {
        return HttpResponse.created(areas.add(ApiCaller.of(request), draft));
    }

    @Put("/areas/{id}")
    @Operation(summary = "Rename an area; its id, which services, targets and measures use, is kept (staff)")
    @ApiResponse(responseCode = "404", description = "No such area")
    @ApiResponse(responseCode = "409", description = "area-exists, area-unchanged")
    TalentBankAreas.AreaInUse renameArea(
            @PathVariable String id, @Body TalentBankAreas.AreaDraft draft, HttpRequest<?> request) {
        return areas.rename(ApiCaller.of(request), id, draft);
    }

    @Get("/services")
    @Operation(summary = "The whole catalogue, withdrawn services too; indicative day rates in pence (staff)")
    List<ServiceRow> services() {
        return reference.services();
    }

    @Post("/services")
    @Operation(
            summary = "Add a service to the catalogue: area, name, description, indicative day rate in pence (staff)")
    HttpResponse<ServiceRow> addService(@Valid @Body ServiceDraft draft, HttpRequest<?> request) {
        return HttpResponse.created(reference.addService(ApiCaller.of(request), draft));
    }

    @Put("/services/{id}")
    @Operation(summary = "Change a service, or withdraw it with active false (staff)")
    ServiceRow changeService(@PathVariable long id, @Valid @Body ServiceDraft draft, HttpRequest<?> request) {
        return reference.changeService(ApiCaller.of(request), id, draft);
    }

    @Get("/associates")
    @Operation(summary = "Associates with their current and dated cost and charge day rates in pence (staff)")
    List<AssociateRow> associates() {
        return reference.associates();
    }

    @Post("/associates")
    @Operation(summary = "Add an associate with cost and charge day rates in pence, from a date (staff)")
    HttpResponse<AssociateRow> addAssociate(@Valid @Body AssociateDraft draft, HttpRequest<?> request) {
        return HttpResponse.created(reference.addAssociate(ApiCaller.of(request), draft));
    }

    @Post("/associates/{id}/rates")
    @Operation(summary = "Date new cost and charge day rates for an associate (staff)")
    HttpResponse<AssociateRow> rates(@PathVariable long id, @Valid @Body RateDraft draft, HttpRequest<?> request) {
        return HttpResponse.created(reference.dateRates(ApiCaller.of(request), id, draft));
    }
}
