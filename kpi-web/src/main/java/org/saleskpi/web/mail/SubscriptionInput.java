package org.saleskpi.web.mail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.saleskpi.web.json.JsonInput;
import org.saleskpi.web.page.Messages;

/**
 * The schedule and address of a {@code POST /subscriptions} body, read the same way on both hosts:
 * {@code "frequency"} (daily, weekly, monthly; required), {@code "hour"} 0..23 (8), {@code "dayOfWeek"} 1..7 (1),
 * {@code "dayOfMonth"} 1..28 (1), {@code "zone"} (UTC), {@code "language"} (en) and {@code "address"} (required).
 * Every bad field is named in the one 400 answer, with the subject's own fields the host read before.
 */
public final class SubscriptionInput {
    private static final List<String> FREQUENCIES = List.of("daily", "weekly", "monthly");
    private static final int MAX_ADDRESS = 320;

    private SubscriptionInput() {
    }

    /**
     * The subscription the body asks for, once every field is good.
     *
     * @param subjectId read only when every field is good, so it may assume the subject's checks passed
     * @param validAddress the host's rule for one plain address
     */
    public static Subscription read(JsonInput in, String userKey, Subscription.Subject subject,
            Supplier<Long> subjectId, Predicate<String> validAddress) {
        Optional<String> frequency = in.oneOf("frequency", FREQUENCIES);
        if (frequency.isEmpty() && !in.has("frequency")) {
            in.reject("frequency", "saleskpi.error.required", "is required");
        }
        int hour = range(in, "hour", 0, 23, 8);
        int dayOfWeek = range(in, "dayOfWeek", 1, 7, 1);
        int dayOfMonth = range(in, "dayOfMonth", 1, 28, 1);
        ZoneId zone = zone(in);
        Locale language = Messages.language(List.of(Locale.forLanguageTag(in.text("language", 16).orElse("en"))));
        String address = address(in, validAddress);
        in.done();
        return new Subscription(0, userKey, subject, subjectId.get(),
                Frequency.valueOf(frequency.get().toUpperCase(Locale.ROOT)), dayOfWeek, dayOfMonth, hour, zone,
                language, address, Instant.EPOCH);
    }

    private static int range(JsonInput in, String field, int min, int max, int byDefault) {
        Optional<Long> value = in.whole(field);
        if (value.isPresent() && (value.get() < min || value.get() > max)) {
            in.reject(field, "saleskpi.subscription.range", "must be from " + min + " to " + max, min, max);
            return byDefault;
        }
        return value.map(Long::intValue).orElse(byDefault);
    }

    private static ZoneId zone(JsonInput in) {
        Optional<String> zone = in.text("zone", 64);
        if (zone.isEmpty()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(zone.get().strip());
        } catch (DateTimeException e) {
            in.reject("zone", "saleskpi.subscription.zone.unknown", "is not a time zone");
            return ZoneId.of("UTC");
        }
    }

    private static String address(JsonInput in, Predicate<String> validAddress) {
        Optional<String> text = in.text("address", MAX_ADDRESS).map(String::strip);
        if (text.isEmpty() || text.get().isEmpty()) {
            in.reject("address", "saleskpi.error.required", "is required");
            return "";
        }
        if (!validAddress.test(text.get())) {
            in.reject("address", "saleskpi.subscription.address.invalid", "is not an e-mail address");
        }
        return text.get();
    }
}
