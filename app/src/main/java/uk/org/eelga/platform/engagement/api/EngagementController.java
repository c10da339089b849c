package uk.org.eelga.platform.engagement.api;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import uk.org.eelga.platform.engagement.AttendanceEntry;
import uk.org.eelga.platform.engagement.AttendanceLine;
import uk.org.eelga.platform.engagement.AttendanceRegister;
import uk.org.eelga.platform.engagement.CouncilEngagementRow;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.EngagementSummaries;
import uk.org.eelga.platform.engagement.EngagementSummary;
import uk.org.eelga.platform.engagement.Fraction;
import uk.org.eelga.platform.engagement.GroupInfo;
import uk.org.eelga.platform.engagement.MeetingCorrection;
import uk.org.eelga.platform.engagement.MeetingInfo;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.platform.engagement.RegionalEngagement;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

/** Groups, meetings and attendance (staff), and the regional engagement figures. */
@Controller("/api/v1/engagement")
@ForAssociationStaff
@Tag(name = "Engagement")
class EngagementController {

    private final MeetingPlanner planner;
    private final AttendanceRegister attendance;
    private final EngagementSummaries summaries;
    private final RegionalEngagement regional;
    private final Clock clock;

    EngagementController(
            MeetingPlanner planner,
            AttendanceRegister attendance,
            EngagementSummaries summaries,
            RegionalEngagement regional,
            Clock clock) {
        this.planner = planner;
        this.attendance = attendance;
        this.summaries = summaries;
        this.regional = regional;
        this.clock = clock;
    }

    @Get("/groups")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The association's groups and who each expects")
    List<GroupInfo> groups() {
        return planner.groups();
    }

    @Get("/meetings{?period}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Group meetings and events in a period (\"2017-18\" or \"2017-18 Q3\"; default this year)")
    List<MeetingInfo> meetings(@Nullable @QueryValue String period) {
        return planner.meetings(Periods.parse(period, clock));
    }

    @Post("/meetings")
    @Operation(summary = "Plan a group meeting (groupId) or an event (eventType); times are UK local time")
    HttpResponse<MeetingInfo> plan(@Valid @Body NewMeeting meeting, HttpRequest<?> request) {
        return HttpResponse.created(planner.plan(ApiCaller.of(request), meeting));
    }

    @Put("/meetings/{id}")
    @Operation(
            summary = "Correct a meeting or event: title, place, online, agenda link, capacity, and its time while no"
                    + " attendance is recorded; what it is, its group and its event type stay as planned")
    MeetingInfo correct(@PathVariable long id, @Valid @Body MeetingCorrection correction, HttpRequest<?> request) {
        return planner.correct(ApiCaller.of(request), id, correction);
    }

    @Post("/meetings/{id}/cancel")
    @Operation(summary = "Cancel a meeting or event, with a reason")
    MeetingInfo cancel(@PathVariable long id, @Valid @Body CancelRequest body, HttpRequest<?> request) {
        return planner.cancel(ApiCaller.of(request), id, body.reason());
    }

    @Get("/meetings/{id}/attendance")
    @Operation(summary = "The attendance list of a meeting or event, with its figure (attended of expected)")
    AttendanceList attendance(@PathVariable long id, HttpRequest<?> request) {
        List<AttendanceLine> lines = attendance.list(ApiCaller.of(request), id);
        long attended = lines.stream()
                .filter(l -> l.status() != null && l.status().attended())
                .count();
        return new AttendanceList(lines, new Fraction(attended, lines.size()));
    }

    @Put("/meetings/{id}/attendance")
    @Operation(summary = "Record or correct lines of the attendance list (present, apologies, absent, substitute)")
    AttendanceList record(
            @PathVariable long id,
            @Valid @Body @Size(max = AttendanceEntry.MAX_LINES) List<@Valid AttendanceEntry> entries,
            HttpRequest<?> request) {
        attendance.record(ApiCaller.of(request), id, entries);
        return attendance(id, request);
    }

    @Get("/councils/{council}/summary{?period}")
    @Operation(summary = "Any council's engagement summary (association staff)")
    EngagementSummary summary(
            @PathVariable String council, @Nullable @QueryValue String period, HttpRequest<?> request) {
        TenantId id = TenantId.given(council, () -> EngagementRefused.notFound("council"));
        return summaries.of(ApiCaller.of(request), id, Periods.parse(period, clock));
    }

    @Get("/regional{?period}")
    @Operation(summary = "Every member council's engagement in a period (association staff)")
    List<CouncilEngagementRow> regional(@Nullable @QueryValue String period, HttpRequest<?> request) {
        return regional.table(ApiCaller.of(request), Periods.parse(period, clock));
    }

    @Get(value = "/regional.csv{?period}", produces = "text/csv")
    @Operation(summary = "The regional engagement table as CSV")
    HttpResponse<byte[]> regionalCsv(@Nullable @QueryValue String period, HttpRequest<?> request) {
        ReportingPeriod p = Periods.parse(period, clock);
        return HttpResponse.ok(regional.csv(regional.table(ApiCaller.of(request), p)))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"engagement-" + p.label().replace(' ', '-') + ".csv\"");
    }

    @Serdeable
    record CancelRequest(@FreeText(max = Text.REASON, multiline = true) String reason) {}

    @Serdeable
    record AttendanceList(List<AttendanceLine> lines, Fraction figure) {}
}
