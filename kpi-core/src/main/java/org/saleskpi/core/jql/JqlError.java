package org.saleskpi.core.jql;

import java.time.Instant;
import java.util.List;
import org.saleskpi.core.validation.InvalidInputException;

/** The errors a query can have, worded like Jira's, each on the {@code jql} input field. */
final class JqlError {
    static final String FIELD = "jql";

    private JqlError() {
    }

    static InvalidInputException of(String key, String message) {
        return InvalidInputException.of(FIELD, "saleskpi.jql." + key, message);
    }

    /** Positions count from 0, as in Jira's "at character N". */
    static InvalidInputException expecting(String what, Token got) {
        if (got.kind() == Token.Kind.END) {
            return of("syntax", "Expecting " + what + " at character " + got.position() + ".");
        }
        return of("syntax", "Expecting " + what + " but got '" + got.text() + "' at character " + got.position()
                + ".");
    }

    static InvalidInputException unknownField(String name) {
        return of("field", "Field '" + name + "' does not exist or you do not have permission to view it.");
    }

    static InvalidInputException unsupported(Operator operator, String field) {
        return of("operator", "The operator '" + operator.text() + "' is not supported by the '" + field
                + "' field.");
    }

    /**
     * A WAS clause where the host records no history: Jira's words for an operator a field does not support,
     * with the reason.
     */
    static InvalidInputException noHistory(Operator operator, String field) {
        return of("history", "The operator '" + operator.text() + "' is not supported by the '" + field
                + "' field here: no history of its changes is recorded.");
    }

    static InvalidInputException badDate(String value, String field) {
        return of("date", "Date value '" + value + "' for field '" + field + "' is invalid. Valid formats include:"
                + " 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format"
                + " e.g. '-5d', '4w 2d'.");
    }

    static InvalidInputException badValue(String value, String field, String expected) {
        return of("value", "The value '" + value + "' for field '" + field + "' is invalid: expecting " + expected
                + ".");
    }

    /**
     * Jira's words for a value nothing has, as its own functional tests quote them ({@code The value
     * 'fred' does not exist for the field 'assignee'.}, public copy of Jira 6.x; UNVERIFIED on 10.3 and 11.3).
     */
    static InvalidInputException noSuchValue(String value, String field) {
        return of("value.unknown", "The value '" + value + "' does not exist for the field '" + field + "'.");
    }

    /** A project copied from Jira sites in different time zones: a date compared over it has no one meaning. */
    static InvalidInputException mixedZones(String field, List<String> zones) {
        return of("date.zones", "The dates of field '" + field + "' cannot be compared here: some issues came from"
                + " Jira sites in different time zones (" + String.join(", ", zones) + ") under one project key.");
    }

    /** Jira has no such error (it searches all of them); the wording follows its value errors. */
    static InvalidInputException ambiguousUser(String value, String field, List<String> keys) {
        return of("user.ambiguous", "The value '" + value + "' for field '" + field + "' names " + keys.size()
                + " users (" + String.join(", ", keys) + "): use the username of the one you mean.");
    }

    /** A token of {@code saleskpiSelection()} that names no list of the asking user's (ADR 0033). */
    static InvalidInputException unknownSelection(String token) {
        return of("selection.unknown", "The selection '" + token + "' does not exist or is not yours: open the"
                + " gadget again for a new link.");
    }

    /** A token of {@code saleskpiSelection()} whose list has expired (ADR 0033). */
    static InvalidInputException expiredSelection(String token, Instant at) {
        return of("selection.expired", "The selection '" + token + "' expired at " + at + ": open the gadget"
                + " again for a new link.");
    }

    static InvalidInputException unknownFunction(String name, int position) {
        return of("function", "Unable to find JQL function '" + name + "()' at character " + position + ".");
    }

    static InvalidInputException badFunction(String name, String problem, int position) {
        return of("function", "Function '" + name + "()' at character " + position + " " + problem + ".");
    }
}
