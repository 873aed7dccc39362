package io.usiem.kernel.internal;

import io.usiem.api.codec.EventBinaryCodec;
import io.usiem.api.input.EventIngest;
import io.usiem.api.input.IngestInterruptedException;
import io.usiem.api.parser.RawLog;
import io.usiem.kernel.internal.journal.SegmentJournal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The kernel's ingest step without the pipeline behind it: each line encoded as {@link PipelineEngine} encodes it,
 * the run appended to the journal, the completion done once the run is durable. For the input + journal benchmark.
 */
final class JournalOnlyIngest implements EventIngest {
    private final SegmentJournal journal;
    private final ThreadLocal<EventBinaryCodec> codecs = ThreadLocal.withInitial(EventBinaryCodec::new);

    JournalOnlyIngest(SegmentJournal journal) {
        this.journal = journal;
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
            return journal.whenDurable(first + records.size() - 1).thenApply(v -> records.size());
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
