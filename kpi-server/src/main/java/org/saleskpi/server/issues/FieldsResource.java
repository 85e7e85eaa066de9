package org.saleskpi.server.issues;

import org.saleskpi.core.index.CustomField;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.catalog.FieldPicker;
import org.saleskpi.web.json.JsonInput;

/**
 * {@code /fields} of the server: the field picker for everyone, and {@code POST} for global
 * administrators to add a custom field ({@code {"name","type"}}) before posting issues that use it,
 * as a Jira administrator adds one before entering values. This path shadows the shared picker's
 * {@code GET /fields}, so it serves the same answer.
 */
@Path("/fields")
@Produces(MediaType.APPLICATION_JSON)
public final class FieldsResource {
    private final IssueStore store;
    private final IssueCatalog catalog;
    private final AccessPolicy access;

    public FieldsResource(IssueStore store, IssueCatalog catalog, AccessPolicy access) {
        this.store = store;
        this.catalog = catalog;
        this.access = access;
    }

    @GET
    public JsonArray list() {
        return FieldPicker.list(catalog, Caller.of(access).user());
    }

    /** 201 with the new field; 200 with the field when one of that name and type exists already. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(JsonElement body) {
        Caller.of(access).requireSystemAdmin();
        JsonInput in = JsonInput.of(body);
        String name = in.requiredText("name", JsonInput.MAX_TEXT);
        Optional<String> typeName = in.text("type", 16);
        Optional<FieldType> type = typeName.flatMap(FieldsResource::type);
        if (typeName.isEmpty() && !in.has("type")) {
            in.reject("type", "saleskpi.error.required", "type is required.");
        } else if (typeName.isPresent() && type.isEmpty()) {
            in.reject("type", "saleskpi.field.type.invalid", "type must be one of number, date, text, option, user.");
        }
        in.done();
        Optional<CustomField> existing = store.field(name.strip());
        if (existing.isPresent() && existing.get().type() != type.get()) {
            throw InvalidInputException.of("name", "saleskpi.field.name.taken", "A field named '" + name.strip()
                    + "' exists already, with type " + existing.get().type().name().toLowerCase(Locale.ROOT) + ".",
                    name.strip());
        }
        CustomField field = existing.orElseGet(() -> store.defineField(name.strip(), type.get()));
        return Response.status(existing.isPresent() ? 200 : 201)
                .entity(FieldPicker.json(new IssueCatalog.FieldInfo(field.id(), field.name(), field.type())))
                .build();
    }

    private static Optional<FieldType> type(String name) {
        return Arrays.stream(FieldType.values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
