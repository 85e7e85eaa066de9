package org.saleskpi.core.metric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.period.Period;

/**
 * Maps an epoch day to a time bin. Slot 0 is the period the first asked period is compared with,
 * then, when that one ends before the first asked period starts, a slot for the days between
 * them, then the asked periods; bin 0 holds every day before slot 0 and bin s+1 holds slot s.
 * Days after the last period, and empty dates, map to -1.
 */
final class TimeBins {
    private final List<Period> slots;
    private final int first;
    private final int base;
    private final int[] lookup;

    /** @param before what the first period is compared with; it ends on or before the first period's start */
    TimeBins(List<Period> periods, Period before) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (!periods.get(i).start().equals(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("periods must follow each other without gaps: "
                        + periods.get(i - 1) + " then " + periods.get(i));
            }
        }
        LocalDate start = periods.get(0).start();
        if (before.end().isAfter(start)) {
            throw new IllegalArgumentException("the compared period " + before + " must end before " + periods.get(0));
        }
        slots = new ArrayList<>();
        slots.add(before);
        if (before.end().isBefore(start)) {
            // The gap is a slot of its own, so that "before P" and "through P" still add up every day.
            slots.add(new Period(before.end(), start));
        }
        first = slots.size();
        slots.addAll(periods);
        LocalDate first = slots.get(0).start();
        LocalDate end = periods.get(periods.size() - 1).end();
        base = (int) first.toEpochDay();
        lookup = new int[(int) (end.toEpochDay() - base)];
        for (int s = 0; s < slots.size(); s++) {
            Period slot = slots.get(s);
            for (long day = slot.startEpochDay(); day < slot.endEpochDay(); day++) {
                lookup[(int) (day - base)] = s + 1;
            }
        }
    }

    /** The slot of the asked period {@code index}. */
    int slotOf(int index) {
        return first + index;
    }

    /** The slot that {@code slot} is compared with: the one before, the first asked period slot 0; -1 for none. */
    int previousSlot(int slot) {
        return slot == first ? 0 : slot - 1;
    }

    int slotCount() {
        return slots.size();
    }

    int binCount() {
        return slots.size() + 1;
    }

    Period slot(int slot) {
        return slots.get(slot);
    }

    int bin(int day) {
        if (day == DateColumn.NONE) {
            return -1;
        }
        int index = day - base;
        if (index < 0) {
            return 0;
        }
        return index < lookup.length ? lookup[index] : -1;
    }

    void binAll(int[] days, int[] out, int size) {
        for (int i = 0; i < size; i++) {
            out[i] = bin(days[i]);
        }
    }
}
