package org.saleskpi.web.gadget;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.saleskpi.core.gadget.leaderboard.LeaderboardDataset;
import org.saleskpi.core.gadget.leaderboard.LeaderboardGadget;
import org.saleskpi.core.gadget.leaderboard.LeaderboardOptions;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.web.json.ValueJson;

/**
 * {@code leaderboard}: the scoring as {@code pointsPerWonDeal} (default 10), {@code pointsPerAmountUnit}
 * (1), {@code amountUnit} (1000) and {@code pointsPerResolvedIssue} (1).
 */
final class LeaderboardType implements GadgetType {

    @Override
    public String key() {
        return "leaderboard";
    }

    @Override
    public Plan plan(GadgetRequest request) {
        LeaderboardOptions.Scoring d = LeaderboardOptions.Scoring.DEFAULT;
        LeaderboardOptions options = new LeaderboardOptions(request.period(), new LeaderboardOptions.Scoring(
                request.decimal("pointsPerWonDeal").orElse(d.pointsPerWonDeal()),
                request.decimal("pointsPerAmountUnit").orElse(d.pointsPerAmountUnit()),
                request.decimal("amountUnit").orElse(d.amountUnit()),
                request.decimal("pointsPerResolvedIssue").orElse(d.pointsPerResolvedIssue())));
        LeaderboardGadget gadget = new LeaderboardGadget(request.model(), KpiOptions.defaults(), request.drill());
        return new Plan(gadget.columns(), table -> json(gadget.dataset(table, options), request));
    }

    private static JsonObject json(LeaderboardDataset dataset, GadgetRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "leaderboard");
        json.addProperty("currency", dataset.currency());
        json.add("period", ValueJson.period(dataset.period()));
        JsonObject scoring = new JsonObject();
        scoring.add("pointsPerWonDeal", ValueJson.decimal(dataset.scoring().pointsPerWonDeal()));
        scoring.add("pointsPerAmountUnit", ValueJson.decimal(dataset.scoring().pointsPerAmountUnit()));
        scoring.add("amountUnit", ValueJson.decimal(dataset.scoring().amountUnit()));
        scoring.add("pointsPerResolvedIssue", ValueJson.decimal(dataset.scoring().pointsPerResolvedIssue()));
        json.add("scoring", scoring);
        JsonArray entries = new JsonArray();
        for (LeaderboardDataset.Entry entry : dataset.entries()) {
            JsonObject item = new JsonObject();
            item.addProperty("rank", entry.rank());
            item.addProperty("rep", entry.rep());
            item.addProperty("displayName", request.person(entry.rep()));
            item.addProperty("wonDeals", entry.wonDeals());
            item.add("wonAmount", ValueJson.decimal(entry.wonAmount()));
            item.addProperty("resolvedIssues", entry.resolvedIssues());
            item.add("points", ValueJson.decimal(entry.points()));
            ValueJson.putJql(item, "wonJql", entry.wonJql());
            ValueJson.putJql(item, "resolvedJql", entry.resolvedJql());
            entries.add(item);
        }
        json.add("entries", entries);
        return json;
    }
}
