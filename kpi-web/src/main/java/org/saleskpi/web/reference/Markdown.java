package org.saleskpi.web.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saleskpi.web.page.Escaper;

/**
 * Our own documents in {@code docs/} as HTML, so the app can serve the reference it links to. It
 * reads the part of GitHub's Markdown those documents use: headings, paragraphs, bullet and numbered
 * lists, tables, fenced code, {@code `code`}, {@code **bold**}, {@code *emphasis*}, links, and
 * {@code <a id="..."></a>} lines that give the next heading a stable anchor. Every other text is
 * escaped: nothing in a document can inject markup.
 */
final class Markdown {
    private static final Pattern ANCHOR = Pattern.compile("<a id=\"([a-z0-9-]+)\"></a>");
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern BULLET = Pattern.compile("\\s{0,3}[-*]\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("\\s{0,3}\\d{1,9}[.)]\\s+(.*)");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*");
    // `code`, **bold**, *emphasis*, [text](target): the inline forms, first match wins.
    private static final Pattern INLINE = Pattern.compile(
            "`([^`]+)`|\\*\\*(.+?)\\*\\*|\\*([^*\\s][^*]*?)\\*|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
    // A link may go to an anchor, a sibling document (served next to this one) or a web address.
    private static final Pattern SIBLING = Pattern.compile("([a-z0-9-]+)\\.md(#[a-z0-9-]+)?");

    private static final Escaper ESCAPER = new Escaper();

    private final List<String> lines;
    private final StringBuilder html = new StringBuilder();
    private final Set<String> ids = new HashSet<>();
    private int at;

    private Markdown(String text) {
        this.lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    /** The document's body as HTML (no {@code <html>} around it). */
    static String toHtml(String markdown) {
        Markdown document = new Markdown(markdown);
        document.blocks();
        return document.html.toString();
    }

    /** The anchor GitHub gives a heading: lower case, spaces to hyphens, other punctuation dropped. */
    static String slug(String heading) {
        String plain = heading.replaceAll("[`*]", "").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        plain.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    private void blocks() {
        String pendingAnchor = null;
        while (at < lines.size()) {
            String line = lines.get(at);
            Matcher anchor = ANCHOR.matcher(line.strip());
            Matcher heading = HEADING.matcher(line);
            if (pendingAnchor != null && !line.isBlank() && !heading.matches()) {
                // An anchor line names the heading right after it; before anything else it stands alone.
                html.append("<a id=\"").append(pendingAnchor).append("\"></a>\n");
                pendingAnchor = null;
            }
            if (line.isBlank()) {
                at++;
            } else if (anchor.matches()) {
                pendingAnchor = anchor.group(1);
                at++;
            } else if (heading.matches()) {
                heading(heading.group(1).length(), heading.group(2), pendingAnchor);
                pendingAnchor = null;
                at++;
            } else if (line.startsWith("```")) {
                code();
            } else if (isTable()) {
                table();
            } else if (BULLET.matcher(line).matches()) {
                list("ul", BULLET);
            } else if (NUMBERED.matcher(line).matches()) {
                list("ol", NUMBERED);
            } else {
                paragraph();
            }
        }
    }

    private void heading(int level, String text, String anchor) {
        String id = anchor != null ? anchor : slug(text);
        if (!ids.add(id)) {
            id = null;
        }
        html.append("<h").append(level);
        if (id != null && !id.isEmpty()) {
            html.append(" id=\"").append(ESCAPER.html(id)).append('"');
        }
        html.append('>').append(inline(text)).append("</h").append(level).append(">\n");
    }

    private void code() {
        at++;
        html.append("<pre><code>");
        while (at < lines.size() && !lines.get(at).startsWith("```")) {
            html.append(ESCAPER.html(lines.get(at))).append('\n');
            at++;
        }
        at++;
        html.append("</code></pre>\n");
    }

    private boolean isTable() {
        return lines.get(at).strip().startsWith("|") && at + 1 < lines.size()
                && TABLE_RULE.matcher(lines.get(at + 1).strip()).matches();
    }

    private void table() {
        List<String> head = cells(lines.get(at));
        at += 2;
        html.append("<table>\n<thead><tr>");
        head.forEach(cell -> html.append("<th>").append(inline(cell)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        while (at < lines.size() && lines.get(at).strip().startsWith("|")) {
            html.append("<tr>");
            cells(lines.get(at)).forEach(cell -> html.append("<td>").append(inline(cell)).append("</td>"));
            html.append("</tr>\n");
            at++;
        }
        html.append("</tbody>\n</table>\n");
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** A list whose items may go on over indented lines. */
    private void list(String tag, Pattern item) {
        html.append('<').append(tag).append(">\n");
        StringBuilder text = null;
        while (at < lines.size()) {
            String line = lines.get(at);
            Matcher next = item.matcher(line);
            if (next.matches()) {
                closeItem(text);
                text = new StringBuilder(next.group(1));
            } else if (!line.isBlank() && Character.isWhitespace(line.charAt(0)) && text != null) {
                text.append(' ').append(line.strip());
            } else {
                break;
            }
            at++;
        }
        closeItem(text);
        html.append("</").append(tag).append(">\n");
    }

    private void closeItem(StringBuilder text) {
        if (text != null) {
            html.append("<li>").append(inline(text.toString())).append("</li>\n");
        }
    }

    private void paragraph() {
        StringBuilder text = new StringBuilder();
        while (at < lines.size() && startsNoBlock(lines.get(at))) {
            text.append(text.length() == 0 ? "" : " ").append(lines.get(at).strip());
            at++;
        }
        html.append("<p>").append(inline(text.toString())).append("</p>\n");
    }

    private boolean startsNoBlock(String line) {
        return !line.isBlank() && !HEADING.matcher(line).matches() && !line.startsWith("```")
                && !ANCHOR.matcher(line.strip()).matches() && !BULLET.matcher(line).matches()
                && !NUMBERED.matcher(line).matches() && !line.strip().startsWith("|");
    }

    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = INLINE.matcher(text);
        int from = 0;
        while (m.find()) {
            out.append(ESCAPER.html(text.substring(from, m.start())));
            if (m.group(1) != null) {
                out.append("<code>").append(ESCAPER.html(m.group(1))).append("</code>");
            } else if (m.group(2) != null) {
                out.append("<strong>").append(inline(m.group(2))).append("</strong>");
            } else if (m.group(3) != null) {
                out.append("<em>").append(inline(m.group(3))).append("</em>");
            } else {
                link(out, m.group(4), m.group(5));
            }
            from = m.end();
        }
        return out.append(ESCAPER.html(text.substring(from))).toString();
    }

    private static void link(StringBuilder out, String text, String target) {
        Matcher sibling = SIBLING.matcher(target);
        String href;
        if (target.startsWith("#") || target.startsWith("https://")) {
            href = target;
        } else if (sibling.matches()) {
            href = sibling.group(1) + (sibling.group(2) == null ? "" : sibling.group(2));
        } else {
            // Anywhere else (a file of the repository, another scheme) means nothing to a reader here.
            out.append(inline(text));
            return;
        }
        out.append("<a href=\"").append(ESCAPER.html(href)).append("\">").append(inline(text)).append("</a>");
    }
}
