package org.saleskpi.core.metric;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.saleskpi.core.period.Period;

/** A metric's values per group (rows) and per period (columns). */
public final class Grid {
    private final Unit unit;
    private final List<String> groups;
    private final List<Period> periods;
    private final Value[][] values;

    public Grid(Unit unit, List<String> groups, List<Period> periods, Value[][] values) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.groups = List.copyOf(groups);
        this.periods = List.copyOf(periods);
        if (values.length != this.groups.size()) {
            throw new IllegalArgumentException("one row of values per group");
        }
        this.values = new Value[values.length][];
        for (int g = 0; g < values.length; g++) {
            if (values[g].length != this.periods.size()) {
                throw new IllegalArgumentException("one value per period in every row");
            }
            this.values[g] = values[g].clone();
        }
    }

    public Unit unit() {
        return unit;
    }

    /** Group values ("" for the single group of an ungrouped result). */
    public List<String> groups() {
        return groups;
    }

    public List<Period> periods() {
        return periods;
    }

    public Value value(int group, int period) {
        return values[group][period];
    }

    /** The value of the single group for the single period. */
    public Value single() {
        if (groups.size() != 1 || periods.size() != 1) {
            throw new IllegalStateException("not a single value: " + groups.size() + " groups x " + periods.size() + " periods");
        }
        return values[0][0];
    }

    /** The value of a named group, in period {@code period}. */
    public Value value(String group, int period) {
        int index = groups.indexOf(group);
        if (index < 0) {
            throw new IllegalArgumentException("no group " + group);
        }
        return values[index][period];
    }

    /** Values of one group across the periods. */
    public List<Value> row(int group) {
        return Arrays.asList(values[group].clone());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int g = 0; g < groups.size(); g++) {
            text.append(groups.get(g)).append(": ").append(Arrays.toString(values[g])).append('\n');
        }
        return text.toString();
    }
}
