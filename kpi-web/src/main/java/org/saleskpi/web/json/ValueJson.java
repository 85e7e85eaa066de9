package org.saleskpi.web.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;

/**
 * How computed figures appear in JSON: a present value is a number, exact as the engine computed
 * it (money to the minor unit and beyond, ratios as fractions); an absent value is {@code null}
 * beside its reason's key ({@code no-data}, {@code zero-denominator}, ...). Periods are
 * {@code {"from","to"}} ISO dates, {@code to} exclusive.
 */
public final class ValueJson {
    private ValueJson() {
    }

    /** The number, or JSON null when absent. */
    public static JsonElement number(Value value) {
        return value.asNumber().<JsonElement>map(n -> new JsonPrimitive(plain(n))).orElse(JsonNull.INSTANCE);
    }

    /** The reason's key when absent, else JSON null. */
    public static JsonElement reason(Value value) {
        return value instanceof Value.Absent absent ? new JsonPrimitive(absent.reason().key()) : JsonNull.INSTANCE;
    }

    /** Writes {@code field} and {@code <field>AbsentReason} (or {@code value} and {@code absentReason}). */
    public static void put(JsonObject target, String field, Value value) {
        target.add(field, number(value));
        target.add("value".equals(field) ? "absentReason" : field + "AbsentReason", reason(value));
    }

    /** Numbers in one array and their reasons in {@code <field>AbsentReasons}, index by index. */
    public static void putAll(JsonObject target, String field, List<Value> values) {
        JsonArray numbers = new JsonArray();
        JsonArray reasons = new JsonArray();
        for (Value value : values) {
            numbers.add(number(value));
            reasons.add(reason(value));
        }
        target.add(field, numbers);
        target.add(field + "AbsentReasons", reasons);
    }

    /** A drill-down's JQL as {@code field}; left out where the number is no set of issues. */
    public static void putJql(JsonObject target, String field, Optional<String> jql) {
        jql.ifPresent(query -> target.addProperty(field, query));
    }

    /** Drill-downs parallel to a list of values, {@code null} where a value is no set of issues. */
    public static void putJqls(JsonObject target, String field, List<Optional<String>> jqls) {
        JsonArray queries = new JsonArray();
        jqls.forEach(jql -> queries.add(jql.orElse(null)));
        target.add(field, queries);
    }

    public static JsonObject period(Period period) {
        JsonObject json = new JsonObject();
        json.addProperty("from", period.start().toString());
        json.addProperty("to", period.end().toString());
        return json;
    }

    /**
     * Two compared spans: {@code current} and {@code previous} as {@code {from, to}} local dates (to
     * excluded) in {@code zone}, and whether the current period is still running (both spans then
     * stop at the same day).
     */
    public static JsonObject comparison(Comparison comparison, String zone, boolean running) {
        JsonObject json = new JsonObject();
        json.add("current", period(comparison.current()));
        json.add("previous", period(comparison.previous()));
        json.addProperty("zone", zone);
        json.addProperty("running", running);
        return json;
    }

    public static JsonArray periods(List<Period> periods) {
        JsonArray json = new JsonArray();
        periods.forEach(p -> json.add(period(p)));
        return json;
    }

    public static JsonElement decimal(BigDecimal number) {
        return number == null ? JsonNull.INSTANCE : new JsonPrimitive(plain(number));
    }

    /** Never an exponent with a positive power: 1E+3 reads as 1000 in every client. */
    private static BigDecimal plain(BigDecimal number) {
        return number.scale() < 0 ? number.setScale(0) : number;
    }
}
