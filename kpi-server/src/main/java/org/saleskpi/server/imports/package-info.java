/** Importing issues into the local store: Jira's CSV export, background jobs and the command line. */
package org.saleskpi.server.imports;
