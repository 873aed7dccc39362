/**
 * The enricher SPI: services that add fields or tags to parsed events (threat intel, GeoIP,
 * datasets). The kernel runs them in service-ranking order.
 */
@Export
@NullMarked
@Version("1.0.0")
package io.usiem.api.enrich;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
