package org.saleskpi.core.gadget.leaderboard;

import java.util.List;
import java.util.function.Function;
import org.saleskpi.core.gadget.Dates;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetInput;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;

/** The {@code leaderboard} gadget: reps ranked by points for won deals, won amount and resolved issues. */
public final class LeaderboardType implements Gadget {
    private static final LeaderboardOptions.Scoring DEFAULT = LeaderboardOptions.Scoring.DEFAULT;

    @Override
    public String key() {
        return "leaderboard";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.period("this-month"),
                OptionSpec.decimal("pointsPerWonDeal", 0).byDefault(DEFAULT.pointsPerWonDeal().toPlainString()),
                OptionSpec.decimal("pointsPerAmountUnit", 0).byDefault(DEFAULT.pointsPerAmountUnit().toPlainString()),
                OptionSpec.decimal("amountUnit", 0).byDefault(DEFAULT.amountUnit().toPlainString()),
                OptionSpec.decimal("pointsPerResolvedIssue", 0)
                        .byDefault(DEFAULT.pointsPerResolvedIssue().toPlainString()));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GadgetInput in = request.input();
        LeaderboardOptions.Scoring scoring = new LeaderboardOptions.Scoring(
                in.decimal("pointsPerWonDeal").orElseThrow(), in.decimal("pointsPerAmountUnit").orElseThrow(),
                in.decimal("amountUnit").orElseThrow(), in.decimal("pointsPerResolvedIssue").orElseThrow());
        Function<Dates, LeaderboardOptions> options = dates -> new LeaderboardOptions(dates.period(), scoring);
        LeaderboardGadget gadget = new LeaderboardGadget(request.scope());
        return new Plan(gadget.columns(), (table, dates) -> json(gadget.dataset(table, options.apply(dates)),
                request));
    }

    private static Node json(LeaderboardDataset dataset, GadgetRequest request) {
        LeaderboardOptions.Scoring scoring = dataset.scoring();
        Node.Items entries = new Node.Items();
        for (LeaderboardDataset.Entry entry : dataset.entries()) {
            entries.add(Node.fields().put("rank", entry.rank()).put("rep", entry.rep())
                    .put("displayName", request.host().person(entry.rep())).put("wonDeals", entry.wonDeals())
                    .put("wonAmount", entry.wonAmount()).put("resolvedIssues", entry.resolvedIssues())
                    .put("points", entry.points()).putJql("wonJql", entry.wonJql())
                    .putJql("resolvedJql", entry.resolvedJql()));
        }
        return Node.fields().put("type", "leaderboard").put("currency", dataset.currency())
                .put("period", Node.period(dataset.period()))
                .put("scoring", Node.fields().put("pointsPerWonDeal", scoring.pointsPerWonDeal())
                        .put("pointsPerAmountUnit", scoring.pointsPerAmountUnit())
                        .put("amountUnit", scoring.amountUnit())
                        .put("pointsPerResolvedIssue", scoring.pointsPerResolvedIssue()))
                .put("entries", entries);
    }
}
