/** The REST API under {@code /rest/saleskpi/1.0}, shared by the Jira host and the standalone server. */
package org.saleskpi.web;
