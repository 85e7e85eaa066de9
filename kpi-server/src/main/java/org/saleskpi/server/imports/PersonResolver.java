package org.saleskpi.server.imports;

/**
 * Port: the user key for a person named in an import (an assignee or reporter as Jira exported
 * it). The user directory implements it, creating people without a login for names it has not
 * seen; the same name always gives the same key.
 */
@FunctionalInterface
public interface PersonResolver {

    String userKeyFor(String nameInCsv);
}
