package uk.org.eelga.bench.data;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The platform's own request timer ({@code http_server_requests_seconds} on its metrics port, every route and status
 * together): the time from its outermost filter to the end of each answer, without the harness's HTTP client. Read
 * around a run of calls to one path on an otherwise idle platform, its difference is that path's time as the
 * platform measured it.
 */
final class ServerClock {

    /** The timer's totals at one moment. */
    record Reading(double seconds, long requests) {}

    private final HttpClient http;
    private final URI metrics;

    ServerClock(HttpClient http, URI metrics) {
        this.http = http;
        this.metrics = metrics;
    }

    Reading read() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + metrics + " answered " + answer.statusCode());
        }
        double seconds = 0;
        long requests = 0;
        for (String line : answer.body().split("\n")) {
            if (line.startsWith("http_server_requests_seconds_sum{")) {
                seconds += value(line);
            } else if (line.startsWith("http_server_requests_seconds_count{")) {
                requests += (long) value(line);
            }
        }
        return new Reading(seconds, requests);
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    /** The mean milliseconds per request between two readings, and how many requests there were. */
    static double[] meanMillis(Reading before, Reading after) {
        long requests = after.requests() - before.requests();
        return new double[] {requests <= 0 ? 0 : (after.seconds() - before.seconds()) * 1000 / requests, requests};
    }
}
