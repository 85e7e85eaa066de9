/**
 * The standalone server's pages: the URLs of kpi-web's {@link org.saleskpi.web.page.Pages}, who may
 * open them, and their rendering with Velocity.
 */
package org.saleskpi.server.page;
