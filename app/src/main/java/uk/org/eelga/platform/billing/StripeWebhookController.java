package uk.org.eelga.platform.billing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.org.eelga.platform.api.ApiProblem;

/** Stripe calls this; there is no bearer token, the Stripe signature is the authentication. */
@Controller("/api/v1/stripe/webhook")
@Tag(name = "Billing")
@Secured(SecurityRule.IS_ANONYMOUS)
class StripeWebhookController {

    @Serdeable
    record Received(String outcome) {}

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Stripe's webhook events (invoice.finalized, .paid, .payment_failed, .voided); signed")
    @ApiResponse(
            responseCode = "400",
            description = "The Stripe-Signature header does not verify, its timestamp is outside the tolerance, or"
                    + " the signed body is not a Stripe event")
    HttpResponse<?> receive(
            @Body String payload, @Header("Stripe-Signature") @io.micronaut.core.annotation.Nullable String signature) {
        try {
            return HttpResponse.ok(
                    new Received(webhooks.receive(payload, signature).name()));
        } catch (InvalidWebhook e) {
            return HttpResponse.badRequest(new ApiProblem(e.code(), e.getMessage()));
        }
    }
}
