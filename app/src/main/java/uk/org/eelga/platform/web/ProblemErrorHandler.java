package uk.org.eelga.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import uk.org.eelga.platform.api.ApiProblem;

/**
 * Jetty's own error answers (a URI with a NUL byte, a header it cannot parse) as problems for the API and
 * {@code /health}: the same {@code application/problem+json} as every other API error, with no server name or
 * version. Pages keep Jetty's plain answer.
 */
class ProblemErrorHandler extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    ProblemErrorHandler() {
        setShowServlet(false);
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(
            Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code, String message)
            throws IOException {
        String uri = request.getRequestURI();
        if (uri == null || !(uri.startsWith("/api/") || uri.startsWith("/health"))) {
            super.generateAcceptableResponse(baseRequest, request, response, code, message);
            return;
        }
        baseRequest.setHandled(true);
        response.setContentType(ApiProblem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(problem(code));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ApiProblem.MEDIA_TYPE);
        return ByteBuffer.wrap(problem(status));
    }

    private static byte[] problem(int status) {
        String sentence =
                switch (status) {
                    case 400 -> "The request is malformed: check the address (no NUL bytes or stray % signs) and the headers.";
                    case 404 -> "There is nothing at this address.";
                    case 413 -> "The request is too large.";
                    case 414 -> "The address is too long.";
                    case 431 -> "The request's headers are too large.";
                    default -> status >= 500 ? "Something went wrong." : "The request is not valid.";
                };
        try {
            return JSON.writeValueAsBytes(
                    ApiProblem.of(status, status >= 500 ? "internal-error" : "bad-request", sentence));
        } catch (JsonProcessingException e) {
            return sentence.getBytes(StandardCharsets.UTF_8);
        }
    }
}
