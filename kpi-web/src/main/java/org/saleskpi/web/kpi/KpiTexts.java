package org.saleskpi.web.kpi;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.metric.Unit;

/**
 * The English name, description and headline unit of each KPI, as the catalog lists them. Screens
 * translate through the keys {@code saleskpi.kpi.<key>.name} and {@code saleskpi.kpi.<key>.description}.
 */
public record KpiTexts(String name, String description, Unit unit) {
    private static final Map<Kpi, KpiTexts> TEXTS = new EnumMap<>(Kpi.class);

    static {
        put(Kpi.WON_REVENUE, "Won revenue", "Sum and count of the deals won in the period.", Unit.AMOUNT);
        put(Kpi.TARGET_ATTAINMENT, "Sales target attainment",
                "Won amount in the period divided by the target or the reps' quotas.", Unit.RATIO);
        put(Kpi.SALES_PER_REP, "Sales per rep",
                "Per rep: deals won in the period, their amount and the average deal size.", Unit.AMOUNT);
        put(Kpi.SALES_CYCLE, "Sales cycle length",
                "Mean and median days from a deal's creation to its close, over deals won in the period.", Unit.DAYS);
        put(Kpi.EMAIL_OPEN_RATE, "Email open rate",
                "Emails opened divided by emails sent, over campaigns created in the period.", Unit.RATIO);
        put(Kpi.NEW_LEADS, "New leads", "Lead issues created in the period.", Unit.COUNT);
        put(Kpi.NEW_OPPORTUNITIES, "New opportunities", "Deal issues created in the period.", Unit.COUNT);
        put(Kpi.LEAD_CONVERSION, "Lead conversion",
                "Leads created in the period that are now converted, divided by all leads created in it.", Unit.RATIO);
        put(Kpi.WIN_RATE, "Win rate", "Won deals divided by won and lost deals closed in the period.", Unit.RATIO);
        put(Kpi.TIME_TO_CONVERT, "Time to convert",
                "Mean days from a lead's creation to its resolution, over leads converted in the period.", Unit.DAYS);
        put(Kpi.SALES_GROWTH, "Sales growth",
                "Change of won amount against the previous period, as a fraction of the previous amount.", Unit.RATIO);
        put(Kpi.CLV, "Customer lifetime value",
                "Won amount per customer with at least one won deal, over all time up to the period's end.", Unit.AMOUNT);
        put(Kpi.CHURN_RATE, "Churn rate", "Customers lost in the period divided by customers at its start.", Unit.RATIO);
        put(Kpi.RETENTION_RATE, "Retention rate",
                "Customers at the end of the period less the new ones, divided by customers at its start.", Unit.RATIO);
        put(Kpi.CAC, "Customer acquisition cost",
                "Sales and marketing cost in the period divided by the new customers in it.", Unit.AMOUNT);
    }

    private static void put(Kpi kpi, String name, String description, Unit unit) {
        TEXTS.put(kpi, new KpiTexts(name, description, unit));
    }

    public static KpiTexts of(Kpi kpi) {
        return TEXTS.get(kpi);
    }

    /** A unit as JSON names it: {@code amount}, {@code count}, {@code days}, {@code ratio}, {@code number}. */
    public static String unitKey(Unit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }
}
