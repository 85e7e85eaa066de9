/*
 * Compile-only stub of SAL's com.atlassian.sal.api.UrlMode (enum); never packaged. Only CANONICAL is used: the base
 * URL an administrator configured, not the one of the current request (there is none in a scheduled job).
 * VERIFIED (package, CANONICAL): the public calls cited in ApplicationProperties.java.
 * UNVERIFIED: the other constants (RELATIVE, RELATIVE_CANONICAL, ABSOLUTE, AUTO are what SAL's javadoc of older
 * versions lists; not declared here) and a Platform 8 javadoc page.
 */
package com.atlassian.sal.api;

public enum UrlMode {
    CANONICAL
}
