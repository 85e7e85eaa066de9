package org.saleskpi.server.cluster;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ClusterLock} for a server alone on its database (H2): names held in this JVM. */
final class LocalLock implements ClusterLock {
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<Held> tryAcquire(String name) {
        if (!held.add(name)) {
            return Optional.empty();
        }
        return Optional.of(new Held() {
            private boolean released;

            @Override
            public synchronized void close() {
                if (!released) {
                    released = true;
                    held.remove(name);
                }
            }
        });
    }

    @Override
    public boolean spansNodes() {
        return false;
    }
}
