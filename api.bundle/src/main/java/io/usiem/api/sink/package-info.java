/**
 * The event sink SPI: stores and forwarders that receive batches of finished events.
 */
@Export
@NullMarked
@Version("1.0.0")
package io.usiem.api.sink;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
