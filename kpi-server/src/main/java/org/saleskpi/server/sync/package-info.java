/**
 * Copying a Jira site's issues with their change history into the local store and keeping them in step: a full copy,
 * incremental passes by {@code updated}, a census that removes what Jira no longer shows, resumable page by page.
 */
package org.saleskpi.server.sync;
