/**
 * Wire forms of events and raw logs: {@link io.usiem.api.codec.EventBinaryCodec}, the compact versioned
 * binary form of the journal and of Kafka, and {@link io.usiem.api.codec.EventJsonReader}, which reads
 * the JSON that {@link io.usiem.api.event.EventJsonWriter} writes. Both carry every field type, the
 * sequence and whether the event time was known.
 */
@Export
@NullMarked
@Version("1.0.0")
package io.usiem.api.codec;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
