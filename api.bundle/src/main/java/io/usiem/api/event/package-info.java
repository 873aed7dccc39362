/**
 * The uSIEM event model: an immutable {@link io.usiem.api.event.Event} with typed values keyed by
 * the ECS-based field dictionary in {@link io.usiem.api.event.Fields}.
 *
 * <p>Events are built once by a stage with {@link io.usiem.api.event.EventBuilder} and never change
 * afterwards; a later stage that adds information builds a new event with {@code toBuilder()}. Values
 * are stored in a compact table (field keys, references and primitive slots) so the hot path does not
 * box numbers or allocate a map per event.
 */
@Export
@NullMarked
@Version("1.1.0")
package io.usiem.api.event;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
