package org.saleskpi.web.profile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.money.Money;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.json.JsonInput;

/**
 * A KPI profile as JSON, both ways:
 * <pre>
 * {"id","version","name","project","scope","leadTypes":[],"dealTypes":[],"customerTypes":[],
 *  "campaignTypes":[],"costTypes":[],"wonStatuses":[],"lostStatuses":[],"convertedStatuses":[],
 *  "churnedStatuses":[],"fields":{"amount","closeDate","customer","cost","emailsSent","emailsOpened"},
 *  "rep","currency","timeZone","fiscalYearStartMonth","weekStart","staleDays",
 *  "stages":[],"probabilityField","forecastCategoryField","forecastCategories":{}}
 * </pre>
 * {@code fields.closeDate} null means the resolution date; {@code rep} is {@code assignee} or the id
 * of a user custom field. Field ids must be fields the caller can see, of a fitting type. Every
 * error names the JSON field it is about. The pipeline members are {@link PipelineJson}'s.
 */
final class ProfileJson {
    static final String ASSIGNEE = "assignee";
    static final int DEFAULT_STALE_DAYS = 14;
    private static final List<String> TYPE_LISTS = List.of("leadTypes", "dealTypes", "customerTypes",
            "campaignTypes", "costTypes");
    private static final List<String> STATUS_LISTS = List.of("wonStatuses", "lostStatuses", "convertedStatuses",
            "churnedStatuses");
    /** The sales model's own error fields, as the JSON names them. */
    private static final Map<String, String> MODEL_FIELDS = Map.of("amountField", "fields.amount",
            "closeDateField", "fields.closeDate", "customerField", "fields.customer", "costField", "fields.cost",
            "repField", "rep", "scopeJql", "scope");

    private ProfileJson() {
    }

    /** The fields a body sets, read before the profile is built: the project decides who may write. */
    record Draft(JsonInput input, Optional<String> project) {
    }

    static Draft draft(JsonElement body) {
        JsonInput input = JsonInput.of(body);
        return new Draft(input, input.text("project", JsonInput.MAX_TEXT).filter(p -> !p.isBlank()));
    }

    /**
     * The profile the body describes, for {@code projectKey}; {@code id} and {@code version} 0 for a new one.
     *
     * @param pipeline the pipeline settings of members the body does not send ({@link PipelineJson})
     * @throws InvalidInputException naming every field that is wrong
     */
    static KpiProfile read(Draft draft, String projectKey, long id, long version, List<IssueCatalog.FieldInfo> known,
            PipelineSettings pipeline) {
        JsonInput in = draft.input();
        String name = in.requiredText("name", JsonInput.MAX_TEXT);
        String scope = in.text("scope", JsonInput.MAX_LONG_TEXT).filter(s -> !s.isBlank())
                .orElse("project = " + projectKey);
        List<List<String>> types = TYPE_LISTS.stream().map(f -> in.texts(f, JsonInput.MAX_TEXT)).toList();
        List<List<String>> statuses = STATUS_LISTS.stream().map(f -> in.texts(f, JsonInput.MAX_TEXT)).toList();
        Optional<JsonInput> fields = in.object("fields");
        if (fields.isEmpty() && !in.has("fields")) {
            in.reject("fields", "saleskpi.error.required", "is required (at least fields.amount)");
        }
        JsonInput f = fields.orElse(JsonInput.of(new JsonObject()));
        String amount = fields.map(x -> x.requiredText("amount", JsonInput.MAX_TEXT)).orElse("");
        Optional<String> closeDate = f.text("closeDate", JsonInput.MAX_TEXT);
        Optional<String> customer = f.text("customer", JsonInput.MAX_TEXT);
        Optional<String> cost = f.text("cost", JsonInput.MAX_TEXT);
        Optional<String> sent = f.text("emailsSent", JsonInput.MAX_TEXT);
        Optional<String> opened = f.text("emailsOpened", JsonInput.MAX_TEXT);
        String rep = in.text("rep", JsonInput.MAX_TEXT).orElse(ASSIGNEE);
        String currencyCode = in.text("currency", JsonInput.MAX_TEXT).orElse("USD");
        String zoneId = in.text("timeZone", JsonInput.MAX_TEXT).orElse("UTC");
        long fiscalStart = in.whole("fiscalYearStartMonth").orElse(1L);
        String weekStart = in.text("weekStart", JsonInput.MAX_TEXT).orElse(DayOfWeek.MONDAY.name());
        long staleDays = in.whole("staleDays").orElse((long) DEFAULT_STALE_DAYS);

        if (fields.isPresent()) {
            FieldCheck check = new FieldCheck(fields.get(), known);
            if (!amount.isBlank()) {
                check.require("amount", amount, Set.of(FieldType.NUMBER), "a Number field");
            }
            closeDate.ifPresent(v -> check.require("closeDate", v, Set.of(FieldType.DATE), "a Date field"));
            customer.ifPresent(v -> check.require("customer", v, Set.of(FieldType.TEXT, FieldType.OPTION),
                    "a text or select field"));
            cost.ifPresent(v -> check.require("cost", v, Set.of(FieldType.NUMBER), "a Number field"));
            sent.ifPresent(v -> check.require("emailsSent", v, Set.of(FieldType.NUMBER), "a Number field"));
            opened.ifPresent(v -> check.require("emailsOpened", v, Set.of(FieldType.NUMBER), "a Number field"));
        }
        Optional<String> repField = ASSIGNEE.equals(rep) ? Optional.empty() : Optional.of(rep);
        repField.ifPresent(v -> new FieldCheck(in, known).require("rep", v, Set.of(FieldType.USER),
                "assignee or a user picker field (the reporter cannot be the rep yet)"));
        Currency currency = null;
        try {
            currency = Money.currency(currencyCode);
        } catch (IllegalArgumentException e) {
            in.reject("currency", "saleskpi.profile.currency.invalid", "must be an ISO 4217 code such as USD");
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            in.reject("timeZone", "saleskpi.profile.timeZone.invalid",
                    "must be a time zone id such as Europe/Berlin or UTC");
        }
        if (fiscalStart < 1 || fiscalStart > 12) {
            in.reject("fiscalYearStartMonth", "saleskpi.profile.fiscalYearStartMonth.invalid",
                    "must be a month from 1 to 12");
        }
        DayOfWeek week = null;
        try {
            week = DayOfWeek.valueOf(weekStart.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            in.reject("weekStart", "saleskpi.profile.weekStart.invalid", "must be a day such as MONDAY");
        }
        if (staleDays < 1 || staleDays > 3660) {
            in.reject("staleDays", "saleskpi.profile.staleDays.invalid", "must be from 1 to 3660");
        }
        PipelineSettings pipelineRead = PipelineJson.read(in, pipeline, known);
        in.done();
        try {
            SalesModel model = new SalesModel(scope, Set.copyOf(types.get(0)), Set.copyOf(types.get(1)),
                    Set.copyOf(types.get(2)), Set.copyOf(types.get(3)), Set.copyOf(types.get(4)),
                    Set.copyOf(statuses.get(0)), Set.copyOf(statuses.get(1)), Set.copyOf(statuses.get(2)),
                    Set.copyOf(statuses.get(3)), amount, closeDate, customer, cost, sent, opened, repField, currency,
                    new SalesCalendar(zone, (int) fiscalStart, week), (int) staleDays, pipelineRead);
            return new KpiProfile(id, projectKey, name.strip(), model, version);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(err -> err.at(MODEL_FIELDS.getOrDefault(err.field(), err.field())))
                    .toList());
        }
    }

