package uk.org.eelga.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestPorts;

/**
 * Bodies over their limit are refused before they are read: raw HTTP over a socket, so the test sees exactly how
 * much of a body the platform took before it answered 413 and closed the connection, and how much the heap grew.
 */
@PlatformIT
class RequestLimitsIT {

    private static final int PORT = Integer.parseInt(TestPorts.platform());
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fifty_megabytes_chunked_to_the_webhook_are_refused_long_before_the_end_and_the_heap_does_not_grow_by_them()
            throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = usedHeapAfterGc(memory);

        Sent sent = sendChunked("/api/v1/stripe/webhook", FIFTY_MB);

        assertThat(sent.status()).isEqualTo(413);
        assertThat(sent.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(sent.headers()).containsIgnoringCase("Connection: close");
        JsonNode problem = JSON.readTree(sent.body());
        assertThat(problem.get("code").asText()).isEqualTo("too-large");
        assertThat(problem.get("detail").asText()).contains("256 KB");
        // the platform stopped taking the body after its limit: what the client got out is its limit plus what
        // the two sockets' buffers hold, nowhere near 50 MB
        assertThat(sent.bytesWritten()).isLessThan(16L * 1024 * 1024);
        long growth = usedHeapAfterGc(memory) - heapBefore;
        System.out.printf(
                "50 MB chunked to the webhook: %,d bytes left the client before the 413, heap grew by %,d bytes%n",
                sent.bytesWritten(), growth);
        assertThat(growth).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_after_the_first_kilobyte_of_a_gigabyte() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/staff/coaching/cohorts HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // Jetty dispatches a request once its first bytes of body arrive: 1 KB of the 1 GB, then the answer
            out.write(new byte[1024]);
            out.flush();
            String answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("\"code\":\"too-large\"").contains("1 MB");
        }
    }

    @Test
    void the_webhook_reads_a_body_under_its_limit_and_refuses_one_over_it_that_the_api_would_take() throws Exception {
        Sent small = sendChunked("/api/v1/stripe/webhook", 200 * 1024);
        assertThat(small.status()).as("200 KB reaches the signature check").isEqualTo(400);
        assertThat(JSON.readTree(small.body()).get("code").asText()).isNotEqualTo("too-large");

        Sent large = sendChunked("/api/v1/stripe/webhook", 300 * 1024);
        assertThat(large.status()).isEqualTo(413);

        Sent api = sendChunked("/api/v1/staff/coaching/cohorts", 300 * 1024);
        assertThat(api.status())
                .as("300 KB is under the API's 1 MB (then 401: no token)")
                .isEqualTo(401);
    }

    @Test
    void page_uploads_are_cut_off_at_their_limit_and_pages_get_a_plain_answer() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /VAADIN/dynamic/resource/1/x/upload HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/octet-stream\r\nContent-Length: 11534336\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[1024]);
            String answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("text/plain").contains("10 MB");
        }
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    record Sent(int status, String headers, String body, long bytesWritten) {}

    /** Streams {@code size} bytes of chunked body while another thread reads the answer as soon as it comes. */
    private static Sent sendChunked(String path, long size) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return readAll(socket.getInputStream());
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            AtomicLong written = new AtomicLong();
            try {
                while (written.get() < size && !answer.isDone()) {
                    int n = (int) Math.min(chunk.length, size - written.get());
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk, 0, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    written.addAndGet(n);
                }
                if (!answer.isDone()) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException closedByThePlatform) {
                // the platform answered and closed the connection: the rest is never sent
            }
            String text = new String(answer.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertThat(split).as("an HTTP answer: " + text).isPositive();
            String headers = text.substring(0, split);
            String body = text.substring(split + 4);
            if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
            }
            return new Sent(Integer.parseInt(headers.substring(9, 12)), headers, body, written.get());
        }
    }

    /** Reads one answer: up to its end or until the connection closes. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) != -1) {
                all.write(buffer, 0, n);
                if (complete(all.toByteArray())) {
                    break;
                }
            }
        } catch (IOException reset) {
            // a reset after the answer has arrived is how the platform ends a refused upload
        }
        return all.toByteArray();
    }

    private static boolean complete(byte[] received) {
        String text = new String(received, StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String headers = text.substring(0, split).toLowerCase();
        int at = headers.indexOf("content-length:");
        if (at >= 0) {
            int end = headers.indexOf("\r\n", at);
            long length = Long.parseLong(
                    headers.substring(at + 15, end < 0 ? headers.length() : end).trim());
            return received.length - split - 4 >= length;
        }
        return text.endsWith("0\r\n\r\n");
    }
}
