package uk.org.eelga.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.api.ApiProblem;

/**
 * Bounds every request body before any servlet reads it. A declared {@code Content-Length} over the limit is
 * answered 413 at once, without reading a byte of the body. A body of unknown length (chunked) is read into a
 * buffer of at most the limit plus one byte: if it is longer, 413; otherwise the servlet reads the buffer. File
 * uploads on the pages are not buffered but streamed through a counter that fails the upload at its limit. Every
 * 413 closes the connection, so the rest of a huge body is never consumed.
 */
class BodyLimitFilter extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BodyLimitFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UPLOADS = "/VAADIN/dynamic/resource/";

    private final RequestLimits limits;

    BodyLimitFilter(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean upload = path.startsWith(UPLOADS);
        long limit = limits.limitFor(path, upload);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response, path, limit);
            return;
        }
        if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(new Capped(request, limit, null), response);
            return;
        }
        if (upload) {
            chain.doFilter(new Capped(request, limit, null), response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit + 1);
        if (body.length > limit) {
            tooLarge(request, response, path, limit);
            return;
        }
        chain.doFilter(new Capped(request, limit, body), response);
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long left = max;
        int n;
        while (left > 0 && (n = in.read(chunk, 0, (int) Math.min(chunk.length, left))) != -1) {
            out.write(chunk, 0, n);
            left -= n;
        }
        return out.toByteArray();
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, String path, long limit)
            throws IOException {
        LOG.info("Refused a request body over {} bytes: {} {}", limit, request.getMethod(), path);
        String sentence = "The request body is larger than the " + RequestLimits.readable(limit)
                + " this address accepts; nothing was read or changed.";
        response.setStatus(413);
        // the rest of the body is never read: the connection ends with this answer
        response.setHeader("Connection", "close");
        if (path.startsWith("/api/") || path.startsWith("/health")) {
            response.setContentType(ApiProblem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getOutputStream(), ApiProblem.of(413, "too-large", sentence));
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(sentence.getBytes(StandardCharsets.UTF_8));
        }
        response.flushBuffer();
        // Jetty would otherwise read (and throw away) the rest of the body to keep the connection: end it now
        Request jetty = Request.getBaseRequest(request);
        if (jetty != null) {
            jetty.getHttpChannel().getEndPoint().shutdownOutput();
            jetty.getHttpChannel().getEndPoint().close();
        }
    }

    /** Thrown when a streamed body goes past its limit. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("The request body is larger than " + RequestLimits.readable(limit));
        }
    }

    /** The request with its body either already read ({@code buffered}) or counted as the servlet reads it. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;
        private final byte[] buffered;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit, byte[] buffered) {
            super(request);
            this.limit = limit;
            this.buffered = buffered;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = buffered != null ? new Buffered(buffered) : new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public int getContentLength() {
            return buffered != null ? buffered.length : super.getContentLength();
        }

        @Override
        public long getContentLengthLong() {
            return buffered != null ? buffered.length : super.getContentLengthLong();
        }
    }

    private static final class Buffered extends ServletInputStream {
        private final ByteArrayInputStream in;

        Buffered(byte[] body) {
            this.in = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                listener.onDataAvailable();
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            count += n;
            if (count > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
