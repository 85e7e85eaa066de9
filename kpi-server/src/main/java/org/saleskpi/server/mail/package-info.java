/**
 * E-mail on the standalone server (ADR 0063): the SMTP settings, subscriptions to dashboards with their schedule,
 * the record of each period's send (so a send is neither repeated nor lost across restarts and nodes), retries with
 * backoff, and the one-click unsubscribe link.
 */
package org.saleskpi.server.mail;
