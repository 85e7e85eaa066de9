package org.saleskpi.store.goal;

import java.util.concurrent.CountDownLatch;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.ForwardingSession;

/**
 * A real session that, once it has claimed a version token, says so and then keeps its transaction
 * (and the token's row lock) open a while: the other writer's claim surely meets the lock.
 */
final class HoldingSession extends ForwardingSession {
    private final Class<?> tokens;
    private final CountDownLatch claimed;
    private final long holdMillis;

    HoldingSession(AoSession real, Class<?> tokens, CountDownLatch claimed, long holdMillis) {
        super(real);
        this.tokens = tokens;
        this.claimed = claimed;
        this.holdMillis = holdMillis;
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        int deleted = super.deleteWithSQL(type, criteria, parameters);
        if (tokens.equals(type) && deleted == 1) {
            claimed.countDown();
            try {
                Thread.sleep(holdMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while holding the token", e);
            }
        }
        return deleted;
    }
}
