package org.saleskpi.core.jql;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key lists of a query's {@code issue in saleskpiSelection("<token>")} clauses, asked of the host's
 * {@link SavedKeys} once per query before any row is read (as {@link UserValues} are). A funnel step whose keys are
 * too many for a link drills through such a list (docs/adr/0033): the link stays short however many keys it holds.
 * An unknown token, another user's or an expired one is the query's error.
 */
public record SavedSelections(Map<String, Set<String>> keys) {
    /** The function's name, as both hosts' searches know it. */
    public static final String FUNCTION = "saleskpiSelection";
    /** A query without the function. */
    public static final SavedSelections NONE = new SavedSelections(Map.of());
    /** Tokens are URL-safe base64 ({@code KeySelections} makes them), so they need no quoting inside a string. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public SavedSelections {
        keys = Map.copyOf(keys);
    }

    /** The clause that selects exactly the issues of the list saved under {@code token}. */
    public static String clause(String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("not a selection token: " + token);
        }
        return "issue in " + FUNCTION + "(\"" + token + "\")";
    }

    /** Whether {@code function} is this one, by name ignoring case as JQL names functions. */
    public static boolean is(Operand.Function function) {
        return function.name().equalsIgnoreCase(FUNCTION);
    }

    /** Asks {@code saved} for the list of every token the query names, as {@code user} asks. */
    public static SavedSelections resolve(JqlQuery query, SavedKeys saved, Optional<String> user) {
        Map<String, Set<String>> keys = new HashMap<>();
        query.terminals().forEach(terminal -> {
            if (terminal.operand() instanceof Operand.Function function && is(function)) {
                keys.computeIfAbsent(token(function), token -> found(token, saved.keys(token, user)));
            }
        });
        return keys.isEmpty() ? NONE : new SavedSelections(keys);
    }

    /** The keys of the list {@code function} names, which {@link #resolve} found. */
    Set<String> keys(Operand.Function function) {
        String token = token(function);
        Set<String> found = keys.get(token);
        if (found == null) {
            // A context built without resolving the query: the host keeps no lists.
            throw JqlError.unknownSelection(token);
        }
        return found;
    }

    private static Set<String> found(String token, SavedKeys.Found found) {
        if (found instanceof SavedKeys.Found.Keys list) {
            return list.keys();
        }
        if (found instanceof SavedKeys.Found.Expired expired) {
            throw JqlError.expiredSelection(token, expired.at());
        }
        throw JqlError.unknownSelection(token);
    }

    private static String token(Operand.Function function) {
        if (function.arguments().size() != 1) {
            throw JqlError.badFunction(function.name(), "expects one argument, the selection's token",
                    function.position());
        }
        return function.arguments().get(0).strip();
    }
}
