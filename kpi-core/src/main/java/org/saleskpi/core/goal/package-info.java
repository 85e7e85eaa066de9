/**
 * Sales goals, their targets, progress and status (KPI-DEFINITIONS.md, "Goals and targets" and
 * "Who's behind"), and the ports that store them.
 */
package org.saleskpi.core.goal;
