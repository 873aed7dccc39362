package io.usiem.kernel.internal;

import io.usiem.api.kernel.ParserStatus;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParserMetadata;

import java.util.concurrent.atomic.LongAdder;

/** A tracked parser service with its counters. */
final class ParserEntry {
    final LogParser parser;
    final ParserMetadata metadata;
    final String bundle;
    final String version;
    final int ranking;
    final long serviceId;
    final LongAdder parsed = new LongAdder();
    final LongAdder notMine = new LongAdder();
    final LongAdder formatErrors = new LongAdder();
    final LongAdder discarded = new LongAdder();
    final LongAdder failures = new LongAdder();
    final LongAdder incomplete = new LongAdder();
    final LongAdder stuck = new LongAdder();
    /** Calls of this parser stuck right now. */
    final java.util.concurrent.atomic.AtomicInteger stuckNow = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * One stuck call costs a replaced worker; a second at the same time means the parser is likely to
     * hang on more lines, so the kernel stops choosing it until a call returns (bounding stuck threads).
     */
    boolean quarantined() {
        return stuckNow.get() >= 2;
    }

    ParserEntry(LogParser parser, ParserMetadata metadata, String bundle, String version, int ranking, long serviceId) {
        this.parser = parser;
        this.metadata = metadata;
        this.bundle = bundle;
        this.version = version;
        this.ranking = ranking;
        this.serviceId = serviceId;
    }

    String name() {
        return metadata.name();
    }

    ParserStatus status() {
        return new ParserStatus(metadata.name(), metadata.vendor(), metadata.product(), bundle, version,
                metadata.sourceTypes(), parsed.sum(), notMine.sum(), formatErrors.sum(), discarded.sum(), failures.sum(),
                incomplete.sum(), stuck.sum(), quarantined());
    }
}
