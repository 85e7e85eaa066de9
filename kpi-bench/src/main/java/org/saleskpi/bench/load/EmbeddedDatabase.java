package org.saleskpi.bench.load;

/** Placeholder replaced below. */
final class EmbeddedDatabase implements AutoCloseable {
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    static EmbeddedDatabase start(java.nio.file.Path folder) {
        throw new IllegalArgumentException("--database postgres is not wired yet");
    }

    String url() {
        return "";
    }

    @Override
    public void close() {
    }
}
