package uk.org.eelga.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The .ics writer against RFC 5545 (escaping, folding, line endings) and RFC 5546 (REQUEST, CANCEL, SEQUENCE). */
class IcsTest {

    private static final Instant START = Instant.parse("2027-03-09T09:30:00Z");

    @Test
    void an_invitation_carries_method_request_organizer_attendee_uid_and_sequence() {
        Map<String, List<Property>> ics = parse(Ics.write(event(Ics.Method.REQUEST, 0, "Nora Norwich", "Bury")));

        assertThat(value(ics, "METHOD")).isEqualTo("REQUEST");
        assertThat(value(ics, "UID")).isEqualTo("coaching-booking-42@eelga.gov.uk");
        assertThat(value(ics, "SEQUENCE")).isEqualTo("0");
        assertThat(value(ics, "DTSTART")).isEqualTo("20270309T093000Z");
        assertThat(value(ics, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(ics.get("ORGANIZER")).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo("mailto:no-reply@eelga.gov.uk");
            assertThat(p.params()).containsEntry("CN", "East of England LGA");
        });
        assertThat(ics.get("ATTENDEE")).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo("mailto:nora@norwich.demo");
            assertThat(p.params()).containsEntry("CN", "Nora Norwich");
        });
        assertThat(ics.get("BEGIN")).extracting(Property::value).containsExactly("VCALENDAR", "VEVENT");
    }

    @Test
    void a_cancellation_has_the_same_uid_a_higher_sequence_and_method_cancel() {
        Map<String, List<Property>> invite = parse(Ics.write(event(Ics.Method.REQUEST, 0, "Nora", "Bury")));
        Map<String, List<Property>> cancel = parse(Ics.write(event(Ics.Method.CANCEL, 1, "Nora", "Bury")));

        assertThat(value(cancel, "METHOD")).isEqualTo("CANCEL");
        assertThat(value(cancel, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancel, "UID")).isEqualTo(value(invite, "UID"));
        assertThat(Integer.parseInt(value(cancel, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(value(invite, "SEQUENCE")));
        assertThat(Ics.attachment(event(Ics.Method.CANCEL, 1, "Nora", "Bury"), "x.ics")
                        .contentType())
                .isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
    }

    @Test
    void text_with_commas_semicolons_backslashes_and_line_breaks_round_trips() {
        String awkward = "Room 1, Floor 2; East wing \\ annexe\nSecond line\r\nThird line\rFourth";
        String written = Ics.write(event(Ics.Method.REQUEST, 0, "Nora", awkward));

        assertThat(written).contains("LOCATION:Room 1\\, Floor 2\\; East wing \\\\ annexe\\nSecond line");
        assertThat(value(parse(written), "LOCATION"))
                .isEqualTo("Room 1, Floor 2; East wing \\ annexe\nSecond line\nThird line\nFourth");
    }

    @Test
    void every_line_ends_with_crlf_and_is_at_most_75_octets_and_long_text_unfolds_whole() {
        String longText = "Leadership in a changing world: é ü ß ñ 😀 ".repeat(20);
        String written = Ics.write(event(Ics.Method.REQUEST, 0, "Zoë 😀 ".repeat(30), longText));

        assertThat(written).endsWith("\r\n");
        assertThat(written.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (String line : written.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .isEqualTo(line);
        }
        assertThat(written.split("\r\n").length).isGreaterThan(30);
        Map<String, List<Property>> ics = parse(written);
        assertThat(value(ics, "LOCATION")).isEqualTo(longText);
        assertThat(ics.get("ATTENDEE").get(0).params().get("CN")).isEqualTo(MailText.plain("Zoë 😀 ".repeat(30)));
    }

    @Test
    void a_name_cannot_break_out_of_its_parameter_to_add_properties() {
        String hostile = "Nora\"\r\nATTENDEE:mailto:everyone@evil.example\r\nX: \"; RSVP=TRUE:mailto:x@evil.example";
        Map<String, List<Property>> ics = parse(Ics.write(event(Ics.Method.REQUEST, 0, hostile, "Bury")));

        assertThat(ics.get("ATTENDEE")).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo("mailto:nora@norwich.demo");
            assertThat(p.params().get("CN")).doesNotContain("\"", "\r", "\n");
            assertThat(p.params()).doesNotContainKey("RSVP=TRUE");
            assertThat(p.params()).containsEntry("RSVP", "FALSE");
        });
        assertThat(ics).doesNotContainKey("X");
    }

    @Test
    void an_address_that_could_break_the_line_is_refused() {
        assertThatThrownBy(() -> Ics.write(new Ics.Event(
                        Ics.Method.REQUEST,
                        "u",
                        0,
                        START,
                        START,
                        START.plusSeconds(3600),
                        "s",
                        "l",
                        "EELGA",
                        "no-reply@eelga.gov.uk",
                        "Nora",
                        "nora@norwich.demo\r\nATTENDEE:mailto:x@evil.example")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- a small RFC 5545 reader: unfold, split name;params:value, unescape TEXT values

    record Property(String name, Map<String, String> params, String value) {}

    static Map<String, List<Property>> parse(String ics) {
        assertThat(ics).doesNotContain("\r\n\r\n");
        String unfolded = ics.replaceAll("\r\n[ \t]", "");
        Map<String, List<Property>> properties = new LinkedHashMap<>();
        for (String line : unfolded.split("\r\n")) {
            Property p = property(line);
            properties.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p);
        }
        return properties;
    }

    private static Property property(String line) {
        int i = 0;
        StringBuilder name = new StringBuilder();
        while (i < line.length() && line.charAt(i) != ';' && line.charAt(i) != ':') {
            name.append(line.charAt(i++));
        }
        Map<String, String> params = new LinkedHashMap<>();
        while (i < line.length() && line.charAt(i) == ';') {
            i++;
            StringBuilder key = new StringBuilder();
            while (line.charAt(i) != '=') {
                key.append(line.charAt(i++));
            }
            i++;
            StringBuilder value = new StringBuilder();
            if (line.charAt(i) == '"') {
                i++;
                while (line.charAt(i) != '"') {
                    value.append(line.charAt(i++));
                }
                i++;
            } else {
                while (line.charAt(i) != ';' && line.charAt(i) != ':') {
                    value.append(line.charAt(i++));
                }
            }
            params.put(key.toString(), value.toString());
        }
        assertThat(line.charAt(i)).as(line).isEqualTo(':');
        return new Property(name.toString(), params, unescape(line.substring(i + 1)));
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertThat(c == ';' || c == ',')
                        .as("unescaped separator in " + value)
                        .isFalse();
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String value(Map<String, List<Property>> ics, String name) {
        assertThat(ics.get(name)).as(name).hasSize(1);
        return ics.get(name).get(0).value();
    }

    private static Ics.Event event(Ics.Method method, int sequence, String attendee, String location) {
        return new Ics.Event(
                method,
                "coaching-booking-42@eelga.gov.uk",
                sequence,
                Instant.parse("2027-01-01T12:00:00Z"),
                START,
                START.plusSeconds(6 * 3600),
                "ILM7: Workshop",
                location,
                "East of England LGA",
                "no-reply@eelga.gov.uk",
                attendee,
                "nora@norwich.demo");
    }
}
