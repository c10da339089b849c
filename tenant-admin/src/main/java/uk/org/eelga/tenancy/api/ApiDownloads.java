package uk.org.eelga.tenancy.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** A file the API answers with: its media type and the name a browser saves it under. */
public final class ApiDownloads {

    /** CSV as the platform writes it (UTF-8). */
    public static final MediaType CSV = new MediaType("text/csv; charset=utf-8");

    private ApiDownloads() {}

    public static <T> MutableHttpResponse<T> attachment(T body, MediaType type, String filename) {
        return HttpResponse.ok(body)
                .contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}
