package uk.org.eelga.platform.engagement.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import uk.org.eelga.platform.engagement.EngagementRecords;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.EngagementSummaries;
import uk.org.eelga.platform.engagement.EngagementSummary;
import uk.org.eelga.platform.engagement.EventRegistrations;
import uk.org.eelga.platform.engagement.MeetingInfo;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.Registration;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForCouncilPeople;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

/** What a council's own people do here: see upcoming events, register delegates, read their summary. */
@Controller("/api/v1/council")
@ForCouncilPeople
@Tag(name = "Engagement")
class CouncilEngagementController {

    private final EventRegistrations registrations;
    private final EngagementSummaries summaries;
    private final EngagementRecords records;
    private final MeetingPlanner planner;
    private final Clock clock;

    CouncilEngagementController(
            EventRegistrations registrations,
            EngagementSummaries summaries,
            EngagementRecords records,
            MeetingPlanner planner,
            Clock clock) {
        this.registrations = registrations;
        this.summaries = summaries;
        this.records = records;
        this.planner = planner;
        this.clock = clock;
    }

    @Get("/engagement{?period}")
    @Operation(summary = "The caller's own council's engagement summary, with regional medians")
    EngagementSummary summary(@Nullable @QueryValue String period, HttpRequest<?> request) {
        Caller caller = councilCaller(request);
        return summaries.of(caller, caller.council(), Periods.parse(period, clock));
    }

    @Get("/engagement/records{?period}")
    @Operation(
            summary = "The records behind the summary: each meeting that expected the council's seats with the seats"
                    + " attended, and each event its people attended")
    EngagementRecords.Behind records(@Nullable @QueryValue String period, HttpRequest<?> request) {
        Caller caller = councilCaller(request);
        return records.of(caller, caller.council(), Periods.parse(period, clock));
    }

    @Get("/events")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Upcoming events open for registration")
    List<MeetingInfo> upcoming() {
        return planner.upcomingEvents(clock.instant());
    }

    @Get("/event-registrations")
    @Operation(summary = "The delegates the caller's council has registered")
    List<Registration> mine(HttpRequest<?> request) {
        councilCaller(request);
        return registrations.mine();
    }

    @Post("/event-registrations")
    @Operation(summary = "Register a delegate of the caller's council for an event")
    HttpResponse<Registration> register(@Valid @Body RegistrationRequest body, HttpRequest<?> request) {
        Caller caller = councilCaller(request);
        return HttpResponse.created(
                registrations.register(body.eventId(), body.delegateName(), body.delegateEmail(), caller.email()));
    }

    @Delete("/event-registrations/{id}")
    @Operation(summary = "Withdraw one of the caller's council's registrations before the event")
    HttpResponse<Void> withdraw(@PathVariable long id, HttpRequest<?> request) {
        councilCaller(request);
        registrations.withdraw(id);
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    private static Caller councilCaller(HttpRequest<?> request) {
        Caller caller = ApiCaller.of(request);
        caller.councilOrRefuse(() -> new EngagementRefused(
                EngagementRefused.Kind.FORBIDDEN, "council-only", "Only a council's own people can do this"));
        return caller;
    }

    @Serdeable
    record RegistrationRequest(
            long eventId,
            @FreeText(max = Text.NAME) String delegateName,
            @FreeText(max = Text.EMAIL) String delegateEmail) {}
}
