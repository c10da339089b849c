import uk.org.eelga.platform.billing.stub.StripeStub;

/**
 * The local Stripe stub as a process of its own, for the production rehearsal (nginx puts TLS in front of it, as
 * Stripe's API is https). Run from the platform's jar:
 * {@code java -cp app/target/eelga-platform.jar infra/rehearse/StripeStubMain.java PORT}.
 */
public final class StripeStubMain {
    public static void main(String[] args) {
        StripeStub stub = StripeStub.start(Integer.parseInt(args[0]));
        System.out.println("Stripe stub on " + stub.baseUrl());
    }
}
