package uk.org.eelga.platform.survey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.TestPorts;

/** JSON writes to the running platform's API (reads go through {@link Api#get}). */
final class SurveyHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SurveyHttp() {}

    static Api.Answer send(String method, String path, String json, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TestPorts.platform() + path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Answer(response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
