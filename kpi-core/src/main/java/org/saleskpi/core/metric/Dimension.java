package org.saleskpi.core.metric;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saleskpi.core.issue.Column;

/** What a result is grouped by, besides the time buckets. */
public sealed interface Dimension {

    /** One group holding everything. */
    record None() implements Dimension {
    }

    /**
     * One group per value of a coded column (rep, customer, status, issue type, an option field).
     * The groups are the values found on issues that pass {@code universe}, whatever the period,
     * so that a rep who owns deals but won none still shows with 0. A figure as of an instant reads
     * the issues as they were then: each issue is in the group of its value then, and the values held
     * then (by issues that existed and passed the universe then) are groups too, so a rep who owned
     * deals only in the past has a group of their own (docs/adr/0034-groups-as-they-were.md).
     */
    record By(Column column, Filter universe) implements Dimension {
        public By {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(universe, "universe");
            if (!column.type().isCoded()) {
                throw new IllegalArgumentException("group by needs a coded column, not " + column.id());
            }
        }
    }

    /**
     * One group per step, in the order given, every step shown even when it holds nothing: the stages
     * of a profile (KPI-DEFINITIONS.md rows 11, 12, 16), each a named set of values of a coded column
     * (a stage is one status; the funnel's last step "won" is every won status). An issue is in the step
     * its value belongs to, or in none; history figures put each visit in the step of the visited value
     * and each reached step in its own group (docs/adr/0027-pipeline-parts.md).
     */
    record Steps(Column column, List<Step> steps) implements Dimension {
        public Steps {
            Objects.requireNonNull(column, "column");
            if (!column.type().isCoded()) {
                throw new IllegalArgumentException("steps group a coded column, not " + column.id());
            }
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("at least one step is needed");
            }
            Set<String> names = new HashSet<>();
            Set<String> values = new HashSet<>();
            for (Step step : steps) {
                if (!names.add(step.name())) {
                    throw new IllegalArgumentException("two steps are named " + step.name());
                }
                for (String value : step.values()) {
                    if (!values.add(value)) {
                        throw new IllegalArgumentException(value + " is in two steps");
                    }
                }
            }
        }

        /** The position of the step {@code value} belongs to, or -1 when it is in none. */
        public int indexOf(String value) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).values().contains(value)) {
                    return i;
                }
            }
            return -1;
        }

        /** Every value of every step: the issues that are in some step. */
        public Set<String> values() {
            Set<String> all = new HashSet<>();
            steps.forEach(step -> all.addAll(step.values()));
            return all;
        }
    }

    /** A named group of values, e.g. the stage "Proposal" or the step "won". */
    record Step(String name, Set<String> values) {
        public Step {
            Objects.requireNonNull(name, "name");
            values = Set.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("the step " + name + " has no value");
            }
        }

        /** A step of one value named after it: a stage is its status. */
        public static Step of(String value) {
            return new Step(value, Set.of(value));
        }
    }

    static Dimension none() {
        return new None();
    }

    static Dimension by(Column column, Filter universe) {
        return new By(column, universe);
    }

    static Dimension steps(Column column, List<Step> steps) {
        return new Steps(column, steps);
    }
}
