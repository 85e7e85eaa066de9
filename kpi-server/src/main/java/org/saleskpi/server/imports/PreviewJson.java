package org.saleskpi.server.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dry run's answer as JSON: {@code read, created, updated, unchanged, skipped, firstRows[], problems[],
 * problemCount, columns[], projects[]}. A problem is {@code {line, column, key, severity, messageKey, params,
 * message}}; a project without profile carries {@code offer} (types with statuses and guessed roles, the columns to
 * choose from, the guessed amount, customer and close date columns), else {@code offer} is null.
 */
final class PreviewJson {
    private PreviewJson() {
    }

    static Map<String, Object> write(ImportPreview preview) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("read", preview.read());
        json.put("created", preview.created());
        json.put("updated", preview.updated());
        json.put("unchanged", preview.unchanged());
        json.put("skipped", preview.skipped());
        json.put("firstRows", preview.firstRows().stream().map(PreviewJson::row).toList());
        json.put("problems", preview.problems().stream().map(PreviewJson::problem).toList());
        json.put("problemCount", preview.problemCount());
        json.put("columns", preview.columns().stream().map(column -> Map.of("header", column.header(),
                "field", column.field(), "type", column.type(), "isNew", column.isNew())).toList());
        json.put("projects", preview.projects().stream().map(PreviewJson::project).toList());
        return json;
    }

    private static Map<String, Object> row(ImportPreview.Row row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", row.line());
        json.put("key", row.key());
        json.put("project", row.project());
        json.put("type", row.type());
        json.put("kind", row.kind());
        json.put("status", row.status());
        json.put("statusCategory", row.statusCategory());
        // Exact, as the store keeps it: a JSON number would lose digits in a browser.
        json.put("amount", row.amount().map(java.math.BigDecimal::toPlainString).orElse(null));
        json.put("currency", row.currency().orElse(null));
        json.put("customer", row.customer().orElse(null));
        json.put("closeDate", row.closeDate().map(Object::toString).orElse(null));
        json.put("owner", row.owner().orElse(null));
        json.put("ownerIsNew", row.ownerIsNew());
        json.put("created", row.created().toString());
        return json;
    }

    private static Map<String, Object> problem(ImportPreview.Problem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", problem.line());
        json.put("column", problem.column().orElse(null));
        json.put("key", problem.key());
        json.put("severity", problem.severity().name());
        json.put("messageKey", problem.messageKey());
        json.put("params", problem.params());
        json.put("message", problem.message());
        return json;
    }

    private static Map<String, Object> project(ImportPreview.ProjectFound project) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", project.key());
        json.put("rows", project.rows());
        json.put("profiles", project.profiles());
        json.put("offer", project.offer().map(PreviewJson::offer).orElse(null));
        return json;
    }

    private static Map<String, Object> offer(ImportPreview.ProfileOffer offer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("types", offer.types().stream().map(type -> Map.of("name", type.name(), "rows", type.rows(),
                "kind", type.kind(), "statuses", type.statuses().stream().map(status -> Map.of("name", status.name(),
                        "category", status.category(), "rows", status.rows(), "role", status.role())).toList()))
                .toList());
        json.put("numberColumns", offer.numberColumns());
        json.put("textColumns", offer.textColumns());
        json.put("dateColumns", offer.dateColumns());
        json.put("amount", offer.amount().orElse(null));
        json.put("customer", offer.customer().orElse(null));
        json.put("closeDate", offer.closeDate().orElse(null));
        return json;
    }
}
