package uk.org.eelga.platform.epaycheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import uk.org.eelga.platform.epaycheck.Benchmark;
import uk.org.eelga.platform.epaycheck.JobFamily;
import uk.org.eelga.platform.epaycheck.PayPosition;
import uk.org.eelga.platform.epaycheck.Submission;

/** The pay chart is well-formed SVG, titled and described, escapes what councils typed, and says "no figure yet". */
class PayPositionChartTest {

    private static final Instant RETURNED = Instant.parse("2026-10-12T09:00:00Z");

    @Test
    void the_chart_is_one_described_image_with_the_councils_bar_and_the_regions_bands_from_the_records()
            throws Exception {
        Submission ours = submission(7, JobFamily.values()[0], "PO3", 3_300_000, 3_700_000);
        Benchmark region = new Benchmark(
                JobFamily.values()[0], "PO3", 6, 3_200_000, 3_650_000, 3_000_000, 3_900_000, 150_000, 40, 3);
        List<PayPosition> positions = PayPosition.of(List.of(ours), List.of(region));

        String figure = PayPositionChart.figure(positions);

        Document svg = parse(figure);
        assertThat(svg.getElementsByTagName("svg")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("role")
                        .getNodeValue())
                .isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).contains("against the region");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .contains("1 job families and grades", "1 with regional figures");
        assertThat(figure).contains("Yours: £33,000 to £37,000", "pay-chart-hatch", "<figcaption>");
        assertThat(positions.get(0).sentence())
                .isEqualTo("Your bottom is £1,000 above the regional median bottom, and your top is £500 above"
                        + " the regional median top.");
        assertThat(positions.get(0).ownSource()).isEqualTo("your return 7 of 12 October 2026");
        assertThat(positions.get(0).regionalRange()).isEqualTo("£32,000 to £36,500 (median, 6 councils)");
    }

    @Test
    void a_grade_too_few_councils_returned_says_no_figure_yet_and_typed_text_is_escaped() throws Exception {
        Submission odd =
                submission(9, JobFamily.values()[1], "<script>alert('x')</script> & Band \"7\"", 2_500_000, 2_800_000);
        Benchmark elsewhere = new Benchmark(JobFamily.values()[1], "Band 7", 5, 1, 2, 1, 2, 0, 1, 0);
        List<PayPosition> positions = PayPosition.of(List.of(odd), List.of(elsewhere));

        String figure = PayPositionChart.figure(positions);

        assertThat(positions.get(0).regional()).isNull();
        assertThat(positions.get(0).sentence()).startsWith("No figure yet: fewer than 5 councils");
        assertThat(positions.get(0).regionalRange()).isEqualTo("No figure yet");
        assertThat(figure).contains("No figure yet").doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(parse(figure).getElementsByTagName("desc").item(0).getTextContent())
                .contains("0 with regional figures");
        assertThat(PayPositionChart.figure(List.of())).isNull();
    }

    private static Submission submission(long id, JobFamily family, String grade, long min, long max) {
        return new Submission(id, "norwich", family, grade, min, max, 0, 4, 0, "nora@norwich.demo", RETURNED);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
