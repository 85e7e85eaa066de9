package org.saleskpi.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/** A port a bench's use case is given but never asks: any call fails, naming the method. */
final class UnusedPorts {
    private UnusedPorts() {
    }

    static <T> T of(Class<T> port) {
        InvocationHandler refuse = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "unused " + port.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> proxy == args[0];
                };
            }
            throw new UnsupportedOperationException("the bench does not provide " + port.getSimpleName() + "."
                    + method.getName());
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, refuse));
    }
}
