package uk.org.eelga.platform.epaycheck.ui;

import java.util.List;
import java.util.Locale;
import uk.org.eelga.platform.epaycheck.Benchmark;
import uk.org.eelga.platform.epaycheck.EpayCheck;
import uk.org.eelga.platform.epaycheck.PayPosition;

/**
 * The council's pay against the region's, drawn as plain SVG on the server (no chart library, no script): one row
 * per job family and grade, the region's lower-to-upper quartile as a light band, its median range as a dark band
 * with end marks, and the council's own range as an outlined, hatched bar below them, each named in text on the
 * chart. It is one image to assistive technology, titled and described, and the page gives the same figures as a
 * table and in sentences, so nothing is said by colour or by the picture alone. Every text is escaped.
 */
final class PayPositionChart {

    static final int WIDTH = 760;
    static final int LABEL = 210;
    static final int ROW = 64;
    static final int TOP = 64;
    static final int AXIS = 40;

    private PayPositionChart() {}

    /** The figure (an SVG with its caption) for the positions, or null when there is nothing to draw. */
    static String figure(List<PayPosition> positions) {
        if (positions.isEmpty()) {
            return null;
        }
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (PayPosition p : positions) {
            low = Math.min(low, p.own().minSalaryPence());
            high = Math.max(high, p.own().maxSalaryPence());
            Benchmark b = p.regional();
            if (b != null) {
                low = Math.min(low, Math.min(b.lowerQuartileMinPence(), b.medianMinPence()));
                high = Math.max(high, Math.max(b.upperQuartileMaxPence(), b.medianMaxPence()));
            }
        }
        // whole thousands of pounds either side, so the axis reads in round figures
        long step = 100_000;
        long from = Math.max(0, Math.floorDiv(low, step) * step - step);
        long to = (Math.floorDiv(high, step) + 2) * step;
        Scale x = new Scale(from, to, LABEL, WIDTH - 20);
        int height = TOP + positions.size() * ROW + AXIS;
        long withFigures = positions.stream().filter(p -> p.regional() != null).count();

        StringBuilder svg = new StringBuilder();
        svg.append("<figure class=\"pay-chart\" style=\"margin:0\">");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"pay-chart-title")
                .append(" pay-chart-desc\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" style=\"max-width:")
                .append(WIDTH)
                .append("px;font-family:inherit\">");
        svg.append("<title id=\"pay-chart-title\">Your council's pay against the region's</title>");
        svg.append("<desc id=\"pay-chart-desc\">")
                .append(escape(positions.size() + " job families and grades of your council; " + withFigures
                        + " with regional figures. The table below the chart gives every figure."))
                .append("</desc>");
        svg.append("<defs><pattern id=\"pay-chart-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#0b0c0c\" stroke-width=\"3\"/>")
                .append("</pattern></defs>");
        legend(svg);
        int y = TOP;
        for (PayPosition p : positions) {
            row(svg, p, x, y);
            y += ROW;
        }
        axis(svg, x, y, step);
        svg.append("</svg>");
        svg.append("<figcaption>")
                .append(escape("Light band: the region's lower quartile of bottoms to upper quartile of tops."
                        + " Dark band: the region's median range. Hatched bar: your council's range. Regional"
                        + " figures are over at least five councils' latest returns; where fewer have returned,"
                        + " the row says no figure yet."))
                .append("</figcaption></figure>");
        return svg.toString();
    }

    private static void legend(StringBuilder svg) {
        svg.append("<g aria-hidden=\"true\" font-size=\"13\">");
        svg.append("<rect x=\"0\" y=\"8\" width=\"28\" height=\"12\" fill=\"#b1b4b6\"/>")
                .append("<text x=\"34\" y=\"18\" fill=\"#0b0c0c\">Region: lower to upper quartile</text>");
        svg.append("<rect x=\"260\" y=\"8\" width=\"28\" height=\"12\" fill=\"#505a5f\"/>")
                .append("<text x=\"294\" y=\"18\" fill=\"#0b0c0c\">Region: median range</text>");
        svg.append("<rect x=\"470\" y=\"8\" width=\"28\" height=\"12\" fill=\"url(#pay-chart-hatch)\"")
                .append(" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>")
                .append("<text x=\"504\" y=\"18\" fill=\"#0b0c0c\">Your council's range</text>");
        svg.append("</g>");
    }

    private static void row(StringBuilder svg, PayPosition p, Scale x, int y) {
        svg.append("<g font-size=\"13\">");
        svg.append("<text x=\"0\" y=\"")
                .append(y + 16)
                .append("\" fill=\"#0b0c0c\" font-weight=\"bold\">")
                .append(escape(clip(p.own().jobFamily().label(), 28)))
                .append("</text>");
        svg.append("<text x=\"0\" y=\"")
                .append(y + 34)
                .append("\" fill=\"#0b0c0c\">")
                .append(escape(clip(p.own().grade(), 28)))
                .append("</text>");
        Benchmark b = p.regional();
        if (b == null) {
            svg.append("<text x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" fill=\"#0b0c0c\">No figure yet: fewer than " + EpayCheck.MIN_COUNCILS
                            + " councils have returned this grade")
                    .append("</text>");
        } else {
            rect(svg, x.at(b.lowerQuartileMinPence()), y + 4, x.at(b.upperQuartileMaxPence()), 16, "#b1b4b6", null);
            rect(svg, x.at(b.medianMinPence()), y + 4, x.at(b.medianMaxPence()), 16, "#505a5f", null);
            // end marks on the median range, so its ends show without telling the two greys apart
            for (long end : new long[] {b.medianMinPence(), b.medianMaxPence()}) {
                svg.append("<line x1=\"")
                        .append(fmt(x.at(end)))
                        .append("\" x2=\"")
                        .append(fmt(x.at(end)))
                        .append("\" y1=\"")
                        .append(y)
                        .append("\" y2=\"")
                        .append(y + 24)
                        .append("\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>");
            }
        }
        rect(
                svg,
                x.at(p.own().minSalaryPence()),
                y + 28,
                x.at(p.own().maxSalaryPence()),
                14,
                "url(#pay-chart-hatch)",
                "#0b0c0c");
        svg.append("<text x=\"")
                .append(fmt(Math.min(x.at(p.own().maxSalaryPence()) + 6, WIDTH - 150)))
                .append("\" y=\"")
                .append(y + 54)
                .append("\" fill=\"#0b0c0c\" font-size=\"12\">")
                .append(escape("Yours: " + p.ownRange()))
                .append("</text>");
        svg.append("</g>");
    }

    private static void axis(StringBuilder svg, Scale x, int y, long step) {
        long span = x.to - x.from;
        long tick = step;
        while (span / tick > 6) {
            tick *= 2;
        }
        svg.append("<g font-size=\"12\" aria-hidden=\"true\">");
        svg.append("<line x1=\"")
                .append(LABEL)
                .append("\" x2=\"")
                .append(WIDTH - 20)
                .append("\" y1=\"")
                .append(y + 4)
                .append("\" y2=\"")
                .append(y + 4)
                .append("\" stroke=\"#0b0c0c\"/>");
        for (long at = x.from; at <= x.to; at += tick) {
            svg.append("<line x1=\"")
                    .append(fmt(x.at(at)))
                    .append("\" x2=\"")
                    .append(fmt(x.at(at)))
                    .append("\" y1=\"")
                    .append(y + 4)
                    .append("\" y2=\"")
                    .append(y + 10)
                    .append("\" stroke=\"#0b0c0c\"/>");
            svg.append("<text x=\"")
                    .append(fmt(x.at(at)))
                    .append("\" y=\"")
                    .append(y + 26)
                    .append("\" text-anchor=\"middle\" fill=\"#0b0c0c\">")
                    .append(escape(pounds(at)))
                    .append("</text>");
        }
        svg.append("</g>");
    }

    private static void rect(StringBuilder svg, double x1, int y, double x2, int h, String fill, String stroke) {
        svg.append("<rect x=\"")
                .append(fmt(x1))
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(fmt(Math.max(2, x2 - x1)))
                .append("\" height=\"")
                .append(h)
                .append("\" fill=\"")
                .append(fill)
                .append('"');
        if (stroke != null) {
            svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1.5\"");
        }
        svg.append("/>");
    }

    /** "£32k" for the axis (whole thousands). */
    private static String pounds(long pence) {
        return "£" + (pence / 100_000) + "k";
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Pence to x. */
    private record Scale(long from, long to, int left, int right) {
        double at(long pence) {
            return left + (double) (pence - from) * (right - left) / Math.max(1, to - from);
        }
    }
}
