package org.saleskpi.web.page;

/** {@code $esc} in templates: {@code $esc.html($goal.name)} makes any text safe in HTML text and quoted attributes. */
public final class Escaper {
    /** The text with {@code & < > " '} as character references; null is the empty text. */
    public String html(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
