package io.usiem.connector.sysloginput.internal;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Builds a {@link SyslogListenerConfig} as DS would: the metatype defaults, overridden by the given values. */
final class TestConfig {
    private TestConfig() {
    }

    /** @param keysAndValues method name (port, max_frame_bytes...), value, ... */
    static SyslogListenerConfig of(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        values.put("bind_address", "127.0.0.1");
        values.put("port", 0);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return (SyslogListenerConfig) Proxy.newProxyInstance(SyslogListenerConfig.class.getClassLoader(),
                new Class<?>[] {SyslogListenerConfig.class},
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName())
                        : method.getDefaultValue());
    }
}
