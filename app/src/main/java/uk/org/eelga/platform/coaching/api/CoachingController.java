package uk.org.eelga.platform.coaching.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.org.eelga.platform.coaching.BookingRequest;
import uk.org.eelga.platform.coaching.BookingStatus;
import uk.org.eelga.platform.coaching.BookingSummary;
import uk.org.eelga.platform.coaching.CoachingBookings;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.SessionSummary;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.api.ForCouncilPeople;

@Controller("/api/v1/coaching")
@ForCouncilPeople
@Tag(name = "Coaching programme")
class CoachingController {

    private final CoachingCatalogue catalogue;
    private final CoachingBookings bookings;

    CoachingController(CoachingCatalogue catalogue, CoachingBookings bookings) {
        this.catalogue = catalogue;
        this.bookings = bookings;
    }

    @Get("/sessions")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Upcoming coaching sessions with places left (capacity minus confirmed places)")
    List<SessionSummary> sessions() {
        return catalogue.upcomingSessions();
    }

    @Post("/bookings")
    @Operation(
            summary = "Book a place for a named delegate of the caller's council",
            description = "When the session is full the booking goes on the waitlist: the answer's status is"
                    + " WAITLISTED and its message says so. A freed place goes to the first in line.")
    @ApiResponse(responseCode = "201", description = "Booked: confirmed or waitlisted")
    @ApiResponse(responseCode = "404", description = "No such session (code not-found)")
    @ApiResponse(responseCode = "409", description = "Refused: session-in-past, already-booked, allowance-used")
    @ApiResponse(responseCode = "422", description = "Bad delegate details: delegate-name, delegate-email")
    HttpResponse<BookingAnswer> book(@Valid @Body BookingRequest request, HttpRequest<?> http) {
        BookingSummary booking = bookings.book(ApiCaller.of(http), request);
        return HttpResponse.created(BookingAnswer.of(booking));
    }

    @Get("/bookings")
    @Operation(summary = "The caller's council's bookings, newest first")
    List<BookingSummary> ourBookings() {
        return bookings.ourBookings();
    }

    @Get("/bookings/{id}")
    @Operation(summary = "One of the caller's council's bookings")
    @ApiResponse(responseCode = "404", description = "No such booking, or another council's")
    BookingSummary ourBooking(@PathVariable long id) {
        return bookings.ourBooking(id);
    }

    @Post("/bookings/{id}/cancel")
    @Operation(summary = "Cancel a booking up to the session's cancellation cut-off")
    @ApiResponse(responseCode = "404", description = "No such booking, or another council's")
    @ApiResponse(responseCode = "409", description = "Refused: after-cutoff, already-cancelled")
    BookingAnswer cancel(@PathVariable long id, HttpRequest<?> http) {
        return BookingAnswer.of(bookings.cancel(ApiCaller.of(http), id));
    }

    /** A booking and a sentence saying where it stands. */
    @Serdeable
    record BookingAnswer(BookingSummary booking, String message) {
        static BookingAnswer of(BookingSummary booking) {
            String message;
            if (booking.status() == BookingStatus.CONFIRMED) {
                message = "Place confirmed for " + booking.delegateName() + ".";
            } else if (booking.status() == BookingStatus.WAITLISTED) {
                message = "The session is full: " + booking.delegateName() + " is on the waitlist, number "
                        + booking.waitlistPosition() + " in line. A freed place is given automatically.";
            } else {
                message = "Booking for " + booking.delegateName() + " cancelled.";
            }
            return new BookingAnswer(booking, message);
        }
    }
}
