package org.saleskpi.server.fakejira;

/** A project of the fake site; {@code securityLevelId} is the id of its one issue security level, or null. */
public record FakeProject(String id, String key, String name, Long securityLevelId) {
}
