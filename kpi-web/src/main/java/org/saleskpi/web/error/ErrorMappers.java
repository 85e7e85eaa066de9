package org.saleskpi.web.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.issue.IssuesNotReady;
import org.saleskpi.core.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How exceptions become answers: field errors as 400, lost races as 409, never a stack trace. */
public final class ErrorMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMappers.class);

    private ErrorMappers() {
    }

    /** Every mapper, for the host to register. */
    public static List<Object> all() {
        return List.of(new InvalidInput(), new Conflict(), new Warming(), new WebApplication(), new Unexpected());
    }

    /** What a request is told while the database cannot be reached. */
    public static ErrorBody databaseUnreachable() {
        return ErrorBody.message("saleskpi.error.database",
                "The database cannot be reached. Try again in a moment.");
    }

    static Response json(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    @Provider
    public static final class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return json(400, ErrorBody.of(e.errors()));
        }
    }

    @Provider
    public static final class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return json(409, ErrorBody.message(ConflictException.MESSAGE_KEY,
                    e.getMessage() + ". Reload and try again."));
        }
    }

    /**
     * The issues are still being read (the node's cache warming up): 503 with how far it is, so that a gadget says
     * so and asks again instead of showing an error.
     */
    @Provider
    public static final class Warming implements ExceptionMapper<IssuesNotReady> {
        /** A gadget asks again after this many seconds. */
        public static final int RETRY_SECONDS = 5;

        @Override
        public Response toResponse(IssuesNotReady e) {
            return Response.status(503).header("Retry-After", String.valueOf(RETRY_SECONDS))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new WarmingBody(e.percent(), ErrorBody.message("saleskpi.cache.warming",
                            "Warming up the issue cache: " + e.percent() + " %.", e.percent()).errors()))
                    .build();
        }
    }

    /** 401, 403, 404, 405, 415 and the like keep their status and headers and get a JSON body. */
    @Provider
    public static final class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original.getStatus();
            if (status >= 500) {
                return new Unexpected().toResponse(e);
            }
            String message = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                    ? original.getStatusInfo().getReasonPhrase()
                    : e.getMessage();
            Response.ResponseBuilder answer = Response.fromResponse(original)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.message("saleskpi.error.http." + status, message));
            return answer.build();
        }
    }

    /**
     * Anything else: a 500 with a reference to the log line, which has the stack trace; but the database out of reach
     * is a 503 to try again in a moment, logged in one line (the outage is the news, not its stack trace).
     */
    @Provider
    public static final class Unexpected implements ExceptionMapper<Throwable> {
        /** A client asks again after this many seconds when the database is out of reach. */
        public static final int DATABASE_RETRY_SECONDS = 10;

        @Override
        public Response toResponse(Throwable e) {
            if (DatabaseUnreachable.in(e)) {
                LOG.warn("The database cannot be reached: {}", e.toString());
                return Response.status(503).header("Retry-After", String.valueOf(DATABASE_RETRY_SECONDS))
                        .type(MediaType.APPLICATION_JSON_TYPE).entity(databaseUnreachable()).build();
            }
            String reference = UUID.randomUUID().toString();
            LOG.error("Unexpected error {}", reference, e);
            return json(500, ErrorBody.message("saleskpi.error.api.internal",
                    "Something went wrong on the server (reference " + reference + ").", reference));
        }
    }
}
