package org.saleskpi.web.page;

import org.saleskpi.web.json.Json;

/**
 * JSON to embed in {@code <script type="application/json">}: the API's JSON with {@code <}, {@code >},
 * {@code &} and the line separators U+2028/9 written as {@code \}{@code uXXXX}, so no data can close
 * the script element or open a comment in it. These characters occur only inside JSON strings, where
 * the escape means the same character.
 */
public final class ScriptJson {
    private ScriptJson() {
    }

    public static String of(Object value) {
        String json = Json.gson().toJson(value);
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
