package org.saleskpi.web.mail;

import java.util.Optional;

/**
 * A host's key for tokens it must recognise later: the standalone server's secret box, a key of the Jira app's own.
 * A token sealed for one purpose does not open for another.
 */
public interface Seal {
    /** {@code text} sealed for {@code purpose}, as printable text. */
    String seal(String text, String purpose);

    /** The text a token sealed for {@code purpose} holds; empty when this host's key did not seal it so. */
    Optional<String> open(String token, String purpose);
}
