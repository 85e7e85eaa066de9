package org.saleskpi.demo;

import java.util.List;

/**
 * The reps of a data set and how work is shared among them. The last sixth of the team are
 * development reps who work leads and tasks but own no deal, so "sales per rep" has reps with
 * nothing to show; the others close deals, some busier than others.
 */
final class SalesTeam {
    private final List<String> reps;
    private final int closers;
    /** Cumulative workload of the closers, so a few of them carry more deals. */
    private final double[] closerLoad;

    SalesTeam(List<String> reps, Dice dice) {
        this.reps = List.copyOf(reps);
        this.closers = reps.size() - reps.size() / 6;
        this.closerLoad = new double[closers];
        double sum = 0;
        for (int i = 0; i < closers; i++) {
            sum += 0.5 + dice.unit();
            closerLoad[i] = sum;
        }
    }

    int closerCount() {
        return closers;
    }

    /** A rep who owns deals, the busier ones more often. */
    String closer(Dice dice) {
        double target = dice.unit() * closerLoad[closers - 1];
        int i = 0;
        while (closerLoad[i] <= target && i < closers - 1) {
            i++;
        }
        return reps.get(i);
    }

    /** Anyone on the team; development reps take twice their share of leads. */
    String leadWorker(Dice dice) {
        int developers = reps.size() - closers;
        int slots = closers + 2 * developers;
        int slot = dice.between(0, slots - 1);
        return slot < closers ? reps.get(slot) : reps.get(closers + (slot - closers) / 2);
    }

    /** Anyone on the team, evenly. */
    String anyRep(Dice dice) {
        return reps.get(dice.between(0, reps.size() - 1));
    }
}
