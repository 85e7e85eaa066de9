/**
 * Who sees the issues a Jira connection copied (ADR 0036): per project through the local project roles, or per user
 * as Jira shows them to that user's own linked token.
 */
package org.saleskpi.server.connect.access;
