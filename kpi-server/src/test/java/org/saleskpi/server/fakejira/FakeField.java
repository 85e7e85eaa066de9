package org.saleskpi.server.fakejira;

/**
 * A field as {@code GET /rest/api/2/field} lists it. {@code schemaType} is Jira's {@code schema.type}
 * ("number", "date", "option", "user", "status", ...), or null for fields Jira lists without a schema.
 */
public record FakeField(String id, String name, boolean custom, String schemaType) {

    /** {@code schema.custom} of a custom field: the plugin key of its type. */
    public String schemaCustom() {
        if (!custom) {
            return null;
        }
        String type = switch (schemaType) {
            case "number" -> "float";
            case "date" -> "datepicker";
            case "option" -> "select";
            default -> "textfield";
        };
        return "com.atlassian.jira.plugin.system.customfieldtypes:" + type;
    }
}
