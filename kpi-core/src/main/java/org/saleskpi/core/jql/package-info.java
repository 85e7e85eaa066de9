/**
 * The JQL subset both hosts evaluate on their issue index (ADR 29): a hand-written lexer and recursive-descent parser into
 * a syntax tree, evaluated to a row set over the issue index. Error positions count characters
 * from 0, as Jira's "at character N" does.
 */
package org.saleskpi.core.jql;
