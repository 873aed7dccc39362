package io.usiem.benchmarks;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Typed DS configurations for benchmarks, as Config Admin would hand them to a component: the given values, and
 * for the rest the defaults declared on the annotation (which are the shipped {@code .cfg} values). Works for
 * package-private config annotations too (the proxy is defined in the annotation's package).
 */
final class Configs {
    private Configs() {
    }

    static <A extends Annotation> A of(Class<A> type, Map<String, ?> values) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, m, args) -> {
            switch (m.getName()) {
                case "annotationType":
                    return type;
                case "toString":
                    return type.getSimpleName() + values;
                case "hashCode":
                    return System.identityHashCode(self);
                case "equals":
                    return self == args[0];
                default:
                    Object v = values.get(m.getName());
                    if (v == null) {
                        v = m.getDefaultValue();
                    }
                    if (v == null) {
                        throw new IllegalArgumentException(type.getSimpleName() + "." + m.getName() + " has no default: give it");
                    }
                    return v;
            }
        });
        return type.cast(proxy);
    }

    /** For a component whose public constructor takes a config annotation that is not visible from here. */
    static <T> T construct(Class<T> component, Map<String, ?> values) throws ReflectiveOperationException {
        for (java.lang.reflect.Constructor<?> c : component.getConstructors()) {
            Class<?>[] p = c.getParameterTypes();
            if (p.length == 1 && p[0].isAnnotation()) {
                @SuppressWarnings("unchecked")
                Class<? extends Annotation> type = (Class<? extends Annotation>) p[0];
                return component.cast(c.newInstance(of(type, values)));
            }
        }
        throw new IllegalArgumentException(component.getName() + " has no public constructor taking its configuration");
    }
}
