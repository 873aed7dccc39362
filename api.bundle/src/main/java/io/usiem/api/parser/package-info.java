/**
 * The parser SPI: a {@link io.usiem.api.parser.LogParser} turns a {@link io.usiem.api.parser.RawLog} into
 * normalized events, or says the line is not its format, is malformed (with a reason) or is to be
 * discarded. Parsers are registered as OSGi services; the kernel tracks them (whiteboard).
 */
@Export
@NullMarked
@Version("1.1.0")
package io.usiem.api.parser;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
