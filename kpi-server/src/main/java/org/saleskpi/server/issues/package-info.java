/**
 * The local issue store: issues and their changes in the server's tables, kept in step with the shared
 * in-memory index ({@code org.saleskpi.core.index}), and its REST resources.
 */
package org.saleskpi.server.issues;
