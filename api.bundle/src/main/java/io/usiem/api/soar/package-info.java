/**
 * SOAR actions: responses (block an IP, disable a user) that connectors carry out for alerts.
 */
@Export
@NullMarked
@Version("1.0.0")
package io.usiem.api.soar;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
