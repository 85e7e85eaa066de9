/*
 * Compile-only stub of REST v2's com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess (annotation
 * type): a REST resource or method that answers everyone, signed in or not, whether or not the site lets anonymous
 * users in; never packaged.
 * VERIFIED (package, simple name, on a class and on one resource method): Atlassian's "Prepare your Data Center app
 * to comply with secure endpoint defaults" (developer.atlassian.com/platform/marketplace/
 * dc-apps-platform-7-preparing-for-secure-endpoints/, April 2024: the annotation's meaning, from Jira 10.0);
 * atlassian-labs/atlassian-slack-integration-server, jira-slack-server-integration-plugin/.../web/rest/
 * PluginInfoResource.java (on the class, in its javax and in its jakarta build); alanmosely/basic-jira-development-
 * panels, .../api/PullRequestResource.java (on one @GET method beside @LicensedOnly ones, Jira 11 jakarta build).
 * Retention RUNTIME and targets TYPE and METHOD: the REST module reads it by reflection on both, as those uses show;
 * the real declaration itself was not seen (UNVERIFIED).
 */
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
