package org.saleskpi.web.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.saleskpi.core.gadget.Node;

/** A core {@link Node} tree as Gson's JSON, member by member. */
public final class NodeJson {
    private NodeJson() {
    }

    public static JsonElement of(Node node) {
        if (node instanceof Node.Null) {
            return JsonNull.INSTANCE;
        }
        if (node instanceof Node.Text text) {
            return new JsonPrimitive(text.text());
        }
        if (node instanceof Node.Number number) {
            return new JsonPrimitive(number.number());
        }
        if (node instanceof Node.Bool bool) {
            return new JsonPrimitive(bool.value());
        }
        if (node instanceof Node.Items items) {
            JsonArray array = new JsonArray();
            items.items().forEach(item -> array.add(of(item)));
            return array;
        }
        if (node instanceof Node.Fields fields) {
            JsonObject object = new JsonObject();
            fields.members().forEach((name, value) -> object.add(name, of(value)));
            return object;
        }
        // Java 17 has no exhaustive switch over a sealed type: a new kind of node must fail, not vanish.
        throw new IllegalStateException("unknown node " + node.getClass().getName());
    }
}
