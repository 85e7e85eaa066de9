/*
 * Compile-only stub of the annotation com.atlassian.event.api.EventListener (atlassian-event) for Jira 11.3 and 10.3;
 * never packaged. Read at run time by the event publisher, so the name and RUNTIME retention must be exact
 * (JIRA-PLATFORM.md rule 0.6); order() and the other members are left out (unused).
 * VERIFIED: the FQCN and its use on public one-argument methods in atlassian-event's source shipped with Jira 5.1.1
 * (filipenkov/SampleTracking@ce920f3, .../atlassian-event/src/main/java/com/atlassian/event/api/EventListener.java)
 * and in Atlassian's listener examples (confluence.atlassian.com/insightapps/create-an-object-event-listener-1085180896.html).
 * That Jira 10/11's annotation keeps RUNTIME retention and METHOD target: UNVERIFIED (it could not work otherwise).
 */
package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
}
