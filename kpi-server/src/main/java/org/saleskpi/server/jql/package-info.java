/**
 * The JQL subset of the standalone server: a hand-written lexer and recursive-descent parser into
 * a syntax tree, evaluated to a row set over the issue index. Error positions count characters
 * from 0, as Jira's "at character N" does.
 */
package org.saleskpi.server.jql;
