package org.saleskpi.core.metric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * Maps an epoch day to a time bin. Slot 0 is the period before the first asked period, slots
 * 1..n are the asked periods; bin 0 holds every day before slot 0 and bin s+1 holds slot s.
 * Days after the last period, and empty dates, map to -1.
 */
final class TimeBins {
    private final List<Period> slots;
    private final int base;
    private final int[] lookup;

    TimeBins(SalesCalendar calendar, List<Period> periods) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (!periods.get(i).start().equals(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("periods must follow each other without gaps: "
                        + periods.get(i - 1) + " then " + periods.get(i));
            }
        }
        slots = new ArrayList<>();
        slots.add(calendar.previous(periods.get(0)));
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
