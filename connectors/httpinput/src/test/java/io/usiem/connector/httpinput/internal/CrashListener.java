package io.usiem.connector.httpinput.internal;

import io.usiem.api.input.EventIngest;

import java.net.InetSocketAddress;

/** Starts a listener for the crash test's child JVM, which lives in the kernel's package to build the real engine. */
public final class CrashListener {
    private CrashListener() {
    }

    /**
     * @param ingest the real pipeline engine
     * @param fullWaitMillis how long a request waits for room in a full journal before 429
     * @return the address the listener is bound to (loopback, a free port)
     * @throws InterruptedException if interrupted while binding
     */
    public static InetSocketAddress start(EventIngest ingest, int fullWaitMillis) throws InterruptedException {
        return new HttpListener(ingest, TestConfig.of("name", "crash", "journal_full_wait_millis", fullWaitMillis)).localAddress();
    }
}
