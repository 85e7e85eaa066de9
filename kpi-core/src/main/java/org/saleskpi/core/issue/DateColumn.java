package org.saleskpi.core.issue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** A column of local dates stored as epoch days; {@link #NONE} marks an empty cell. */
public final class DateColumn {
    /** The stored value of an empty cell. */
    public static final int NONE = Integer.MIN_VALUE;

    private final int[] days;

    DateColumn(int[] days, int size) {
        this.days = Arrays.copyOf(days, size);
    }

    /** This column cut or extended to {@code size} rows, row {@code places[i]} holding {@code placeDays[i]}. */
    DateColumn withDays(int size, int[] places, int[] placeDays) {
        int[] copy = Arrays.copyOf(days, size);
        for (int p = 0; p < places.length; p++) {
            copy[places[p]] = placeDays[p];
        }
        return new DateColumn(copy);
    }

    private DateColumn(int[] days) {
        this.days = days;
    }

    public int size() {
        return days.length;
    }

    /** Epoch day of a row, or {@link #NONE}. */
    public int day(int row) {
        return days[row];
    }

    public Optional<LocalDate> date(int row) {
        int day = days[row];
        return day == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
    }

    /** Copies the epoch days of rows {@code [from, to)} into {@code out[0 .. to-from)}. */
    public void decode(int from, int to, int[] out) {
        System.arraycopy(days, from, out, 0, to - from);
    }

    long bytes() {
        return 4L * days.length;
    }
}
