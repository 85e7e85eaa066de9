/**
 * Issues in memory, column by column, and the {@code IssueSource} that answers JQL over them through each
 * user's {@code Visibility} (ADR 8, ADR 29): the standalone server's store and a Jira node's cache both read
 * through it.
 */
package org.saleskpi.core.index;
