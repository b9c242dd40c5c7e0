package com.physiopractice.web.practice;

import com.physiopractice.records.Instrument;
import com.physiopractice.records.OutcomeMeasures.Point;
import com.physiopractice.records.OutcomeMeasures.Trend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One instrument's scores as a small server-drawn SVG line chart: the scale top to bottom as the
 * instrument runs, one dot per answer spaced evenly, and a dashed line where the first score
 * improved by the minimal clinically important change would be. Pure geometry; the page draws it
 * with SVG presentation attributes (no script, no inline style).
 */
record ScoreChart(Instrument instrument, String polyline, List<Dot> dots, @Nullable Double mcidY,
        double lowY, double highY) {

    // Small units: the chart scales to the column, so its 14-unit labels stay readable on a phone.
    static final int WIDTH = 400;
    static final int HEIGHT = 180;
    static final int LEFT = 40;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 24;

    /** @param label the score as written next to the dot */
    record Dot(double x, double y, String label) {
    }

    static ScoreChart of(Trend trend) {
        Instrument instrument = trend.instrument();
        List<Point> points = trend.points();
        List<Dot> dots = new ArrayList<>();
        StringBuilder polyline = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = points.size() == 1 ? LEFT + plotWidth() / 2.0 : LEFT + plotWidth() * i / (double) (points.size() - 1);
            double y = y(instrument, points.get(i).score());
            dots.add(new Dot(round(x), round(y), format(points.get(i).score())));
            polyline.append(polyline.isEmpty() ? "" : " ").append(round(x)).append(',').append(round(y));
        }
        Double mcidY = null;
        if (instrument.mcid() != null && !points.isEmpty()) {
            double first = points.get(0).score();
            double target = instrument.higherIsBetter() ? first + instrument.mcid() : first - instrument.mcid();
            if (target >= instrument.lowest() && target <= instrument.highest()) {
                mcidY = round(y(instrument, target));
            }
        }
        return new ScoreChart(instrument, polyline.toString(), dots, mcidY, round(y(instrument, instrument.lowest())),
                round(y(instrument, instrument.highest())));
    }

    /** The top of the chart is the better end of the scale, whichever way the instrument runs. */
    static double y(Instrument instrument, double score) {
        double share = (score - instrument.lowest()) / (instrument.highest() - instrument.lowest());
        double fromTop = instrument.higherIsBetter() ? 1 - share : share;
        return TOP + (HEIGHT - TOP - BOTTOM) * fromTop;
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    static String format(double score) {
        return score == Math.rint(score) ? Long.toString((long) score) : String.format(Locale.UK, "%.1f", score);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    /** The label of the better end (top) and of the worse end (bottom). */
    public String topLabel() {
        return format(instrument.higherIsBetter() ? instrument.highest() : instrument.lowest());
    }

    public String bottomLabel() {
        return format(instrument.higherIsBetter() ? instrument.lowest() : instrument.highest());
    }
}
