/**
 * The event sink SPI: stores and forwarders that receive batches of finished events. A sink either writes a
 * batch synchronously ({@link io.usiem.api.sink.EventSink}) or accepts it and reports later when it is durable
 * ({@link io.usiem.api.sink.AsyncEventSink}, since 1.1), so the kernel's output stage never waits on a commit.
 */
@Export
@NullMarked
@Version("1.1.0")
package io.usiem.api.sink;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
