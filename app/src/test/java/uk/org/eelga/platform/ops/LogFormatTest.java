package uk.org.eelga.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The production logback.xml (not the tests' logback-test.xml), loaded into a context of its own with the settings
 * given as system properties, which logback reads before the environment: JSON in production, readable text
 * elsewhere, and only the ids the platform puts in the logging context.
 */
class LogFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SETTINGS = List.of("EELGA_ENV", "EELGA_LOG_FORMAT", "EELGA_ACCESS_LOG");

    @AfterEach
    void clear() {
        SETTINGS.forEach(System::clearProperty);
        MDC.clear();
    }

    @Test
    void production_writes_one_json_object_a_line_with_date_time_and_the_request_ids_only() throws Exception {
        List<String> lines = log(Map.of("EELGA_ENV", "production"), "uk.org.eelga.platform.Something");
        assertThat(lines).hasSize(2);
        JsonNode line = JSON.readTree(lines.get(0));
        OffsetDateTime time = OffsetDateTime.parse(line.get("time").asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(time.getYear()).isGreaterThan(2000);
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("message").asText()).isEqualTo("Invoice 17 sent");
        assertThat(line.get("request_id").asText()).isEqualTo("req-12345678");
        assertThat(line.get("council").asText()).isEqualTo("cambridge");
        assertThat(line.get("user").asText()).isEqualTo("5b0c-subject");
        assertThat(line.has("email"))
                .as("only the ids named in logback.xml leave the logging context")
                .isFalse();
        assertThat(lines.get(0)).doesNotContain("someone@cambridge.gov.uk");

        JsonNode access = JSON.readTree(lines.get(1));
        assertThat(access.get("logger_name").asText()).isEqualTo("eelga.access");
        assertThat(access.get("status").asInt()).isEqualTo(200);
        assertThat(access.get("route").asText()).isEqualTo("/api/v1/me");
    }

    @Test
    void elsewhere_the_lines_are_readable_text_with_the_date_and_the_request_id_and_no_access_log() throws Exception {
        List<String> lines = log(Map.of(), "uk.org.eelga.platform.Something");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z INFO .*")
                .contains("[req-12345678]")
                .contains("council=cambridge")
                .endsWith("- Invoice 17 sent")
                .doesNotStartWith("{");
    }

    @Test
    void the_format_and_the_access_log_are_settings() throws Exception {
        List<String> lines = log(Map.of("EELGA_LOG_FORMAT", "json", "EELGA_ACCESS_LOG", "INFO"), "x.Y");
        assertThat(lines)
                .hasSize(2)
                .allSatisfy(line -> assertThat(JSON.readTree(line).has("time")).isTrue());
        assertThat(log(Map.of("EELGA_ENV", "production", "EELGA_LOG_FORMAT", "text"), "x.Y")
                        .get(0))
                .doesNotStartWith("{");
    }

    @Test
    void logbacks_own_messages_stay_out_of_the_log_unless_something_is_wrong() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            log(Map.of(), "x.Y"); // the unused JSON appender is a warning logback would print with all its messages
            assertThat(captured.toString(StandardCharsets.UTF_8))
                    .as("a start writes no lines of logback's own")
                    .isEmpty();

            LoggingErrorsOnly listener = new LoggingErrorsOnly();
            listener.addStatusEvent(new ch.qos.logback.core.status.WarnStatus("appender not referenced", this));
            listener.addStatusEvent(new ch.qos.logback.core.status.ErrorStatus("no such encoder", this));
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).lines().toList())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("Logging: ")
                .contains("no such encoder");
    }

    private static List<String> log(Map<String, String> settings, String loggerName) throws Exception {
        settings.forEach(System::setProperty);
        URL config = Path.of("src/main/resources/logback.xml").toUri().toURL();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        // the logging context slf4j's MDC writes to, as the platform's own logger context has
        context.setMDCAdapter(((LoggerContext) LoggerFactory.getILoggerFactory()).getMDCAdapter());
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(config);
            MDC.put("request_id", "req-12345678");
            MDC.put("council", "cambridge");
            MDC.put("user", "5b0c-subject");
            MDC.put("email", "someone@cambridge.gov.uk");
            Logger logger = context.getLogger(loggerName);
            logger.info("Invoice {} sent", 17);
            context.getLogger("eelga.access")
                    .info(
                            "{} {}",
                            net.logstash.logback.argument.StructuredArguments.kv("route", "/api/v1/me"),
                            net.logstash.logback.argument.StructuredArguments.kv("status", 200));
        } finally {
            context.stop();
            System.setOut(original);
        }
        List<String> lines = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
