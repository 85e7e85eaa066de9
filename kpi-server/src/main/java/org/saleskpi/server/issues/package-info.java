/** The local issue store: issues in the server's tables, their in-memory index and the JQL subset over it. */
package org.saleskpi.server.issues;
