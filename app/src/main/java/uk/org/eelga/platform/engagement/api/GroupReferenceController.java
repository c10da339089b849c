package uk.org.eelga.platform.engagement.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.org.eelga.platform.engagement.GroupReference;
import uk.org.eelga.platform.engagement.GroupReference.GroupDetail;
import uk.org.eelga.platform.engagement.GroupReference.GroupDetails;
import uk.org.eelga.platform.engagement.GroupReference.Membership;
import uk.org.eelga.platform.engagement.GroupReference.MembershipEnd;
import uk.org.eelga.platform.engagement.GroupReference.NewGroup;
import uk.org.eelga.platform.engagement.GroupReference.NewMembership;
import uk.org.eelga.platform.engagement.GroupReference.NewSeatException;
import uk.org.eelga.platform.engagement.GroupReference.RoleSeats;
import uk.org.eelga.platform.engagement.GroupReference.SeatException;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;

/**
 * Who the association's groups expect (issue 14 point 1): groups, the roles each council sends, named members
 * with their dates, and per-meeting seat exceptions. Everyone signed in reads a group (public governance); only
 * association staff change it, and every change is audited.
 */
@Controller("/api/v1/engagement")
@ForAssociationStaff
@Tag(name = "Engagement")
class GroupReferenceController {

    private final GroupReference groups;

    GroupReferenceController(GroupReference groups) {
        this.groups = groups;
    }

    @Get("/groups/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A group with the roles it expects from each council and its named members with dates")
    GroupDetail group(@PathVariable long id) {
        return groups.detail(id);
    }

    @Post("/groups")
    @Operation(summary = "Add a group: code, name, audience and the roles each expected council sends (staff)")
    HttpResponse<GroupDetail> create(@Valid @Body NewGroup group, HttpRequest<?> request) {
        return HttpResponse.created(groups.createGroup(ApiCaller.of(request), group));
    }

    @Put("/groups/{id}")
    @Operation(
            summary = "Correct a group's name, description and meetings a year; its code and audience stay, as"
                    + " framework measures find the group by its code (staff)")
    GroupDetail correct(@PathVariable long id, @Valid @Body GroupDetails body, HttpRequest<?> request) {
        return groups.correctGroup(ApiCaller.of(request), id, body);
    }

    @Put("/groups/{id}/roles")
    @Operation(summary = "Set the roles each expected council sends, e.g. LEADER and CHIEF_EXECUTIVE (staff)")
    GroupDetail roles(@PathVariable long id, @Valid @Body RolesBody body, HttpRequest<?> request) {
        return groups.setRoles(ApiCaller.of(request), id, body.roles());
    }

    @Post("/groups/{id}/memberships")
    @Operation(summary = "A council joins a group of named councils from a date, to a date or open (staff)")
    HttpResponse<Membership> join(@PathVariable long id, @Valid @Body NewMembership body, HttpRequest<?> request) {
        return HttpResponse.created(groups.addMembership(ApiCaller.of(request), id, body));
    }

    @Post("/memberships/{id}/end")
    @Operation(summary = "End a council's membership of a group on a date (staff)")
    Membership end(@PathVariable long id, @Valid @Body MembershipEnd body, HttpRequest<?> request) {
        return groups.endMembership(ApiCaller.of(request), id, body);
    }

    @Get("/meetings/{id}/seat-exceptions")
    @Operation(summary = "Seats not expected at a meeting, and the seats expected after them (staff)")
    SeatExceptions exceptions(@PathVariable long id) {
        return new SeatExceptions(groups.seatExceptions(id), groups.expectedSeats(id));
    }

    @Post("/meetings/{id}/seat-exceptions")
    @Operation(summary = "A seat not expected at a meeting: a vacancy, no chief executive that year (staff)")
    HttpResponse<SeatException> except(
            @PathVariable long id, @Valid @Body NewSeatException body, HttpRequest<?> request) {
        return HttpResponse.created(groups.addSeatException(ApiCaller.of(request), id, body));
    }

    @Delete("/meetings/{id}/seat-exceptions/{exceptionId}")
    @Operation(summary = "The seat is expected again, as when it was marked not expected by mistake (staff)")
    SeatException expectAgain(@PathVariable long id, @PathVariable long exceptionId, HttpRequest<?> request) {
        return groups.removeSeatException(ApiCaller.of(request), id, exceptionId);
    }

    @Serdeable
    record RolesBody(@NotNull @Size(min = 1, max = GroupReference.MAX_ROLES) List<@Valid RoleSeats> roles) {}

    @Serdeable
    record SeatExceptions(List<SeatException> exceptions, long expectedSeats) {}
}
