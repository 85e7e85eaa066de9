package org.saleskpi.jira.mail;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Jira's cluster locks for "nodes" in one JVM: one lock per name, shared by everything built over this service, as
 * Jira's are shared by the cluster's nodes. Jira's own implementation runs only inside Jira.
 */
final class InJvmClusterLocks implements ClusterLockService {
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        ReentrantLock lock = locks.computeIfAbsent(lockName, name -> new ReentrantLock());
        return new ClusterLock() {
            @Override
            public void lock() {
                lock.lock();
            }

            @Override
            public void lockInterruptibly() throws InterruptedException {
                lock.lockInterruptibly();
            }

            @Override
            public boolean tryLock() {
                return lock.tryLock();
            }

            @Override
            public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
                return lock.tryLock(time, unit);
            }

            @Override
            public void unlock() {
                lock.unlock();
            }

            @Override
            public Condition newCondition() {
                return lock.newCondition();
            }
        };
    }
}
