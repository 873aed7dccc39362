package io.usiem.kernel.internal.journal;

import io.usiem.api.codec.EventBinaryCodec;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The kernel's ingest step without the pipeline behind it, for inputs' tests and benchmarks (the kernel's test-jar):
 * each line encoded as the pipeline encodes it, the run appended to a real journal, the completion done once the run
 * is durable. Nothing reads the journal, so a caller that measures or sustains load asks for the commit the kernel
 * makes once its sinks have a run; without it the journal fills up to its cap and refuses, which a back-pressure
 * test wants.
 */
public final class JournalOnlyIngest implements EventIngest {
    private final SegmentJournal journal;
    private final boolean commitWhenDurable;
    private final ThreadLocal<EventBinaryCodec> codecs = ThreadLocal.withInitial(EventBinaryCodec::new);

    /**
     * @param journal the journal to append to
     * @param commitWhenDurable whether a durable run is committed (read) at once, as if sinks had it
     */
    public JournalOnlyIngest(SegmentJournal journal, boolean commitWhenDurable) {
        this.journal = journal;
        this.commitWhenDurable = commitWhenDurable;
    }

    @Override
    public CompletableFuture<Integer> ingestAllAsync(List<RawLog> raws) throws IngestInterruptedException {
        EventBinaryCodec codec = codecs.get();
        List<byte[]> records = new ArrayList<>(raws.size());
        for (RawLog raw : raws) {
            records.add(codec.encode(raw));
        }
        try {
            long first = journal.append(records);
            long last = first + records.size() - 1;
            return journal.whenDurable(last).thenApply(v -> {
                if (commitWhenDurable) {
                    journal.commit(last + 1);
                }
                return records.size();
            });
        } catch (InterruptedException e) {
            throw new IngestInterruptedException(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void ingest(RawLog raw) throws InterruptedException {
        ingestAll(List.of(raw));
    }

    @Override
    public int ingestAll(List<RawLog> raws) throws IngestInterruptedException {
        try {
            return ingestAllAsync(raws).get();
        } catch (InterruptedException e) {
            throw new IngestInterruptedException(0);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public boolean tryIngest(RawLog raw) {
        try {
            return ingestAll(List.of(raw)) == 1;
        } catch (IngestInterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
