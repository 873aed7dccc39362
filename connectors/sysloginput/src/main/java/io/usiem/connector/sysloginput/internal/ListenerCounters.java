package io.usiem.connector.sysloginput.internal;

import io.usiem.api.input.InputStats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** A listener's counters, updated from every event loop thread and read by {@code siem:status}. */
final class ListenerCounters {
    /** UDP: the journal was full and a datagram cannot wait. */
    static final String JOURNAL_FULL = "journal_full";
    /** TCP: a connection past max.connections was closed at once. */
    static final String CONNECTIONS_REFUSED = "connections_refused";
    /** Lines not accepted because the kernel was stopping (the connection is closed; the sender may resend). */
    static final String KERNEL_STOPPING = "kernel_stopping";
    /** Lines the journal failed to make durable (the connection is closed so the sender sees no false ack). */
    static final String JOURNAL_ERROR = "journal_error";
    /** TCP: a connection whose octet-counting frame length was not a number was closed. */
    static final String FRAMING_ERROR = "framing_error";

    /** A message longer than max.frame.bytes, with oversize=reject. */
    static final String OVERSIZE = "oversize";
    /** TLS: a connection whose handshake or record layer failed was closed. */
    static final String TLS_ERROR = "tls_error";

    private final LongAdder received = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final AtomicLong connections = new AtomicLong();
    private final Map<String, LongAdder> dropped = new ConcurrentHashMap<>();

    void received(int lines, long byteCount) {
        received.add(lines);
        bytes.add(byteCount);
    }

    void dropped(String reason, long count) {
        dropped.computeIfAbsent(reason, r -> new LongAdder()).add(count);
    }

    /** @return the open connections after this one */
    long connectionOpened() {
        return connections.incrementAndGet();
    }

    void connectionClosed() {
        connections.decrementAndGet();
    }

    /** UDP: datagrams the OS dropped because the socket's receive buffer was full (Linux reports it). */
    static final String SOCKET_BUFFER_FULL = "socket_buffer_full";

    /** @param osDrops datagrams the OS dropped for this listener, or -1 when unknown */
    InputStats snapshot(String name, String type, long osDrops) {
        InputStats.Builder b = InputStats.builder(name, type).received(received.sum()).bytes(bytes.sum())
                .connections(connections.get());
        dropped.forEach((reason, count) -> b.dropped(reason, count.sum()));
        if (osDrops > 0) {
            b.dropped(SOCKET_BUFFER_FULL, osDrops);
        }
        return b.build();
    }
}
