/** Check-ins: the short statuses a goal's owner writes on a cadence, and which goals are overdue for one. */
package org.saleskpi.core.goal.checkin;
