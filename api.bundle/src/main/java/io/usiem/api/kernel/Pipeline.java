package io.usiem.api.kernel;

import io.usiem.api.parser.RawLog;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The running pipeline as the commander sees it; provided by the kernel. */
@ProviderType
public interface Pipeline {
    /** @return a consistent-enough snapshot of counters, stages and drops */
    PipelineStatus status();

    /** @return the parsers the kernel tracks, with their counters */
    List<ParserStatus> parsers();

    /**
     * Runs a line through parser selection and parsing without ingesting it and without touching the
     * origin cache or counters.
     *
     * @param raw the line
     * @return what the pipeline would make of it
     */
    DryRun dryRun(RawLog raw);
}
