package org.saleskpi.server.host;

/**
 * Test-only: ends the process at a named point of its work as {@code kill -9} would (no shutdown hook runs), when
 * the system property {@value #PROPERTY} names that point. Fault tests use it for moments too short to hit by
 * killing the process from outside; without the property nothing here ever halts.
 */
public final class HaltPoint {
    /** The property a fault test sets on the server's command line, e.g. {@code -Dsaleskpi.test.haltAt=demo-goal}. */
    public static final String PROPERTY = "saleskpi.test.haltAt";
    /** What the process prints just before it halts, followed by the point's name. */
    public static final String LINE = "halted at ";

    private HaltPoint() {
    }

    /** Halts here when the property names {@code point}; returns at once otherwise. */
    public static void reached(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            System.out.println(LINE + point);
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}
