package io.usiem.connector.sysloginput.internal;

import io.usiem.api.input.EventIngest;

import java.net.InetSocketAddress;

/** Starts and stops listeners for tests outside this package (the overload test lives in the kernel's package). */
public final class TestListeners {
    private TestListeners() {
    }

    /** @param keysAndValues configuration method names and values, as {@link TestConfig#of} takes them */
    public static SyslogListener start(EventIngest ingest, Object... keysAndValues) throws InterruptedException {
        return new SyslogListener(ingest, TestConfig.of(keysAndValues));
    }

    public static InetSocketAddress address(SyslogListener listener) {
        return listener.localAddress();
    }

    /** @return bytes a TCP connection reads ahead of a run in flight before it stops reading */
    public static int windowBytes() {
        return TcpIngestHandler.WINDOW_BYTES;
    }

    public static void stop(SyslogListener listener) {
        listener.deactivate();
    }
}
