package jp.tsunagu.site.assemble;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

import freemarker.template.utility.StringUtil;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.IndicatorSeries;

/**
 * Draws an indicator's series as a small inline SVG line chart: baseline, targets (dashed line, square markers)
 * and actuals (solid line, round markers). Colour is never the only cue: the two series differ in line style and
 * marker shape, and a legend names them in text. The chart has {@code role="img"} and a title; the data table
 * beside it is its text equivalent.
 * <p>
 * Output is deterministic: numbers are written with a fixed precision and no locale. This class is immutable
 * and thread-safe.
 */
public final class IndicatorChart {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 196;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 44;
    private static final int BOTTOM = 36;

    private IndicatorChart() {
    }

    /**
     * Draws a chart.
     *
     * @param series  the series, not null
     * @param id  an id unique on the page, used for {@code aria-labelledby}, not null
     * @return the SVG element, not null; empty when the series has fewer than one value
     */
    public static String svg(IndicatorSeries series, String id) {
        List<FiscalYear> years = new ArrayList<>(series.years());
        if (years.isEmpty()) {
            return "";
        }
        List<BigDecimal> all = new ArrayList<>(series.targets().values());
        all.addAll(series.actuals().values());
        series.indicator().baseline().ifPresent(b -> all.add(b.value()));
        BigDecimal min = all.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO).min(BigDecimal.ZERO);
        BigDecimal top = all.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal max = top.compareTo(min) == 0 ? min.add(BigDecimal.ONE) : top;
        String unit = series.indicator().unit();
        String name = series.indicator().name();
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" focusable=\"false\">");
        s.append("<title id=\"").append(id).append("-title\">").append(escape(name)).append("の推移（目標と実績。数値は下の表）</title>");
        int plotH = HEIGHT - TOP - BOTTOM;
        // Axes and scale labels.
        s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(TOP + plotH).append("\"/>");
        s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotH).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(TOP + plotH).append("\"/>");
        s.append(text(LEFT - 4, TOP + 4, "end", plain(max) + unitSuffix(unit)));
        s.append(text(LEFT - 4, TOP + plotH, "end", plain(min) + unitSuffix(unit)));
        for (int i = 0; i < years.size(); i++) {
            s.append(text(x(i, years.size()), HEIGHT - BOTTOM + 16, "middle", Integer.toString(years.get(i).year())));
        }
        // Series.
        s.append(polyline("target", series.targets(), years, min, max));
        s.append(polyline("actual", series.actuals(), years, min, max));
        for (var e : series.targets().entrySet()) {
            int i = years.indexOf(e.getKey());
            s.append("<rect class=\"target\" x=\"").append(x(i, years.size()) - 4).append("\" y=\"")
                    .append(y(e.getValue(), min, max) - 4).append("\" width=\"8\" height=\"8\"/>");
        }
        for (var e : series.actuals().entrySet()) {
            int i = years.indexOf(e.getKey());
            s.append("<circle class=\"actual\" cx=\"").append(x(i, years.size())).append("\" cy=\"")
                    .append(y(e.getValue(), min, max)).append("\" r=\"4\"/>");
        }
        series.indicator().baseline().ifPresent(b -> {
            int i = years.indexOf(b.year());
            s.append("<path class=\"baseline\" d=\"M").append(x(i, years.size())).append(' ')
                    .append(y(b.value(), min, max) - 6).append("l6 6l-6 6l-6-6z\"/>");
        });
        // Legend: shapes and words, not colour alone.
        s.append("<rect class=\"target\" x=\"").append(LEFT).append("\" y=\"6\" width=\"8\" height=\"8\"/>");
        s.append(text(LEFT + 12, 14, "start", "目標（破線・四角）"));
        s.append("<circle class=\"actual\" cx=\"").append(LEFT + 140).append("\" cy=\"10\" r=\"4\"/>");
        s.append(text(LEFT + 148, 14, "start", "実績（実線・丸）"));
        if (series.indicator().baseline().isPresent()) {
            s.append("<path class=\"baseline\" d=\"M").append(LEFT + 4).append(" 20l6 6l-6 6l-6-6z\"/>");
            s.append(text(LEFT + 12, 30, "start", "基準値（ひし形）"));
        }
        s.append("</svg>");
        return s.toString();
    }

    private static String unitSuffix(String unit) {
        return unit.isBlank() ? "" : " " + unit;
    }

    private static int x(int index, int count) {
        int plotW = WIDTH - LEFT - RIGHT - 24;
        return count == 1 ? LEFT + 12 + plotW / 2 : LEFT + 12 + index * plotW / (count - 1);
    }

    private static int y(BigDecimal value, BigDecimal min, BigDecimal max) {
        int plotH = HEIGHT - TOP - BOTTOM;
        BigDecimal frac = value.subtract(min).divide(max.subtract(min), 6, RoundingMode.HALF_EVEN);
        return TOP + plotH - frac.multiply(BigDecimal.valueOf(plotH)).setScale(0, RoundingMode.HALF_EVEN).intValue();
    }

    private static String polyline(String cls, SortedMap<FiscalYear, BigDecimal> values, List<FiscalYear> years,
            BigDecimal min, BigDecimal max) {
        if (values.size() < 2) {
            return "";
        }
        StringBuilder p = new StringBuilder("<polyline class=\"").append(cls).append("\" points=\"");
        boolean first = true;
        for (var e : values.entrySet()) {
            p.append(first ? "" : " ").append(x(years.indexOf(e.getKey()), years.size())).append(',').append(y(e.getValue(), min, max));
            first = false;
        }
        return p.append("\"/>").toString();
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>";
    }

    static String plain(BigDecimal v) {
        return String.format(Locale.ROOT, "%s", v.stripTrailingZeros().toPlainString());
    }

    /** Escapes {@code & < > "} (apostrophes stay: every attribute here is in double quotes), with FreeMarker's escaper. */
    static String escape(String s) {
        return StringUtil.XMLEncNA(s);
    }
}
