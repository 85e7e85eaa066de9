package org.saleskpi.core.gadget;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;

/**
 * Ports for tests of the gadget use case: one a request must not ask, a directory asked only for the viewer's search
 * zone, and an issue source that records its loads.
 */
public final class Ports {
    private Ports() {
    }

    /** A port this request must not ask: any call fails the test. */
    public static <T> T unused(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new AssertionError(port.getSimpleName() + "." + method.getName() + " was asked");
        }));
    }

    /**
     * A directory a request asks only how its search reads the viewer's dates, answering as the standalone server
     * does (the host's clock zone): a gadget that drills asks it; anything else fails the test.
     */
    public static Directory clockZone() {
        return (Directory) Proxy.newProxyInstance(Directory.class.getClassLoader(), new Class<?>[] {Directory.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("searchZone")) {
                        return Optional.empty();
                    }
                    throw new AssertionError("Directory." + method.getName() + " was asked");
                });
    }

    /** Answers every load with {@code issues} and adds its query to {@code loads}; counts nothing. */
    public static IssueSource issues(IssueTable issues, List<IssueQuery> loads) {
        return new IssueSource() {
            @Override
            public IssueTable load(IssueQuery query) {
                loads.add(query);
                return issues;
            }

            @Override
            public long count(String jql, UserRef user) {
                throw new AssertionError("count was asked");
            }
        };
    }
}
