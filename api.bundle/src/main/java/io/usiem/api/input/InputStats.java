package io.usiem.api.input;

import java.util.Map;

/**
 * A snapshot of an input's counters.
 *
 * @param name the input's name (a listener, an HTTP endpoint)
 * @param type the kind of input, for example {@code syslog-udp}
 * @param received messages received
 * @param bytes bytes received
 * @param connections open connections now
 * @param dropped messages dropped by reason
 */
public record InputStats(String name, String type, long received, long bytes, long connections, Map<String, Long> dropped) {
    /** Copies the drop map so the snapshot stays immutable. */
    public InputStats {
        dropped = Map.copyOf(dropped);
    }
}
