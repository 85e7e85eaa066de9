package org.saleskpi.server.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.saleskpi.web.mail.Letter;
import org.saleskpi.web.mail.MailFailure;

/**
 * Sends a {@link Letter} over SMTP with Jakarta Mail (Angus Mail): a {@code multipart/alternative} of the plain text
 * and the HTML, UTF-8, with {@code List-Unsubscribe} for mail readers' own unsubscribe button. Every failure becomes a
 * {@link MailFailure} in plain words (refused connection, unknown host, wrong password, refused address).
 */
public final class SmtpMailer {
    private static final String TIMEOUT_MILLIS = "20000";

    private final Clock clock;

    public SmtpMailer(Clock clock) {
        this.clock = clock;
    }

    public void send(MailSettings settings, Letter letter) throws MailFailure {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (settings.startTls()) {
            // Required, not just tried: a server that does not offer STARTTLS never gets the password in the clear.
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        properties.put("mail.smtp.auth", String.valueOf(settings.username().isPresent()));
        Session session = Session.getInstance(properties);
        MimeMessage message = message(session, settings, letter);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(settings.host(), settings.port(), settings.username().orElse(null),
                    settings.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
        } catch (AuthenticationFailedException e) {
            throw new MailFailure("saleskpi.mail.error.login", "The SMTP server " + settings.server()
                    + " refused the user name or password.", settings.server(), e);
        } catch (SendFailedException e) {
            throw new MailFailure("saleskpi.mail.error.refused", "The SMTP server refused the mail to " + letter.to()
                    + ": " + e.getMessage(), letter.to(), e);
        } catch (MessagingException e) {
            throw plainWords(settings, e);
        }
    }

    private MimeMessage message(Session session, MailSettings settings, Letter letter) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.sender(), true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.to(), true));
            message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(letter.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(letter.html(), StandardCharsets.UTF_8.name(), "html");
            // The richest part last, as RFC 2046 orders alternatives.
            message.setContent(new MimeMultipart("alternative", text, html));
            if (!letter.unsubscribeUrl().isEmpty()) {
                message.setHeader("List-Unsubscribe", "<" + letter.unsubscribeUrl() + ">");
            }
            message.saveChanges();
            return message;
        } catch (AddressException e) {
            throw new MailFailure("saleskpi.mail.error.address", "The address " + e.getRef() + " is not valid.",
                    String.valueOf(e.getRef()), e);
        } catch (MessagingException e) {
            throw new MailFailure("saleskpi.mail.error.other", "The mail could not be written: " + e.getMessage(),
                    String.valueOf(e.getMessage()), e);
        }
    }

    /** The first cause a person understands: a refused connection, an unknown host, a timeout, else the SMTP text. */
    private static MailFailure plainWords(MailSettings settings, MessagingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return new MailFailure("saleskpi.mail.error.connect", "Could not connect to the SMTP server "
                        + settings.server() + ": the connection was refused.", settings.server(), e);
            }
            if (cause instanceof UnknownHostException) {
                return new MailFailure("saleskpi.mail.error.host", "There is no host named " + settings.host() + ".",
                        settings.host(), e);
            }
            if (cause instanceof SocketTimeoutException) {
                return new MailFailure("saleskpi.mail.error.timeout", "The SMTP server " + settings.server()
                        + " did not answer in time.", settings.server(), e);
            }
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return new MailFailure("saleskpi.mail.error.other", "The SMTP server " + settings.server() + " answered: "
                + text, text, e);
    }
}
