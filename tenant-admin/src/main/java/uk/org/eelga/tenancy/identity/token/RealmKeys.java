package uk.org.eelga.tenancy.identity.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.shared.Lazy;

/**
 * The realm's public signing keys, fetched from its JWKS address and cached. A key id not in the cache makes one
 * fetch, at most one per {@code keysRefreshInterval} however many tokens name unknown keys (so forged key ids cannot
 * make the platform hammer Keycloak). Old keys are refreshed in the background; while Keycloak cannot be reached the
 * cached keys stay in use, so callers with valid tokens keep working through an outage.
 */
@Singleton
public class RealmKeys {

    private static final Logger LOG = LoggerFactory.getLogger(RealmKeys.class);
    private static final int MAX_JWKS_BYTES = 256 * 1024;

    private final URI url;
    private final Clock clock;
    private final Duration refreshInterval;
    private final Duration maxAge;
    // made at the first token check, not at start (it loads the JVM's TLS trust store)
    private final Lazy<HttpClient> http = Lazy.of(
            () -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "realm-keys-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Map<String, JWK> keys = Map.of();
    private volatile Instant fetchedAt;
    private volatile boolean lastFetchFailed;
    private Instant lastAttempt = Instant.MIN;
    private boolean refreshing;

    @Inject
    public RealmKeys(TokenSettings settings, Clock clock) {
        this(settings.jwks(), clock, settings.keysRefreshInterval(), settings.keysMaxAge());
    }

    public RealmKeys(URI url, Clock clock, Duration refreshInterval, Duration maxAge) {
        this.url = url;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
        this.maxAge = maxAge;
    }

    /**
     * The signing key with this id, or empty when the realm (as just fetched, or fetched less than an interval ago)
     * has no such key.
     *
     * @throws TokenCheckUnavailable when the key is not cached and the realm's keys cannot be fetched
     */
    Optional<JWK> find(String keyId) {
        JWK key = keys.get(keyId);
        if (key != null) {
            if (stale()) {
                refreshInBackground();
            }
            return Optional.of(key);
        }
        synchronized (this) {
            key = keys.get(keyId);
            if (key == null && mayFetch()) {
                fetch();
            }
            key = keys.get(keyId);
            if (key == null && lastFetchFailed) {
                throw new TokenCheckUnavailable(
                        "The realm's keys cannot be fetched from " + url + " to check a token with key " + keyId, null);
            }
            return Optional.ofNullable(key);
        }
    }

    /** Whether any key is held (a token can be checked now, whether or not Keycloak answers). */
    public boolean haveKeys() {
        return !keys.isEmpty();
    }

    /** Whether the last attempt to fetch the keys failed (Keycloak unreachable or answering wrongly). */
    public boolean lastFetchFailed() {
        return lastFetchFailed;
    }

    /** Fetches the keys now if none are held; used at start and by the health check. */
    public boolean ensureLoaded() {
        if (keys.isEmpty()) {
            synchronized (this) {
                if (keys.isEmpty() && mayFetch()) {
                    fetch();
                }
            }
        }
        return !keys.isEmpty();
    }

    public URI url() {
        return url;
    }

    private boolean stale() {
        Instant fetched = fetchedAt;
        return fetched == null || clock.instant().isAfter(fetched.plus(maxAge));
    }

    private synchronized void refreshInBackground() {
        if (refreshing || !mayFetch()) {
            return;
        }
        refreshing = true;
        background.execute(() -> {
            try {
                synchronized (this) {
                    fetch();
                }
            } finally {
                synchronized (this) {
                    refreshing = false;
                }
            }
        });
    }

    /** Rate limit: one fetch per interval; marks the attempt. Call holding the lock. */
    private boolean mayFetch() {
        Instant now = clock.instant();
        if (lastAttempt != Instant.MIN && now.isBefore(lastAttempt.plus(refreshInterval))) {
            return false;
        }
        lastAttempt = now;
        return true;
    }

    /** Call holding the lock. A failed fetch keeps the cached keys. */
    private void fetch() {
        try {
            HttpResponse<byte[]> response = http.get()
                    .send(
                            HttpRequest.newBuilder(url)
                                    .timeout(Duration.ofSeconds(3))
                                    .header("Accept", "application/json")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_JWKS_BYTES) {
                throw new IOException("HTTP " + response.statusCode() + ", " + response.body().length + " bytes");
            }
            JWKSet set = JWKSet.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            Map<String, JWK> signing = new HashMap<>();
            for (JWK jwk : set.getKeys()) {
                boolean forSigning = jwk.getKeyUse() == null || KeyUse.SIGNATURE.equals(jwk.getKeyUse());
                if (forSigning && jwk.getKeyID() != null && !jwk.isPrivate()) {
                    signing.put(jwk.getKeyID(), jwk);
                }
            }
            keys = Map.copyOf(signing);
            fetchedAt = clock.instant();
            lastFetchFailed = false;
        } catch (IOException | java.text.ParseException e) {
            lastFetchFailed = true;
            LOG.warn("Could not fetch the realm's signing keys from {}: {}", url, e.getMessage());
        } catch (InterruptedException e) {
            lastFetchFailed = true;
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        background.shutdownNow();
    }
}
