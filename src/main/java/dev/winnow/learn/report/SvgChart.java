package dev.winnow.learn.report;

import java.util.List;
import java.util.Locale;

/** Inline SVG charts for the report: grouped bars and line plots, with axes and a legend. No scripts, no fetches. */
final class SvgChart {
    static final String[] COLORS = {"#2b6cb0", "#dd6b20", "#718096", "#38a169", "#805ad5"};
    private static final int W = 640, H = 270, LEFT = 48, RIGHT = 12, TOP = 40, BOTTOM = 40, LEGEND_Y = 22;

    private SvgChart() {
    }

    /** A named series of (x, y) points for {@link #lines}. */
    record Series(String name, double[] x, double[] y, boolean dashed) {
    }

    /** Groups along x, one bar per series in each group; values from 0 to {@code max}. */
    static String bars(String title, List<String> groups, List<String> series, double[][] values, double max, boolean percent) {
        StringBuilder s = open(title);
        axisY(s, max, percent);
        double groupWidth = (double) (W - LEFT - RIGHT) / Math.max(1, groups.size());
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        for (int g = 0; g < groups.size(); g++) {
            double gx = LEFT + g * groupWidth + groupWidth * 0.1;
            for (int k = 0; k < series.size(); k++) {
                double v = values[k][g];
                if (Double.isNaN(v)) continue;
                double h = (H - TOP - BOTTOM) * Math.min(1, v / max);
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>",
                        gx + k * barWidth, H - BOTTOM - h, barWidth * 0.92, h, COLORS[k % COLORS.length],
                        Html.esc(groups.get(g)), Html.esc(series.get(k)), percent ? Html.pct(v) : Html.num(v, 3)));
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    gx + groupWidth * 0.4, H - BOTTOM + 14, Html.esc(groups.get(g))));
        }
        legend(s, series);
        return s.append("</svg>").toString();
    }

    /** Line plots in the unit square (x and y from 0 to 1), e.g. a PR curve or a calibration curve. */
    static String lines(String title, String xLabel, String yLabel, List<Series> series) {
        StringBuilder s = open(title);
        axisY(s, 1, false);
        for (int t = 0; t <= 4; t++) {
            double x = LEFT + (W - LEFT - RIGHT) * t / 4.0;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%.2f</text>",
                    x, H - BOTTOM + 14, t / 4.0));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                (W + LEFT) / 2, H - 6, Html.esc(xLabel)));
        s.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" font-size=\"11\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">%s</text>",
                H / 2, H / 2, Html.esc(yLabel)));
        for (int k = 0; k < series.size(); k++) {
            Series se = series.get(k);
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < se.x().length; i++) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", px(se.x()[i]), py(se.y()[i])));
            }
            s.append(String.format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>",
                    COLORS[k % COLORS.length], se.dashed() ? " stroke-dasharray=\"5,4\"" : "", pts.toString().strip()));
            if (se.x().length <= 20) {
                for (int i = 0; i < se.x().length; i++) {
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>",
                            px(se.x()[i]), py(se.y()[i]), COLORS[k % COLORS.length]));
                }
            }
        }
        legend(s, series.stream().map(Series::name).toList());
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                W, H, W, H, Html.esc(title)));
        s.append(String.format("<text x=\"%d\" y=\"14\" font-size=\"12\" font-weight=\"bold\">%s</text>", LEFT, Html.esc(title)));
        return s;
    }

    private static void axisY(StringBuilder s, double max, boolean percent) {
        for (int t = 0; t <= 4; t++) {
            double v = max * t / 4.0;
            double y = H - BOTTOM - (H - TOP - BOTTOM) * t / 4.0;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e2e8f0\"/>",
                    LEFT, y, W - RIGHT, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                    LEFT - 4, y + 3, percent ? Html.pct(v) : Html.num(v, 2)));
        }
    }

    private static void legend(StringBuilder s, List<String> names) {
        double x = LEFT + 8;
        for (int k = 0; k < names.size(); k++) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>",
                    x, LEGEND_Y, COLORS[k % COLORS.length]));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>", x + 14, LEGEND_Y + 9,
                    Html.esc(names.get(k))));
            x += 24 + 7 * names.get(k).length();
        }
    }

    private static double px(double x) {
        return LEFT + (W - LEFT - RIGHT) * Math.max(0, Math.min(1, x));
    }

    private static double py(double y) {
        return H - BOTTOM - (H - TOP - BOTTOM) * Math.max(0, Math.min(1, y));
    }
}
