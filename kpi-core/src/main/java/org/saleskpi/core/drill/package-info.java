/**
 * Drill-down: the JQL of exactly the issues behind a number (a bucket, bar, slice, row or goal target),
 * rendered from the metric's own filter and date condition, so a click shows what was counted.
 */
package org.saleskpi.core.drill;
