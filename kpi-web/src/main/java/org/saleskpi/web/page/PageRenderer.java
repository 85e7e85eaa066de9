package org.saleskpi.web.page;

import java.util.Map;

/** Renders a page template (a classpath path such as {@code saleskpi/templates/goals.vm}) with its context. */
public interface PageRenderer {
    /**
     * The HTML of the template.
     *
     * @throws MissingTemplateException when the template does not exist
     */
    String render(String template, Map<String, Object> context);

    /** The template a page names is not on the classpath. */
    final class MissingTemplateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MissingTemplateException(String template, Throwable cause) {
            super("The page template " + template + " is missing.", cause);
        }
    }
}
