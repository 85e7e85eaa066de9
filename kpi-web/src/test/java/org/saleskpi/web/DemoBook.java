package org.saleskpi.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalInput;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetInput;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;

/**
 * A generated year of SALES (400 issues, four reps rep01..rep04), today 2023-12-20 (UTC), served by an
 * {@link ApiServer} with the demo profile "Demo" and the goal "Q4 calls" (one number target of rep01).
 * adam administers SALES, vera only browses it, oscar browses OTHER.
 */
public final class DemoBook implements AutoCloseable {
    public static final DemoSpec SPEC = new DemoSpec(7, 400, LocalDate.of(2023, 1, 1), 12, ZoneOffset.UTC, "SALES", 4);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2023-12-20T10:00:00Z"), ZoneOffset.UTC);
    public static final Map<String, String> PEOPLE = Map.of("rep01", "Rita One", "rep02", "Rob Two", "rep03", "Ray Three",
            "rep04", "Rae Four", "manager", "Mona Manager", "adam", "Adam Admin", "vera", "Vera Viewer");

    private final ApiServer api;
    private final long profile;
    private final long goal;

    private DemoBook(ApiServer api, long profile, long goal) {
        this.api = api;
        this.profile = profile;
        this.goal = goal;
    }

    public static DemoBook start() throws Exception {
        TestAccess access = new TestAccess().administer("adam", "SALES").browse("vera", "SALES").browse("oscar", "OTHER");
        List<IssueCatalog.FieldInfo> fields = List.of(
                new IssueCatalog.FieldInfo(DemoSalesModel.AMOUNT_FIELD, "Amount", FieldType.NUMBER),
                new IssueCatalog.FieldInfo(DemoSalesModel.CUSTOMER_FIELD, "Account", FieldType.TEXT),
                new IssueCatalog.FieldInfo(DemoSalesModel.COST_FIELD, "Cost", FieldType.NUMBER),
                new IssueCatalog.FieldInfo(DemoSalesModel.EMAILS_SENT_FIELD, "Sent", FieldType.NUMBER),
                new IssueCatalog.FieldInfo(DemoSalesModel.EMAILS_OPENED_FIELD, "Opened", FieldType.NUMBER));
        ApiServer api = ApiServer.start(access, DemoIssues.generateList(SPEC), fields, PEOPLE, CLOCK);
        try {
            ApiServer.Answer created = api.post("adam", "/profiles", profileJson(DemoSalesModel.of(SPEC)));
            if (created.status() != 201) {
                throw new IllegalStateException("the demo profile was refused: " + created.text());
            }
            Goal draft = Goal.create("SALES", new GoalInput(null, "rep01", "Q4 calls", "", LocalDate.of(2023, 10, 1),
                    LocalDate.of(2023, 12, 31), "#0052CC"), CLOCK.instant());
            Target calls = Target.create(0, new TargetInput("Calls", "number", null, null, null, null, null, 0.0, 100.0,
                    10.0, "rep01", 1.0));
            long goal = api.services().goals().create(draft.withTargets(List.of(calls))).id();
            return new DemoBook(api, created.json().getAsJsonObject().get("id").getAsLong(), goal);
        } catch (Exception | Error e) {
            api.close();
            throw e;
        }
    }

    public ApiServer api() {
        return api;
    }

    /** The id of the profile "Demo" of SALES. */
    public long profile() {
        return profile;
    }

    /** The id of the goal "Q4 calls". */
    public long goal() {
        return goal;
    }

    private static String profileJson(SalesModel model) {
        JsonObject json = new JsonObject();
        json.addProperty("name", "Demo");
        json.addProperty("project", "SALES");
        json.addProperty("scope", model.scopeJql());
        json.add("leadTypes", array(model.leadTypes()));
        json.add("dealTypes", array(model.dealTypes()));
        json.add("customerTypes", array(model.customerTypes()));
        json.add("campaignTypes", array(model.campaignTypes()));
        json.add("costTypes", array(model.costTypes()));
        json.add("wonStatuses", array(model.wonStatuses()));
        json.add("lostStatuses", array(model.lostStatuses()));
        json.add("convertedStatuses", array(model.convertedStatuses()));
        json.add("churnedStatuses", array(model.churnedStatuses()));
        JsonObject fields = new JsonObject();
        fields.addProperty("amount", model.amountField());
        fields.addProperty("customer", model.customerField().orElseThrow());
        fields.addProperty("cost", model.costField().orElseThrow());
        fields.addProperty("emailsSent", model.emailsSentField().orElseThrow());
        fields.addProperty("emailsOpened", model.emailsOpenedField().orElseThrow());
        json.add("fields", fields);
        json.addProperty("currency", model.currency().getCurrencyCode());
        json.addProperty("timeZone", "UTC");
        json.addProperty("fiscalYearStartMonth", model.calendar().fiscalYearStartMonth());
        return json.toString();
    }

    private static JsonArray array(java.util.Set<String> values) {
        JsonArray array = new JsonArray();
        new TreeSet<>(values).forEach(array::add);
        return array;
    }

    @Override
    public void close() throws Exception {
        api.close();
    }
}
