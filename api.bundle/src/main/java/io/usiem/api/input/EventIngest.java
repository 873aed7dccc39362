package io.usiem.api.input;

import io.usiem.api.parser.RawLog;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where inputs hand over what they received; provided by the kernel. Once a line is accepted (a call
 * returns normally, {@link #tryIngest} returns true, or {@link #ingestAll} counts it), the kernel owns it:
 * it is stored, or counted as dropped with a reason, never lost silently. A line that was not accepted
 * is still the caller's: the caller keeps it, retries it, or counts its own drop with its reason (the
 * kernel has not counted it, so nothing is counted twice).
 *
 * <p>What "accepted" means: the line is in the kernel's memory today; once the disk journal is on, it
 * means the line is in the journal and synced to disk, so an input may acknowledge it to its sender
 * (TCP, HTTP 2xx) as soon as the call has accepted it.
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
     * The lines accepted are always a prefix of the list: an HTTP {@code _bulk} answer gives the first
     * {@code n} items success and the rest a retryable status.
     *
     * @param raws the lines
     * @return how many lines, from the first, were accepted: all of them, or fewer when the kernel began
     *     stopping during the call (the rest were not accepted; offer them to the kernel's next registration)
     * @throws IngestInterruptedException if interrupted while waiting; its {@link
     *     IngestInterruptedException#accepted()} says how many lines, from the first, were accepted
     * @throws IllegalStateException if this kernel was stopping before any line was accepted
     */
    int ingestAll(List<RawLog> raws) throws IngestInterruptedException;

    /**
     * Hands over lines like {@link #ingestAll} but returns once they are accepted in the journal, before the
     * fsync: the completion is done when they are durable. An input that may keep reading while earlier lines
     * are being synced (a TCP connection, pipelined HTTP requests) acknowledges each run when its completion is
     * done, and many runs share one fsync. Waits while the journal is full (back-pressure).
     *
     * @param raws the lines
     * @return a completion with how many lines, from the first, were accepted (as {@link #ingestAll} counts
     *     them), done once they are durable; completed exceptionally when the journal fails before that
     * @throws IngestInterruptedException if interrupted while waiting for room (no line was accepted)
     * @throws IllegalStateException if this kernel is stopping
     * @since 1.0
     */
    CompletableFuture<Integer> ingestAllAsync(List<RawLog> raws) throws IngestInterruptedException;

    /**
     * Hands over a line without waiting; for UDP, which cannot push back.
     *
     * @param raw the line
     * @return false when the pipeline is full: the caller counts the drop with its reason
     * @throws IllegalStateException if this kernel is stopping: the line was not accepted
     */
    boolean tryIngest(RawLog raw);
}
