/*
 * Compile-only stub of com.atlassian.templaterenderer.RenderingException (class) for Jira 11.3; never packaged.
 * Source: its public source text in the code index (atlassian-template-renderer-api): a RuntimeException with
 * (String, Throwable), (String) and (Throwable) constructors. That Jira 11.3's ATR keeps it unchecked is
 * UNVERIFIED; kpi-jira lets it propagate like any RuntimeException and never names it outside tests.
 */
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
