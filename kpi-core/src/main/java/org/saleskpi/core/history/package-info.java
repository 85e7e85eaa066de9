/**
 * Issue history (KPI-DEFINITIONS.md, "Issue history and the pipeline KPIs"): the changes hosts
 * record or read from Jira, and the columnar change table the engine reads past states from.
 */
package org.saleskpi.core.history;
