package org.saleskpi.web.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saleskpi.web.page.Messages;

/**
 * The failed and given-up sends as administrators read them ({@code GET /admin/mail/failures} on both hosts): whose
 * subscription, which period, how often tried, when next, and the error in its key, parameter and English text.
 */
public final class MailFailures {
    private MailFailures() {
    }

    public static List<Map<String, Object>> json(SubscriptionStore subscriptions, Messages english) {
        return subscriptions.failures().stream().map(send -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("subscriptionId", send.subscriptionId());
            subscriptions.get(send.subscriptionId()).ifPresent(s -> {
                json.put("userKey", s.userKey());
                json.put("address", s.address());
                json.put(s.subject() == Subscription.Subject.FOLDER ? "folderId" : "dashboardId", s.subjectId());
            });
            json.put("period", send.periodKey());
            json.put("status", send.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            json.put("attempts", send.attempts());
            if (send.status() == SubscriptionStore.SendStatus.FAILED) {
                json.put("nextAttempt", send.nextAttempt().toString());
            }
            String key = send.errorKey().orElse("saleskpi.mail.error.other");
            String detail = send.errorDetail().orElse("");
            json.put("messageKey", key);
            json.put("params", List.of(detail));
            json.put("message", english.getText(key, detail));
            json.put("updated", send.updated().toString());
            return json;
        }).toList();
    }
}
