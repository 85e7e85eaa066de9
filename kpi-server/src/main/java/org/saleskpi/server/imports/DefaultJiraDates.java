package org.saleskpi.server.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;

/**
 * Jira's default formats ({@code dd/MMM/yy h:mm a} and its date part {@code dd/MMM/yy}) read by hand: a
 * {@code DateTimeFormatter} parse was about half of building an imported issue. Only cells that are plainly
 * valid are read here (two-digit day within its month, an ASCII English month, hour 1 to 12, two-digit minutes);
 * every other cell gives null, and the caller asks the formatter, whose answer (including its lenient cases
 * such as the 31st of February) stays the one that counts.
 */
final class DefaultJiraDates {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private DefaultJiraDates() {
    }

    /** {@code 12/Mar/24 3:45 PM}, or null when the cell is not one read here. */
    static LocalDateTime dateTime(String cell) {
        // dd/MMM/yy is 9 characters, then " h:mm AM" (8) or " hh:mm AM" (9).
        int length = cell.length();
        if (length != 17 && length != 18 || cell.charAt(9) != ' ') {
            return null;
        }
        LocalDate date = date(cell, 0);
        if (date == null) {
            return null;
        }
        int hourDigits = length - 16;
        int hour = digits(cell, 10, hourDigits);
        int at = 10 + hourDigits;
        if (hour < 1 || hour > 12 || cell.charAt(at) != ':') {
            return null;
        }
        int minute = digits(cell, at + 1, 2);
        if (minute < 0 || minute > 59 || cell.charAt(at + 3) != ' ') {
            return null;
        }
        char half = lower(cell.charAt(at + 4));
        if (half != 'a' && half != 'p' || lower(cell.charAt(at + 5)) != 'm') {
            return null;
        }
        // 12 AM is midnight, 12 PM noon.
        int hourOfDay = hour % 12 + (half == 'p' ? 12 : 0);
        return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hourOfDay, minute);
    }

    /** {@code 12/Mar/24}, or null when the cell is not one read here. */
    static LocalDate date(String cell) {
        return cell.length() == 9 ? date(cell, 0) : null;
    }

    private static LocalDate date(String cell, int from) {
        int day = digits(cell, from, 2);
        if (day < 1 || cell.charAt(from + 2) != '/' || cell.charAt(from + 6) != '/') {
            return null;
        }
        int month = month(cell, from + 3);
        int year = digits(cell, from + 7, 2);
        if (month < 1 || year < 0) {
            return null;
        }
        // "yy" reads as 2000 to 2099; a day past the month's end is left to the formatter (which moves it).
        int fullYear = 2000 + year;
        if (day > Month.of(month).length(Year.isLeap(fullYear))) {
            return null;
        }
        return LocalDate.of(fullYear, month, day);
    }

    /** The month 1 to 12 of three ASCII letters in any case at {@code from}, or -1. */
    private static int month(String cell, int from) {
        char a = lower(cell.charAt(from));
        char b = lower(cell.charAt(from + 1));
        char c = lower(cell.charAt(from + 2));
        for (int i = 0; i < MONTHS.length; i++) {
            String name = MONTHS[i];
            if (name.charAt(0) == a && name.charAt(1) == b && name.charAt(2) == c) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The number of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String cell, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** ASCII letters lower-cased; anything else becomes a character no name holds. */
    private static char lower(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return c >= 'a' && c <= 'z' ? c : '\0';
    }
}
