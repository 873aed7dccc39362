/**
 * The input side of the pipeline: the kernel's ingest service that inputs hand raw lines to, and the
 * input SPI through which inputs report their counters.
 */
@Export
@NullMarked
@Version("1.0.0")
package io.usiem.api.input;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
