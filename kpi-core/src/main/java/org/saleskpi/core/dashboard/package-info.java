/**
 * The standalone server's own dashboards and the gadgets placed on them. The Jira host uses Jira's
 * dashboards instead, where Jira keeps each gadget's preferences.
 */
package org.saleskpi.core.dashboard;
