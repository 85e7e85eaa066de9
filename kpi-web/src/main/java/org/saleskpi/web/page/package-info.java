/**
 * The pages both hosts serve: their definitions ({@link org.saleskpi.web.page.Pages}), the texts
 * of the message bundles ({@link org.saleskpi.web.page.Messages}) and what a page template gets,
 * rendered through the host's {@link org.saleskpi.web.page.PageRenderer} (Velocity in both).
 */
package org.saleskpi.web.page;
