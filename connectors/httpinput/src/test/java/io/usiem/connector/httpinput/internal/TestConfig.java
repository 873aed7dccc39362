package io.usiem.connector.httpinput.internal;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Builds a {@link HttpListenerConfig} as DS would: the metatype defaults, overridden by the given values. */
final class TestConfig {
    private TestConfig() {
    }

    /** @param keysAndValues method name (port, max_body_bytes...), value, ... */
    static HttpListenerConfig of(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        values.put("bind_address", "127.0.0.1");
        values.put("port", 0);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return (HttpListenerConfig) Proxy.newProxyInstance(HttpListenerConfig.class.getClassLoader(),
                new Class<?>[] {HttpListenerConfig.class},
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName())
                        : method.getDefaultValue());
    }
}
