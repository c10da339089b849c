package uk.org.eelga.platform.ops;

import static net.logstash.logback.argument.StructuredArguments.kv;

import com.vaadin.flow.server.WrappedHttpSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.Callers;

/**
 * Around every request, outermost: gives it a request id (the proxy's {@code X-Request-Id} when it is a plain token,
 * otherwise a new one; echoed in the answer), puts the id, the council and the user's id (Keycloak's subject, never a
 * name or an address) in the logging context of the request's thread, times it by route into
 * {@code http_server_requests_seconds}, counts it for its council, and writes one access-log line (logger
 * {@code eelga.access}) when it ends: method, route, path without its query, status, milliseconds.
 */
@Singleton
@WebFilter(value = "/*", asyncSupported = true)
class RequestObservation implements Filter, Ordered {

    static final String REQUEST_ID = "request_id";
    static final String COUNCIL = "council";
    static final String USER = "user";
    static final String HEADER = "X-Request-Id";
    /** What a proxy's request id may be: nginx's $request_id, a UUID, a trace id. Anything else is replaced. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    /** The API caller the bearer check admitted ({@code api.ApiCaller.ATTRIBUTE}). */
    private static final String API_CALLER = "eelga.apiCaller";

    private static final Logger ACCESS = LoggerFactory.getLogger("eelga.access");

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final PlatformMeters meters;
    private final Routes routes = new Routes();

    RequestObservation(MeterRegistry registry, PlatformMeters meters) {
        this.registry = registry;
        this.meters = meters;
    }

    /**
     * A request id: random, in the form of a UUID, from a fast generator (it names a request in the logs and is no
     * secret; the JVM's secure random was a hot spot of every request).
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** Before every other filter, so that their log lines carry the request id and their time is counted. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        String given = request.getHeader(HEADER);
        String id = given != null && PLAIN_ID.matcher(given).matches() ? given : newRequestId();
        response.setHeader(HEADER, id);
        MDC.put(REQUEST_ID, id);
        signedIn(request).ifPresent(RequestObservation::identify);
        long start = System.nanoTime();
        int status = 500;
        boolean async = false;
        try {
            chain.doFilter(req, res);
            status = response.getStatus();
            if (request.isAsyncStarted()) {
                // the API answers asynchronously: status and time are known only when the answer completes
                async = listenForAnswer(request, response, id, start);
            }
        } finally {
            try {
                if (!async) {
                    finished(request, status, System.nanoTime() - start);
                }
            } finally {
                MDC.remove(REQUEST_ID);
                MDC.remove(COUNCIL);
                MDC.remove(USER);
            }
        }
    }

    private boolean listenForAnswer(HttpServletRequest request, HttpServletResponse response, String id, long start) {
        try {
            request.getAsyncContext().addListener(new WhenAnswered(request, response, id, start));
            return true;
        } catch (IllegalStateException alreadyCompleted) {
            return false;
        }
    }

    /** Writes the line of an asynchronous answer when it completes, on whichever thread completes it. */
    private final class WhenAnswered implements AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final String id;
        private final long start;

        WhenAnswered(HttpServletRequest request, HttpServletResponse response, String id, long start) {
            this.request = request;
            this.response = response;
            this.id = id;
            this.start = start;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            Map<String, String> before = MDC.getCopyOfContextMap();
            MDC.put(REQUEST_ID, id);
            try {
                finished(request, response.getStatus(), System.nanoTime() - start);
            } finally {
                if (before == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(before);
                }
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows once the container has answered
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows once the container has answered
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }

    private void finished(HttpServletRequest request, int status, long nanos) {
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        String route = routes.of(path, vaadinRequest(request.getQueryString()), status);
        String method = method(request.getMethod());
        // one timer per method, route and status, kept: building and registering one per request was a tenth of an
        // API call's own time (routes are templates, so the keys are few)
        timers.computeIfAbsent(method + ' ' + route + ' ' + status, key -> Timer.builder("http.server.requests")
                        .description("HTTP requests by route, method and status")
                        .tag("method", method)
                        .tag("route", route)
                        .tag("status", String.valueOf(status))
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofSeconds(30))
                        .register(registry))
                .record(Duration.ofNanos(nanos));
        Optional<Caller> user = signedIn(request);
        user.ifPresent(RequestObservation::identify);
        user.map(Caller::council).ifPresent(council -> meters.councilRequest(council.value()));
        if (path.equals("/auth/callback")) {
            meters.signIn(signInOutcome(request, status, user.isPresent()));
        }
        if (ACCESS.isInfoEnabled()) {
            ACCESS.info(
                    "{} {} {} {} {}",
                    kv("method", method(request.getMethod())),
                    kv("path", path),
                    kv("route", route),
                    kv("status", status),
                    kv("duration_ms", Duration.ofNanos(nanos).toMillis()));
        }
    }

    /** Vaadin's request type ({@code v-r=uidl}, {@code heartbeat}...), from the query string only. */
    static String vaadinRequest(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                return pair.substring(4);
            }
        }
        return null;
    }

    private static String signInOutcome(HttpServletRequest request, int status, boolean signedIn) {
        if (signedIn) {
            return "admitted";
        }
        if (status == 503) {
            return "unavailable";
        }
        return status == 302 ? "refused" : "failed";
    }

    private static void identify(Caller user) {
        MDC.put(USER, user.subject());
        if (user.council() != null) {
            MDC.put(COUNCIL, user.council().value());
        }
    }

    /** The person of this request: the API caller the bearer check admitted, or the page session's. */
    private static Optional<Caller> signedIn(HttpServletRequest request) {
        if (request.getAttribute(API_CALLER) instanceof Caller caller) {
            return Optional.of(caller);
        }
        HttpSession session;
        try {
            session = request.getSession(false);
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Callers.from(new WrappedHttpSession(session));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private static String method(String method) {
        return switch (method == null ? "" : method) {
            case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" -> method;
            default -> "OTHER";
        };
    }
}
