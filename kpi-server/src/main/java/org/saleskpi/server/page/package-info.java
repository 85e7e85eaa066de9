/**
 * The standalone server's pages: the URLs of kpi-web's {@link org.saleskpi.web.page.Pages} and of its own
 * {@link org.saleskpi.server.page.DashboardPages}, who may open them, and their rendering with Velocity.
 */
package org.saleskpi.server.page;
