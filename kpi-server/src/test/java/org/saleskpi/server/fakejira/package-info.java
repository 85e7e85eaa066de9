/**
 * A fake Jira site for tests (test tree only, nothing ships): {@link org.saleskpi.server.fakejira.FakeSite}
 * generates deals with believable histories, users and permissions from a seed;
 * {@link org.saleskpi.server.fakejira.FakeJira} serves it over HTTP as Jira Cloud or Data Center
 * ({@link org.saleskpi.server.fakejira.FakeEndpoints} lists the endpoints and the public sources of what
 * they imitate); {@link org.saleskpi.server.fakejira.Faults} injects rate limits, server errors, slow
 * pages, shifting pages, expired tokens and cut changelogs; {@link org.saleskpi.server.fakejira.FakeJql}
 * is the fake's own JQL, independent of the app's.
 */
package org.saleskpi.server.fakejira;
