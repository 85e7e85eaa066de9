package org.saleskpi.core.gadget;

import java.util.List;
import java.util.Optional;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * A {@code groupBy}-like query parameter: {@code rep}, {@code assignee}, {@code customer},
 * {@code status}, {@code issuetype} (or {@code issue-type}), {@code stage} (the profile's stages in its order),
 * or {@code field:<id>} for a text,
 * select or user custom field the caller can see. Groups are labelled for people: users by their
 * display name, everything else by its value; the group of issues without a value is {@code (none)}.
 */
public record GroupingParam(String key, Dimension dimension, boolean ofUsers) {
    public static final String NONE_LABEL = "(none)";
    /**
     * The groupings every grouping option offers besides {@code field:<id>}, in the order forms list them; the
     * options schema serves them, so a new one needs no edit of the forms.
     */
    public static final List<String> KEYS = List.of("rep", "assignee", "customer", "status", "issuetype", "stage");

    /**
     * The groupings a grouping option offers: all of {@link #KEYS}, but a bar's stacks ({@code stackBy}) split a
     * figure by one column's values, which the stages (a dimension of steps) are not.
     */
    public static List<String> offered(OptionSpec option) {
        return option.name().equals("stackBy") ? KEYS.stream().filter(key -> !key.equals("stage")).toList() : KEYS;
    }

    /**
     * @throws InvalidInputException naming {@code name} for an unknown grouping, an unknown or
     *     unsuitable field, or customer without the profile's customer field
     */
    public static GroupingParam parse(String name, String key, SalesModel model, List<IssueCatalog.FieldInfo> fields) {
        return parse(name, key, new KpiCatalog(model, KpiOptions.defaults()), fields);
    }

    /** As {@link #parse(String, String, SalesModel, List)}, over the request's one catalog. */
    public static GroupingParam parse(String name, String key, KpiCatalog catalog, List<IssueCatalog.FieldInfo> fields) {
        String text = key.trim();
        if (text.startsWith("field:")) {
            String id = text.substring("field:".length());
            IssueCatalog.FieldInfo field = fields.stream().filter(f -> f.id().equals(id)).findFirst()
                    .orElseThrow(() -> invalid(name, "saleskpi.groupBy.unknownField", name + ": there is no field " + id + "."));
            if (!field.type().isCoded()) {
                throw invalid(name, "saleskpi.groupBy.fieldType",
                        name + ": only text, select and user fields can group, not " + field.name() + ".");
            }
            return new GroupingParam(text, Dimension.by(Column.custom(id, field.type()), Filter.all()),
                    field.type() == FieldType.USER);
        }
        GroupBy groupBy = switch (text) {
            case "rep" -> GroupBy.REP;
            case "assignee" -> GroupBy.ASSIGNEE;
            case "customer" -> GroupBy.CUSTOMER;
            case "status" -> GroupBy.STATUS;
            case "issuetype", "issue-type" -> GroupBy.ISSUE_TYPE;
            case "stage" -> GroupBy.STAGE;
            default -> throw invalid(name, "saleskpi.groupBy.unknown", name + " '" + text
                    + "' is not a grouping: expected rep, assignee, customer, status, issuetype, stage or field:<id>.");
        };
        Dimension dimension;
        try {
            dimension = groupBy.dimension(catalog);
        } catch (InvalidInputException e) {
            throw groupBy == GroupBy.STAGE ? invalid(name, "saleskpi.groupBy.noStages",
                    name + ": grouping by stage needs the profile's stages.")
                    : invalid(name, "saleskpi.groupBy.noCustomerField",
                            name + ": grouping by customer needs the profile's customer field.");
        }
        return new GroupingParam(text, dimension, groupBy == GroupBy.REP || groupBy == GroupBy.ASSIGNEE);
    }

    /** The rep grouping, for KPIs read per rep by nature and for gadgets that default to it. */
    public static GroupingParam rep(SalesModel model) {
        return new GroupingParam("rep", GroupBy.REP.dimension(model), true);
    }

    /** What a screen shows for a group's value. */
    public String label(String group, Directory directory) {
        if (group.isEmpty()) {
            return NONE_LABEL;
        }
        return ofUsers ? directory.find(group).map(UserRef::displayName).orElse(group) : group;
    }

    /** The optional parameter, or empty when it is absent. */
    public static Optional<GroupingParam> optional(String name, String key, SalesModel model,
            List<IssueCatalog.FieldInfo> fields) {
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(parse(name, key, model, fields));
    }

    private static InvalidInputException invalid(String name, String messageKey, String message) {
        return InvalidInputException.of(name, messageKey, message);
    }
}
