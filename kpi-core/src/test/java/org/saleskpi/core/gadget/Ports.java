package org.saleskpi.core.gadget;

import java.lang.reflect.Proxy;
import java.util.List;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.UserRef;

/** Ports for tests of the gadget use case: one a request must not ask, and an issue source that records its loads. */
public final class Ports {
    private Ports() {
    }

    /** A port this request must not ask: any call fails the test. */
    public static <T> T unused(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new AssertionError(port.getSimpleName() + "." + method.getName() + " was asked");
        }));
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
