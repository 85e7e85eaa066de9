/** Reading a Jira site over its public REST API: Cloud and Data Center, paging, rate limits, faults. */
package org.saleskpi.server.jira;
