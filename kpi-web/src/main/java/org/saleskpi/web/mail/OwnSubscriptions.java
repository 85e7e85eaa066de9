package org.saleskpi.web.mail;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.saleskpi.web.Caller;

/**
 * What both hosts' {@code /subscriptions/{id}} requests do with the caller's own subscriptions (ADR 0063, 0068):
 * one that is gone or someone else's answers 404 alike, {@code DELETE} ends it (204), {@code POST /{id}/send} asks
 * the host's mail run for it now (202 {@code {"queued":true}}).
 */
public final class OwnSubscriptions {
    private final SubscriptionStore subscriptions;

    public OwnSubscriptions(SubscriptionStore subscriptions) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
    }

    /** The caller's subscription {@code id}; a 404 when there is none or it is another user's. */
    public Subscription get(long id, Caller caller) {
        return subscriptions.get(id).filter(s -> s.userKey().equals(caller.user().key()))
                .orElseThrow(() -> new NotFoundException("Subscription " + id + " does not exist or is not yours."));
    }

    public Response delete(long id, Caller caller) {
        get(id, caller);
        subscriptions.delete(id);
        return Response.noContent().build();
    }

    /** @param sendNow how the host sends one now (its scheduler, or a recorded period its job sends) */
    public Response sendNow(long id, Caller caller, Consumer<Subscription> sendNow) {
        sendNow.accept(get(id, caller));
        return Response.accepted(Map.of("queued", true)).build();
    }
}
