package io.usiem.api.input;

import io.usiem.api.parser.RawLog;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where inputs hand over what they received; provided by the kernel. Once a call returns true (or
 * {@link #ingest(RawLog)} returns), the kernel owns the line: it is stored, or counted as dropped with
 * a reason. Never lost silently.
 */
@ProviderType
public interface EventIngest {
    /**
     * Hands over a line, waiting while the pipeline is full: back-pressure for TCP and HTTP inputs.
     *
     * @param raw the line
     * @throws InterruptedException if interrupted while waiting (then the line was not accepted)
     * @throws IllegalStateException if this kernel is stopping (reconfiguration, shutdown): the line was not
     *     accepted; the caller keeps it (does not acknowledge it) and uses the kernel's next registration
     */
    void ingest(RawLog raw) throws InterruptedException;

    /**
     * Hands over lines read together (a TCP read, an HTTP {@code _bulk} body, a file chunk), in order,
     * waiting while the pipeline is full. Cheaper than one call per line: the kernel queues them as runs.
     *
     * @param raws the lines
     * @throws InterruptedException if interrupted while waiting: the lines before the interruption were
     *     accepted, the rest were not
     * @throws IllegalStateException if this kernel is stopping
     */
    default void ingestAll(java.util.List<RawLog> raws) throws InterruptedException {
        for (RawLog raw : raws) {
            ingest(raw);
        }
    }

    /**
     * Hands over a line without waiting; for UDP, which cannot push back.
     *
     * @param raw the line
     * @return false when the pipeline is full: the caller counts the drop with its reason
     * @throws IllegalStateException if this kernel is stopping: the line was not accepted
     */
    boolean tryIngest(RawLog raw);
}
