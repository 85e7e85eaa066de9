package org.saleskpi.core.gadget;

import java.util.Locale;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.validation.InvalidInputException;

/** The groupings a gadget's options form offers, each turned into a {@link Dimension} for a sales model. */
public enum GroupBy {
    /** The rep a deal is credited to; every rep owning a deal in scope is a group. */
    REP,
    /** The assignee of any issue. */
    ASSIGNEE,
    STATUS,
    ISSUE_TYPE,
    /** The account of a deal; deals without one form the empty group. */
    CUSTOMER,
    /**
     * The profile's stages in its order, every stage a group even when empty; an issue is in the stage its status
     * is, or in none (KPI-DEFINITIONS.md row 16, "grouped by stage").
     */
    STAGE;

    /** Stable lower-case key used in gadget preferences, e.g. {@code issue-type}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static GroupBy fromKey(String key) {
        for (GroupBy groupBy : values()) {
            if (groupBy.key().equals(key)) {
                return groupBy;
            }
        }
        throw InvalidInputException.of("groupBy", "saleskpi.gadget.groupBy.unknown", "unknown groupBy: " + key);
    }

    /**
     * @throws InvalidInputException naming {@code groupBy} for customers when the profile has no
     *     customer field
     */
    public Dimension dimension(SalesModel model) {
        return dimension(new KpiCatalog(model, KpiOptions.defaults()));
    }

    /** As {@link #dimension(SalesModel)}, over the request's one catalog. */
    public Dimension dimension(KpiCatalog catalog) {
        return switch (this) {
            case REP -> catalog.byRep();
            case ASSIGNEE -> Dimension.by(Column.ASSIGNEE, Filter.all());
            case STATUS -> Dimension.by(Column.STATUS, Filter.all());
            case ISSUE_TYPE -> Dimension.by(Column.ISSUE_TYPE, Filter.all());
            case CUSTOMER -> catalog.byCustomer().orElseThrow(() -> InvalidInputException.of("groupBy",
                    "saleskpi.gadget.groupBy.noCustomerField", "groupBy customer needs the profile's customer field"));
            case STAGE -> catalog.byStage().orElseThrow(() -> InvalidInputException.of("groupBy",
                    "saleskpi.groupBy.noStages", "groupBy stage needs the profile's stages"));
        };
    }
}
