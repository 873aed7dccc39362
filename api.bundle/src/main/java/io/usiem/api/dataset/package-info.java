/**
 * Datasets: QRadar-style reference sets (IP sets, CIDR sets, maps) read lock-free by enrichers.
 */
@Export
@NullMarked
@Version("1.1.0")
package io.usiem.api.dataset;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
