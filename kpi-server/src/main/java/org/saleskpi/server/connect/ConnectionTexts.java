package org.saleskpi.server.connect;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.json.JsonInput;
import org.saleskpi.web.page.Messages;

/**
 * The {@code /connections} API's error texts in the caller's language (the {@code connections} bundle, English and
 * Japanese, keys {@code saleskpi.connection.error.*}), each a whole sentence naming its field, as the page shows it.
 */
final class ConnectionTexts {
    private static final Messages.Cache BUNDLES = new Messages.Cache(ConnectionTexts.class.getClassLoader());
    private static final List<String> BUNDLE = List.of("connections");

    private final Messages messages;

    private ConnectionTexts(Messages messages) {
        this.messages = messages;
    }

    /** In the first language of the request's {@code Accept-Language} that has a translation, else English. */
    static ConnectionTexts of(HttpHeaders headers) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return new ConnectionTexts(BUNDLES.get(Messages.language(wanted), BUNDLE));
    }

    static ConnectionTexts english() {
        return new ConnectionTexts(BUNDLES.get(Locale.ENGLISH, BUNDLE));
    }

    /** The text of {@code saleskpi.connection.error.<name>} with its arguments. */
    String text(String name, Object... args) {
        return messages.getText(key(name), args);
    }

    /** Records an error on {@code field} of {@code input}. */
    void reject(JsonInput input, String field, String name, Object... args) {
        input.reject(error(field, name, args));
    }

    /** An error on {@code field}, for a 400 of its own. */
    InvalidInputException error(String field, String name, Object... args) {
        return InvalidInputException.of(field, key(name), text(name, args), args);
    }

    static String key(String name) {
        return "saleskpi.connection.error." + name;
    }
}
