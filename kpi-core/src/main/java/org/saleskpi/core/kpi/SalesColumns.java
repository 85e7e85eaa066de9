package org.saleskpi.core.kpi;

import java.util.Optional;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;

/**
 * The table columns a sales model points at: where the amount, close date, rep and customer live.
 * The customer is read as a text column whatever its Jira type (text, select or issue key): the
 * table stores any of them as its text. Hosts load exactly the columns the engine asks for.
 */
public record SalesColumns(
        Column amount,
        Column closeDate,
        Column rep,
        Optional<Column> customer,
        Optional<Column> cost,
        Optional<Column> emailsSent,
        Optional<Column> emailsOpened) {

    public static SalesColumns of(SalesModel model) {
        return new SalesColumns(
                Column.custom(model.amountField(), FieldType.NUMBER),
                model.closeDateField().map(id -> Column.custom(id, FieldType.DATE)).orElse(Column.RESOLVED),
                model.repField().map(id -> Column.custom(id, FieldType.USER)).orElse(Column.ASSIGNEE),
                model.customerField().map(id -> Column.custom(id, FieldType.TEXT)),
                model.costField().map(id -> Column.custom(id, FieldType.NUMBER)),
                model.emailsSentField().map(id -> Column.custom(id, FieldType.NUMBER)),
                model.emailsOpenedField().map(id -> Column.custom(id, FieldType.NUMBER)));
    }
}
