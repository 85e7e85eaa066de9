package org.saleskpi.web.mail;

import java.util.List;
import java.util.Objects;
import org.saleskpi.web.page.Escaper;
import org.saleskpi.web.page.Messages;

/**
 * Writes a subscription's e-mail in the subscriber's language: the HTML body (inline styles only, as mail readers
 * drop style sheets) and the same figures as plain text, each part under its title, then the link to the page and
 * the one-click unsubscribe link. Both hosts send what it writes.
 */
public final class LetterWriter {
    private static final String CELL = "border:1px solid #dfe1e6;padding:4px 8px;text-align:left";

    private final Messages texts;
    private final Escaper escaper = new Escaper();

    public LetterWriter(Messages texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * @param to the subscriber's address
     * @param name what the mail is about (the dashboard's or folder's name)
     * @param when the period it covers, as the reader writes it ("6 Dec 2026")
     * @param pageUrl the dashboard's or folder's page
     * @param unsubscribeUrl the signed link that ends the subscription without signing in
     */
    public Letter write(String to, String name, String when, List<FigureSection> sections, String pageUrl,
            String unsubscribeUrl) {
        String subject = texts.getText("saleskpi.mail.subject", name, when);
        StringBuilder html = new StringBuilder(4096);
        StringBuilder text = new StringBuilder(2048);
        html.append("<!DOCTYPE html><html lang=\"").append(texts.locale().getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(esc(subject)).append("</title></head>")
                .append("<body style=\"font-family:sans-serif;color:#172b4d\">");
        html.append("<h1 style=\"font-size:20px\">").append(esc(name)).append("</h1>");
        html.append("<p>").append(esc(texts.getText("saleskpi.mail.intro", when))).append("</p>");
        text.append(name).append("\n").append("=".repeat(Math.min(60, name.length() + 2))).append("\n")
                .append(texts.getText("saleskpi.mail.intro", when)).append("\n\n");
        for (FigureSection section : sections) {
            section(section, html, text);
        }
        html.append("<p><a href=\"").append(esc(pageUrl)).append("\">").append(esc(texts.getText("saleskpi.mail.open")))
                .append("</a></p>");
        html.append("<p style=\"font-size:12px;color:#6b778c\">").append(esc(texts.getText("saleskpi.mail.why")))
                .append(" <a href=\"").append(esc(unsubscribeUrl)).append("\">")
                .append(esc(texts.getText("saleskpi.mail.unsubscribe"))).append("</a></p></body></html>");
        text.append(texts.getText("saleskpi.mail.open")).append(": ").append(pageUrl).append("\n\n")
                .append(texts.getText("saleskpi.mail.why")).append("\n")
                .append(texts.getText("saleskpi.mail.unsubscribe")).append(": ").append(unsubscribeUrl).append("\n");
        return new Letter(to, subject, html.toString(), text.toString(), unsubscribeUrl);
    }

    /** The test mail of the SMTP settings: says which server sent it. */
    public Letter test(String to, String server) {
        String subject = texts.getText("saleskpi.mail.test.subject");
        String body = texts.getText("saleskpi.mail.test.body", server);
        return new Letter(to, subject, "<!DOCTYPE html><html><body><p>" + esc(body) + "</p></body></html>",
                body + "\n", "");
    }

    private void section(FigureSection section, StringBuilder html, StringBuilder text) {
        html.append("<h2 style=\"font-size:16px;margin-top:20px\">").append(esc(section.title())).append("</h2>");
        text.append(section.title()).append("\n").append("-".repeat(Math.min(60, section.title().length() + 2)))
                .append("\n");
        section.notice().ifPresent(notice -> {
            html.append("<p><em>").append(esc(notice)).append("</em></p>");
            text.append(notice).append("\n");
        });
        if (!section.lines().isEmpty()) {
            html.append("<table style=\"border-collapse:collapse\">");
            for (FigureSection.Line line : section.lines()) {
                html.append("<tr><th scope=\"row\" style=\"").append(CELL).append("\">").append(esc(line.label()))
                        .append("</th><td style=\"").append(CELL).append("\">").append(esc(line.value()))
                        .append("</td></tr>");
                text.append(line.label()).append(": ").append(line.value()).append("\n");
            }
            html.append("</table>");
        }
        for (FigureSection.Table table : section.tables()) {
            html.append("<table style=\"border-collapse:collapse;margin-top:8px\"><thead><tr>");
            table.header().forEach(h -> html.append("<th style=\"").append(CELL).append("\">").append(esc(h))
                    .append("</th>"));
            html.append("</tr></thead><tbody>");
            text.append(String.join(" | ", table.header())).append("\n");
            for (List<String> row : table.rows()) {
                html.append("<tr>");
                row.forEach(c -> html.append("<td style=\"").append(CELL).append("\">").append(esc(c))
                        .append("</td>"));
                html.append("</tr>");
                text.append(String.join(" | ", row)).append("\n");
            }
            html.append("</tbody></table>");
        }
        text.append("\n");
    }

    private String esc(String value) {
        return escaper.html(value);
    }
}
