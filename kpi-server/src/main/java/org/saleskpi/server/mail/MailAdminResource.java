package org.saleskpi.server.mail;

import com.google.gson.JsonElement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.web.Caller;
import org.saleskpi.web.json.JsonInput;
import org.saleskpi.web.mail.LetterWriter;
import org.saleskpi.web.mail.MailFailure;
import org.saleskpi.web.mail.MailFailures;
import org.saleskpi.web.page.Messages;

/**
 * {@code /admin/mail}, for global administrators: the SMTP settings ({@code GET}/{@code PUT /settings}; the password is
 * written, never read back: the answer says only whether one is set), a test mail ({@code POST /test} with
 * {@code {"address"}}, answering whether it went and, if not, why in plain words) and the failed subscription sends
 * ({@code GET /failures}).
 */
@Path("/admin/mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MailAdminResource {
    private static final int MAX_PASSWORD = 128;

    private final AccessPolicy access;
    private final MailSettingsStore settings;
    private final SmtpMailer mailer;
    private final Subscriptions subscriptions;
    private final Messages.Cache texts;

    public MailAdminResource(AccessPolicy access, MailSettingsStore settings, SmtpMailer mailer,
            Subscriptions subscriptions, Messages.Cache texts) {
        this.access = access;
        this.settings = settings;
        this.mailer = mailer;
        this.subscriptions = subscriptions;
        this.texts = texts;
    }

    @GET
    @Path("settings")
    public Map<String, Object> get() {
        Caller.of(access).requireSystemAdmin();
        return json(settings.get());
    }

    @PUT
    @Path("settings")
    public Map<String, Object> put(JsonElement body) {
        Caller.of(access).requireSystemAdmin();
        JsonInput in = JsonInput.of(body);
        String host = in.requiredText("host", 253).strip();
        if (!host.isEmpty() && !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            in.reject("host", "saleskpi.mail.host.invalid", "is not a host name");
        }
        long port = in.whole("port").orElse(587L);
        if (port < 1 || port > 65535) {
            in.reject("port", "saleskpi.mail.port.range", "must be from 1 to 65535", 1, 65535);
        }
        boolean startTls = in.bool("startTls").orElse(true);
        Optional<String> username = in.text("username", JsonInput.MAX_TEXT).map(String::strip).filter(u -> !u.isEmpty());
        Optional<String> password = in.text("password", MAX_PASSWORD).filter(p -> !p.isEmpty());
        boolean forgetPassword = in.bool("forgetPassword").orElse(false) || username.isEmpty();
        String sender = in.requiredText("sender", 320).strip();
        if (!sender.isEmpty() && !SubscriptionResource.validAddress(sender)) {
            in.reject("sender", "saleskpi.subscription.address.invalid", "is not an e-mail address");
        }
        String siteUrl = in.requiredText("siteUrl", 2048).strip();
        if (!siteUrl.isEmpty() && !webAddress(siteUrl)) {
            in.reject("siteUrl", "saleskpi.mail.siteUrl.invalid", "must be an http or https address");
        }
        in.done();
        MailSettings saved = settings.save(new MailSettings(host, (int) port, startTls, username,
                username.isEmpty() ? Optional.empty() : password, sender, siteUrl), forgetPassword);
        return json(Optional.of(saved));
    }

    @POST
    @Path("test")
    public Map<String, Object> test(JsonElement body) {
        Caller.of(access).requireSystemAdmin();
        JsonInput in = JsonInput.of(body);
        String address = in.requiredText("address", 320).strip();
        if (!address.isEmpty() && !SubscriptionResource.validAddress(address)) {
            in.reject("address", "saleskpi.subscription.address.invalid", "is not an e-mail address");
        }
        Optional<MailSettings> smtp = settings.get();
        if (smtp.isEmpty()) {
            in.reject("host", "saleskpi.mail.unset", "save the SMTP settings first");
        }
        Locale language = Messages.language(List.of(Locale.forLanguageTag(in.text("language", 16).orElse("en"))));
        in.done();
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            mailer.send(smtp.get(), new LetterWriter(texts.get(language)).test(address, smtp.get().server()));
            answer.put("sent", true);
        } catch (MailFailure failure) {
            answer.put("sent", false);
            answer.put("messageKey", failure.messageKey());
            answer.put("params", List.of(failure.detail()));
            answer.put("message", failure.getMessage());
        }
        return answer;
    }

    @GET
    @Path("failures")
    public List<Map<String, Object>> failures() {
        Caller.of(access).requireSystemAdmin();
        return MailFailures.json(subscriptions, texts.get(Locale.ENGLISH));
    }

    private static boolean webAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Map<String, Object> json(Optional<MailSettings> stored) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("configured", stored.isPresent());
        stored.ifPresent(s -> {
            json.put("host", s.host());
            json.put("port", s.port());
            json.put("startTls", s.startTls());
            json.put("username", s.username().orElse(""));
            json.put("passwordSet", s.password().isPresent());
            json.put("sender", s.sender());
            json.put("siteUrl", s.siteUrl());
        });
        return json;
    }
}
