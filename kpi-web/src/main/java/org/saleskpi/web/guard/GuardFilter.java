package org.saleskpi.web.guard;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.error.ErrorBody;

/**
 * The guardrails around every {@link Guarded} request: 429 with {@code Retry-After} and an error on {@code rate}
 * for a user over the rate, 503 with {@code Retry-After} when no computation slot freed up in time; otherwise the
 * request holds a slot until its answer is written. An anonymous request passes untouched: the resource answers
 * it 401 without computing.
 *
 * <p>The hosts know the user before JAX-RS filters run (Jira's authentication context, the server's session
 * filter), so the filter's priority is the default one.
 */
@Provider
@Guarded
public final class GuardFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String SLOT = GuardFilter.class.getName() + ".slot";
    /** A gadget refused as busy may ask again after this many seconds. */
    static final int BUSY_RETRY_SECONDS = 2;

    private final RestServices services;
    private final Guardrails guardrails;

    @Inject
    public GuardFilter(RestServices services, Guardrails guardrails) {
        this.services = services;
        this.guardrails = guardrails;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<UserRef> user = services.access().currentUser();
        if (user.isEmpty()) {
            return;
        }
        Guardrails.Admission admission = guardrails.admit(user.get().key());
        if (admission instanceof Guardrails.Admitted admitted) {
            request.setProperty(SLOT, admitted.slot());
        } else if (admission instanceof Guardrails.OverRate over) {
            request.abortWith(refusal(request, 429, over.retrySeconds(), new ErrorBody(List.of(new ErrorBody.Item(
                    "rate", "saleskpi.guard.rate", "You asked for more than " + over.perMinute()
                            + " figures a minute. Try again in " + over.retrySeconds() + " s.",
                    List.of(String.valueOf(over.retrySeconds())))))));
        } else if (admission instanceof Guardrails.Busy busy) {
            request.abortWith(refusal(request, 503, BUSY_RETRY_SECONDS, ErrorBody.message("saleskpi.guard.busy",
                    "Sales KPI is computing as many figures as this server allows (" + busy.maxConcurrent()
                            + " at once). Try again in a few seconds.")));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SLOT) instanceof ComputeSlots.Slot slot) {
            request.removeProperty(SLOT);
            slot.close();
        }
    }

    /** The refusal, after the body the resource will never read (a preview's profile) is read and dropped. */
    private static Response refusal(ContainerRequestContext request, int status, long retrySeconds, ErrorBody body) {
        Response.ResponseBuilder refusal = Response.status(status).header("Retry-After", String.valueOf(retrySeconds))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (!UnreadBody.discard(request.getEntityStream())) {
            refusal.header(UnreadBody.CONNECTION, UnreadBody.CLOSE);
        }
        return refusal.build();
    }
}
