package uk.org.eelga.platform.communications.api;

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
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.communications.Audience;
import uk.org.eelga.platform.communications.BriefedMeeting;
import uk.org.eelga.platform.communications.Communication;
import uk.org.eelga.platform.communications.CommunicationDetails;
import uk.org.eelga.platform.communications.CommunicationDraft;
import uk.org.eelga.platform.communications.CommunicationKind;
import uk.org.eelga.platform.communications.CommunicationRefused;
import uk.org.eelga.platform.communications.CommunicationSending;
import uk.org.eelga.platform.communications.Communications;
import uk.org.eelga.platform.communications.CouncilReads;
import uk.org.eelga.platform.communications.SendState;
import uk.org.eelga.platform.communications.Topic;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.api.ApiArguments;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForAssociationStaff;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

@Controller("/api/v1/staff/communications")
@ForAssociationStaff
@Tag(name = "Member communications (association staff)")
class CommunicationStaffController {

    private final Communications communications;
    private final CommunicationSending sending;

    CommunicationStaffController(Communications communications, CommunicationSending sending) {
        this.communications = communications;
        this.sending = sending;
    }

    @Post("/drafts")
    @Operation(
            summary = "Write a communication to send through the platform (kind, topic, title, text, link, audience,"
                    + " councils for NAMED_COUNCILS); nothing is sent yet")
    @ApiResponse(responseCode = "201", description = "Written")
    @ApiResponse(responseCode = "422", description = "kind, audience, title, text, link, councils")
    HttpResponse<Communication> draft(@Valid @Body NewDraft body, HttpRequest<?> http) {
        return HttpResponse.created(sending.draft(ApiCaller.of(http), body.draft()));
    }

    @Post("/{id}/send")
    @Operation(
            summary = "Send a draft: emailed off the request to the subscribed people of the councils it is for."
                    + " Idempotent: asked again, nothing more is sent (queuedNow false)")
    @ApiResponse(responseCode = "202", description = "Queued now, or already sent")
    @ApiResponse(responseCode = "404", description = "No such communication")
    @ApiResponse(responseCode = "422", description = "not-for-sending (recorded by hand), audience (no active council)")
    HttpResponse<SendState> send(@PathVariable long id, HttpRequest<?> http) {
        return HttpResponse.accepted().body(sending.send(ApiCaller.of(http), id));
    }

    @Get("/{id}/councils")
    @Operation(summary = "Each council a communication was sent to: people emailed, people who opened it in the portal")
    List<CouncilReads> reads(@PathVariable long id, HttpRequest<?> http) {
        return sending.reads(ApiCaller.of(http), id);
    }

    @Get("{?period}")
    @Operation(summary = "Everything recorded in a financial year or quarter (default this year), newest first")
    @ApiResponse(responseCode = "422", description = "period")
    List<Communication> recorded(@Nullable @QueryValue String period, HttpRequest<?> http) {
        return communications.recorded(ApiCaller.of(http), period(period));
    }

    @Post
    @Operation(
            summary = "Record what was sent or published; a briefing names its LGA Executive meeting or group meeting")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(
            responseCode = "422",
            description = "kind, title, summary, link, published-on, recipients, lga-executive-meeting, meeting")
    HttpResponse<Communication> record(@Valid @Body NewCommunication body, HttpRequest<?> http) {
        return HttpResponse.created(communications.record(ApiCaller.of(http), body.details()));
    }

    @Get("/lga-executive-meetings{?period}")
    @Operation(summary = "The LGA Executive's meetings in the period, each with its briefing (if any)")
    List<BriefedMeeting> executiveMeetings(@Nullable @QueryValue String period, HttpRequest<?> http) {
        return communications.executiveMeetings(ApiCaller.of(http), period(period));
    }

    @Post("/lga-executive-meetings")
    @Operation(summary = "Record a meeting of the LGA Executive (its day, an optional note)")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "409", description = "exists: that day is already recorded")
    @ApiResponse(responseCode = "422", description = "meets-on, note")
    HttpResponse<BriefedMeeting> addExecutiveMeeting(@Valid @Body NewExecutiveMeeting body, HttpRequest<?> http) {
        return HttpResponse.created(
                communications.addExecutiveMeeting(ApiCaller.of(http), body.meetsOn(), body.note()));
    }

    @Get("/group-meetings")
    @Operation(summary = "Meetings of the association's groups (a year back to three months ahead) and their briefings")
    List<BriefedMeeting> groupMeetings(HttpRequest<?> http) {
        return communications.groupMeetings(ApiCaller.of(http));
    }

    private ReportingPeriod period(String period) {
        return ApiArguments.period(
                period,
                ReportingPeriod.containing(communications.today()).wholeYear(),
                e -> new CommunicationRefused("period", "Write the period like 2017-18 or 2017-18 Q1."));
    }

    @Serdeable
    record NewCommunication(
            @Nullable CommunicationKind kind,
            @Nullable Topic topic,
            @Nullable @FreeText(max = Communications.TITLE_MAX) String title,
            @Nullable @FreeText(max = Communications.SUMMARY_MAX, multiline = true) String summary,
            @Nullable @FreeText(max = Text.URL) String link,
            @Nullable @PlausibleDate LocalDate publishedOn,
            @Nullable Integer recipients,
            @Nullable Long lgaExecutiveMeetingId,
            @Nullable Long meetingId) {

        CommunicationDetails details() {
            return new CommunicationDetails(
                    kind, topic, title, summary, link, publishedOn, recipients, lgaExecutiveMeetingId, meetingId);
        }
    }

    @Serdeable
    record NewDraft(
            @Nullable CommunicationKind kind,
            @Nullable Topic topic,
            @Nullable @FreeText(max = Communications.TITLE_MAX) String title,
            @Nullable @FreeText(max = Communications.SUMMARY_MAX, multiline = true) String text,
            @Nullable @FreeText(max = Text.URL) String link,
            @Nullable Audience audience,
            @Nullable @Size(max = CommunicationSending.COUNCILS_MAX_API) List<@Size(max = 64) String> councils) {

        CommunicationDraft draft() {
            return new CommunicationDraft(kind, topic, title, text, link, audience, councils);
        }
    }

    @Serdeable
    record NewExecutiveMeeting(
            @Nullable @PlausibleDate LocalDate meetsOn,
            @Nullable @FreeText(max = Communications.NOTE_MAX) String note) {}
}
