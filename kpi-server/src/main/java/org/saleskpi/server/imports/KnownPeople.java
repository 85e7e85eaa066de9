package org.saleskpi.server.imports;

import java.util.Optional;

/**
 * Port: the user key of a person an export names, when the server knows them already; asked by the dry run, which
 * must not create the people the real import would ({@link PersonResolver}).
 */
@FunctionalInterface
public interface KnownPeople {

    Optional<String> knownKey(String nameInCsv);
}
