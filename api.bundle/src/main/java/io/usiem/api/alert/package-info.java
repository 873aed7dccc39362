/**
 * Alerts and the detection SPIs: detectors (rule engines) turn events into alerts, alert sinks
 * receive them.
 */
@Export
@NullMarked
@Version("1.0.0")
package io.usiem.api.alert;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
