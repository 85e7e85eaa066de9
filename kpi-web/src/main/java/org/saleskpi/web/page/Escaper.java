package org.saleskpi.web.page;

/**
 * Makes any text safe in HTML text and quoted attributes. Java escapes what the templates print (see
 * {@link Pages#context}): no template calls it, since a method with an argument would need an allowlist entry of a
 * form no public example shows.
 */
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
