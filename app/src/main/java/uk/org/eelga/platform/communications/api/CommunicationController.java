package uk.org.eelga.platform.communications.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import uk.org.eelga.platform.communications.Communication;
import uk.org.eelga.platform.communications.CommunicationRefused;
import uk.org.eelga.platform.communications.Communications;
import uk.org.eelga.platform.communications.Subscriptions;
import uk.org.eelga.platform.communications.Topic;
import uk.org.eelga.platform.communications.TopicChoice;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForCouncilPeople;

@Controller("/api/v1/communications")
@ForCouncilPeople
@Tag(name = "Member communications")
class CommunicationController {

    private final Communications communications;
    private final Subscriptions subscriptions;

    CommunicationController(Communications communications, Subscriptions subscriptions) {
        this.communications = communications;
        this.subscriptions = subscriptions;
    }

    @Get
    @Operation(summary = "The published archive: e-bulletins, case studies, Chairman's briefs, bulletins, briefings")
    List<Communication> archive(HttpRequest<?> http) {
        return communications.archive(ApiCaller.of(http));
    }

    @Get("/{id}")
    @Operation(summary = "One published communication")
    @ApiResponse(responseCode = "404", description = "No such communication, or an internal one")
    Communication one(@PathVariable long id, HttpRequest<?> http) {
        return communications.published(ApiCaller.of(http), id);
    }

    @Post("/{id}/read")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Opened by the caller: counts once towards their council's reads (what the portal page does)")
    @ApiResponse(responseCode = "404", description = "No such communication, or not one sent to the caller's council")
    void read(@PathVariable long id, HttpRequest<?> http) {
        communications.open(ApiCaller.of(http), id);
    }

    @Get("/subscriptions")
    @Operation(summary = "The topics the caller receives by email (every topic until they turn it off)")
    List<TopicChoice> subscriptions(HttpRequest<?> http) {
        return subscriptions.of(ApiCaller.of(http));
    }

    @Put("/subscriptions")
    @Operation(summary = "Choose the topics received by email: those listed on, every other topic off")
    @ApiResponse(responseCode = "422", description = "topics")
    List<TopicChoice> choose(@Body Choice body, HttpRequest<?> http) {
        if (body.topics() != null && body.topics().stream().anyMatch(java.util.Objects::isNull)) {
            throw new CommunicationRefused("topics", "Name each topic, like HOUSING.");
        }
        return subscriptions.choose(ApiCaller.of(http), body.topics() == null ? null : Set.copyOf(body.topics()));
    }

    @Serdeable
    record Choice(@Nullable @Size(max = 20) List<Topic> topics) {}
}
