package org.saleskpi.core.gadget.leaderboard;

import java.util.List;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;

/** The {@code leaderboard} gadget: reps ranked by points. */
public final class LeaderboardType implements Gadget {

    @Override
    public String key() {
        return "leaderboard";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.of("period", OptionKind.PERIOD).byDefault("this-month"),
                OptionSpec.decimal("pointsPerWonDeal", 0).byDefault("10"),
                OptionSpec.decimal("pointsPerAmountUnit", 0).byDefault("1"),
                OptionSpec.decimal("amountUnit", 0).byDefault("1000"),
                OptionSpec.decimal("pointsPerResolvedIssue", 0).byDefault("1"));
    }
}
