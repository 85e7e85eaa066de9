/*
 * Compile-only stub of atlassian-annotations' com.atlassian.annotations.security.UnrestrictedAccess (annotation
 * type): a servlet or servlet filter that everyone may reach, signed in or not; never packaged.
 * VERIFIED (package, simple name, on a servlet filter class): atlassian-labs/atlassian-slack-integration-server,
 * slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/rest/RequestCachingServletFilter.java at
 * f9f1fa8; Atlassian's "Prepare your Data Center app to comply with secure endpoint defaults"
 * (developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/, April 2024)
 * extends the access annotations to servlets and servlet filters from Jira 10.0 (JIRA-PLATFORM.md 6).
 * Retention RUNTIME and target TYPE: the plugin framework reads it from the servlet's class by reflection; the real
 * declaration itself was not seen (UNVERIFIED).
 */
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