    static JsonObject write(KpiProfile profile) {
        SalesModel model = profile.model();
        JsonObject json = new JsonObject();
        json.addProperty("id", profile.id());
        json.addProperty("version", profile.version());
        json.addProperty("name", profile.name());
        json.addProperty("project", profile.projectKey());
        json.addProperty("scope", model.scopeJql());
        json.add("leadTypes", sorted(model.leadTypes()));
        json.add("dealTypes", sorted(model.dealTypes()));
        json.add("customerTypes", sorted(model.customerTypes()));
        json.add("campaignTypes", sorted(model.campaignTypes()));
        json.add("costTypes", sorted(model.costTypes()));
        json.add("wonStatuses", sorted(model.wonStatuses()));
        json.add("lostStatuses", sorted(model.lostStatuses()));
        json.add("convertedStatuses", sorted(model.convertedStatuses()));
        json.add("churnedStatuses", sorted(model.churnedStatuses()));
        JsonObject fields = new JsonObject();
        fields.addProperty("amount", model.amountField());
        fields.add("closeDate", text(model.closeDateField()));
        fields.add("customer", text(model.customerField()));
        fields.add("cost", text(model.costField()));
        fields.add("emailsSent", text(model.emailsSentField()));
        fields.add("emailsOpened", text(model.emailsOpenedField()));
        json.add("fields", fields);
        json.addProperty("rep", model.repField().orElse(ASSIGNEE));
        json.addProperty("currency", model.currency().getCurrencyCode());
        json.addProperty("timeZone", model.calendar().zone().getId());
        json.addProperty("fiscalYearStartMonth", model.calendar().fiscalYearStartMonth());
        json.addProperty("weekStart", model.calendar().weekStart().name());
        json.addProperty("staleDays", model.staleDays());
        PipelineJson.write(model.pipeline(), json);
        return json;
    }

    private static JsonArray sorted(Set<String> values) {
        JsonArray array = new JsonArray();
        new TreeSet<>(values).forEach(array::add);
        return array;
    }

    static JsonElement text(Optional<String> value) {
        return value.<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE);
    }

    /** Checks field ids against the fields the caller can see, recording errors on the given input. */
    record FieldCheck(JsonInput input, List<IssueCatalog.FieldInfo> known) {
        void require(String field, String id, Set<FieldType> types, String what) {
            Optional<IssueCatalog.FieldInfo> info = known.stream().filter(k -> k.id().equals(id)).findFirst();
            if (info.isEmpty()) {
                input.reject(field, "saleskpi.profile.field.unknown", "names no field you can see: " + id);
            } else if (!types.contains(info.get().type())) {
                input.reject(field, "saleskpi.profile.field.type", "must be " + what + ", " + info.get().name()
                        + " is not");
            }
        }
    }
}
