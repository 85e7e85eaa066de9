package org.saleskpi.server.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the numbers of an export are written: {@link #PLAIN} as Jira writes a Number field's raw value
 * ({@code 1234.56}, what the import always read), or with the thousands and decimal separators of a language, as an
 * export written in a Jira user's locale has them. A cell is read strictly: groups of three digits after the first,
 * one decimal separator, an optional leading minus; anything else is not a number of that style, never a guess.
 */
public enum NumberStyle {
    /** {@code 1234.56}: digits, a point, no thousands separators (Java's {@code BigDecimal} syntax). */
    PLAIN("plain", "", '.', "1234.56"),
    /** English: {@code 1,234.56}. */
    EN("en", ",", '.', "1,234.56"),
    /** German: {@code 1.234,56}. */
    DE("de", ".", ',', "1.234,56"),
    /** French: {@code 1 234,56} with a narrow no-break space (also a no-break or plain space) between thousands. */
    FR("fr", "\u202F\u00A0 ", ',', "1\u202F234,56"),
    /** Japanese: {@code 1,234.56}. */
    JA("ja", ",", '.', "1,234.56");

    private final String tag;
    private final String groupings;
    private final char decimal;
    private final String example;
    private final Pattern numberLike;

    NumberStyle(String tag, String groupings, char decimal, String example) {
        this.tag = tag;
        this.groupings = groupings;
        this.decimal = decimal;
        this.example = example;
        this.numberLike = Pattern.compile("[-+\u2212]?\\d[\\d.," + groupings + "]*");
    }

    /** The name the API and the command line take: {@code plain}, {@code en}, {@code de}, {@code fr}, {@code ja}. */
    public String tag() {
        return tag;
    }

    /** One thousand two hundred thirty-four and 56 hundredths as this style writes it. */
    public String example() {
        return example;
    }

    /** The style of a tag in any case; empty for an unknown one. */
    public static Optional<NumberStyle> of(String tag) {
        for (NumberStyle style : values()) {
            if (style.tag.equalsIgnoreCase(tag.strip())) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    /** Every tag, for messages that list the choices. */
    public static String tags() {
        List<String> tags = new ArrayList<>();
        for (NumberStyle style : values()) {
            tags.add(style.tag);
        }
        return String.join(", ", tags);
    }

    /** The cell as a number of this style, or empty when it is not one. */
    public Optional<BigDecimal> read(String cell) {
        String text = cell.strip();
        if (this == PLAIN) {
            // What the import read before styles existed, unchanged (and as fast).
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return strict(text);
    }

    private Optional<BigDecimal> strict(String text) {
        int length = text.length();
        int at = 0;
        StringBuilder plain = new StringBuilder(length);
        if (at < length && (text.charAt(at) == '-' || text.charAt(at) == '\u2212')) {
            plain.append('-');
            at++;
        }
        int groupDigits = 0;
        boolean grouped = false;
        boolean anyDigit = false;
        while (at < length && text.charAt(at) != decimal) {
            char c = text.charAt(at);
            if (c >= '0' && c <= '9') {
                plain.append(c);
                groupDigits++;
                anyDigit = true;
            } else if (groupings.indexOf(c) >= 0) {
                // The first group has one to three digits and no leading zero, every later one exactly three.
                if (groupDigits == 0 || groupDigits > 3 || grouped && groupDigits != 3
                        || !grouped && plain.charAt(plain.length() - groupDigits) == '0') {
                    return Optional.empty();
                }
                grouped = true;
                groupDigits = 0;
            } else {
                return Optional.empty();
            }
            at++;
        }
        if (!anyDigit || grouped && groupDigits != 3) {
            return Optional.empty();
        }
        if (at < length) {
            plain.append('.');
            at++;
            int decimals = 0;
            for (; at < length; at++) {
                char c = text.charAt(at);
                if (c < '0' || c > '9') {
                    return Optional.empty();
                }
                plain.append(c);
                decimals++;
            }
            if (decimals == 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new BigDecimal(plain.toString()));
    }

    /**
     * Whether the cell is digits with points, commas or this style's thousands separators: meant as a number, so one
     * that does not read is a number written wrongly (or in another style), not a text.
     */
    public boolean looksLikeNumber(String cell) {
        return numberLike.matcher(cell.strip()).matches();
    }

    /**
     * The styles other than this one that read the cell, with what they read: the dry run names them when a cell is
     * not a number of the chosen style ("it reads as 1234 in English, 1.234 in German"), so nobody has to guess.
     */
    public List<Reading> otherReadings(String cell) {
        List<Reading> readings = new ArrayList<>();
        for (NumberStyle style : values()) {
            // Japanese writes numbers as English does: naming both would say the same twice.
            if (style != this && style != JA) {
                style.read(cell).ifPresent(value -> readings.add(new Reading(style, value)));
            }
        }
        return readings;
    }

    /** A number as one style reads a cell. */
    public record Reading(NumberStyle style, BigDecimal value) {
    }

    @Override
    public String toString() {
        return tag.toUpperCase(Locale.ROOT);
    }
}
