package io.usiem.kernel.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration of the pipeline (PID {@code io.usiem.kernel}). */
@ObjectClassDefinition(name = "uSIEM kernel", description = "Stage queues, worker pools and scaling of the event pipeline.")
public @interface KernelConfig {
    /** PID of this configuration. */
    String PID = "io.usiem.kernel";

    @AttributeDefinition(name = "Queue capacity", description = "Bound of each stage's queue, in items.", min = "16")
    int queue_capacity() default 8192;

    @AttributeDefinition(name = "Parse workers (min)", min = "1")
    int parse_workers_min() default 1;

    @AttributeDefinition(name = "Parse workers (max)", min = "1")
    int parse_workers_max() default 4;

    @AttributeDefinition(name = "Enrich workers (min)", min = "1")
    int enrich_workers_min() default 1;

    @AttributeDefinition(name = "Enrich workers (max)", min = "1")
    int enrich_workers_max() default 4;

    @AttributeDefinition(name = "Output workers (min)", min = "1")
    int output_workers_min() default 1;

    @AttributeDefinition(name = "Output workers (max)", min = "1")
    int output_workers_max() default 4;

    @AttributeDefinition(name = "Batch size", description = "Most items a worker takes from its queue at once.", min = "1")
    int batch_size() default 256;

    @AttributeDefinition(name = "Scale interval (ms)", description = "How often the kernel checks queue depths.", min = "10")
    long scale_interval_ms() default 500;

    @AttributeDefinition(name = "Congested ticks", description = "Consecutive checks above half full before a worker is added.", min = "1")
    int scale_up_ticks() default 2;

    @AttributeDefinition(name = "Idle ticks", description = "Consecutive checks with an empty queue before a worker is removed.", min = "1")
    int scale_down_ticks() default 20;

    @AttributeDefinition(name = "Sink retry, first wait (ms)", description = "A batch a sink failed to write is held and retried after this wait, doubled after every failure. A sink that stays down fills the queues and back-pressure reaches the inputs; nothing is dropped while a sink is merely failing.", min = "1")
    long sink_retry_initial_ms() default 100;

    @AttributeDefinition(name = "Sink retry, longest wait (ms)", description = "Cap of the doubling wait between retries.", min = "1")
    long sink_retry_max_ms() default 30000;

    @AttributeDefinition(name = "Sink replacement wait (ms)", description = "A batch held for a sink that left (a bundle update) waits this long for a sink of the same name, then counts as dropped (sink_removed:<sink>).", min = "0")
    long sink_replacement_wait_ms() default 30000;

    @AttributeDefinition(name = "Sink in-flight batches", description = "Batches an asynchronous sink (a store acknowledging on its group commit) may hold before it reports them durable; when full, output waits (back-pressure). Lines are committed in the journal only once every sink has reported them.", min = "1")
    int sink_inflight_batches() default 1024;

    @AttributeDefinition(name = "Sink in-flight events", description = "Events an asynchronous sink may hold before it reports them durable; large enough for the sink's group commits to be large.", min = "1")
    long sink_inflight_events() default 200000;

    @AttributeDefinition(name = "Dead-letter file", description = "Events a sink rejects as invalid are appended here as JSON lines (with the sink and reason), relative to karaf.data. Empty: only counted (sink_rejected:<sink>).")
    String dead_letter_file() default "";

    @AttributeDefinition(name = "Journal directory", description = "Where accepted lines are journaled before they are acknowledged; empty means <karaf.data>/usiem/journal. A restart replays what the sinks had not finished.")
    String journal_directory() default "";

    @AttributeDefinition(name = "Journal fsync", description = "interval: fsync every journal.fsync.bytes or journal.fsync.interval.ms, whichever comes first, and acknowledge after it (group commit); batch: fsync every append before acknowledging it; none: never fsync (a process crash loses nothing, a power loss may).", options = {
            @Option(label = "interval", value = "interval"), @Option(label = "batch", value = "batch"), @Option(label = "none", value = "none")})
    String journal_fsync() default "interval";

    @AttributeDefinition(name = "Journal fsync bytes", description = "Group commit: fsync once this many bytes are pending.", min = "4096")
    long journal_fsync_bytes() default 1048576;

    @AttributeDefinition(name = "Journal fsync interval (ms)", description = "Group commit: fsync at least this often while lines are pending.", min = "1")
    long journal_fsync_interval_ms() default 10;

    @AttributeDefinition(name = "Journal segment size (MiB)", min = "1")
    long journal_segment_mb() default 64;

    @AttributeDefinition(name = "Journal size cap (MiB)", description = "When lines not yet finished by every sink fill this much, ingest waits (TCP/HTTP back-pressure) and UDP counts journal_full drops. Finished segments beyond it are deleted.", min = "2")
    long journal_max_mb() default 8192;

    @AttributeDefinition(name = "Journal retention (hours)", description = "Finished segments older than this are deleted.", min = "1")
    long journal_retention_hours() default 168;

    @AttributeDefinition(name = "Startup wait (ms)", description = "At start, journaled lines wait up to this long for a first parser and a first event sink to register (their bundles start after the kernel's), so a restart does not store replayed lines raw for want of their parser.", min = "0")
    long startup_wait_ms() default 30000;

    @AttributeDefinition(name = "Origin cache size", description = "Origins whose parser the kernel remembers.", min = "16")
    int origin_cache_size() default 65536;

    @AttributeDefinition(name = "Parser grace (ms)", description = "While a parser is being replaced (bundle update), lines no parser takes wait this long for the replacement before they are stored raw. 0 stores them raw at once.", min = "0")
    long parser_grace_ms() default 5000;

    @AttributeDefinition(name = "Parser timeout (ms)", description = "A parse call running longer than this quarantines its parser until the call returns, and its worker is replaced, so no parser can stall the pipeline.", min = "10")
    long parser_timeout_ms() default 2000;
}
