package io.usiem.connector.storelucene.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One index directory: a time partition of events (or the alert index). Readable from the start; its writer is
 * opened on the first write and closed again when the partition goes idle. When a writer opens on an index that
 * already holds events, the highest committed sequence is remembered so that a replay after a restart is not
 * stored twice ({@link #alreadyStored}). Thread-safe.
 */
final class Partition implements Closeable {
    private final String name;
    private final long startNanos;
    private final Path path;
    private final FSDirectory directory;
    private final double ramBufferMb;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The highest sequence committed before this writer opened: only events up to it may be replays. */
    private long committedMaxSequence = Long.MIN_VALUE;
    private volatile long lastWriteNanos;
    /** {@link System#nanoTime()} of the last refresh. */
    private volatile long lastRefreshNanos = System.nanoTime();

    Partition(String name, long startNanos, Path path, double ramBufferMb) throws IOException {
        this.name = name;
        this.startNanos = startNanos;
        this.path = path;
        this.ramBufferMb = ramBufferMb;
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        if (DirectoryReader.indexExists(directory)) {
            this.searchers = new SearcherManager(directory, null);
        }
    }

    String name() {
        return name;
    }

    long startNanos() {
        return startNanos;
    }

    Path path() {
        return path;
    }

    long lastWriteNanos() {
        return lastWriteNanos;
    }

    /** @return the writer, opened on first use */
    synchronized IndexWriter writer(long nowNanos) throws IOException {
        lastWriteNanos = nowNanos;
        if (writer == null) {
            if (DirectoryReader.indexExists(directory)) {
                try (DirectoryReader committed = DirectoryReader.open(directory)) {
                    byte[] max = PointValues.getMaxPackedValue(committed, FieldMapping.SEQUENCE);
                    committedMaxSequence = max == null ? Long.MIN_VALUE : LongPoint.decodeDimension(max, 0);
                }
            }
            // Flushed segments (one per group commit) are merged soon anyway: writing them as compound files first
            // copies every byte once more. Merges go up to larger tiers before they are merged again.
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setSegmentsPerTier(16);
            IndexWriterConfig config = new IndexWriterConfig(DocumentMapper.ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb)
                    .setUseCompoundFile(false)
                    .setMergePolicy(merges)
                    .setCommitOnClose(true);
            IndexWriter w = new IndexWriter(directory, config);
            SearcherManager previous = searchers;
            searchers = new SearcherManager(w, null);
            writer = w;
            if (previous != null) {
                previous.close();
            }
        }
        return writer;
    }

    /**
     * @param sequence an event's sequence
     * @param receivedNanos its reception time
     * @return whether an event of this identity was committed before this writer opened
     */
    boolean alreadyStored(long sequence, long receivedNanos) throws IOException {
        synchronized (this) {
            if (sequence == 0 || sequence > committedMaxSequence) {
                return false;
            }
        }
        // the writer's near-real-time reader: it holds the last commit from the start, and holds no old files
        // back from merges the way a reader kept open on that commit would
        long[] id = {sequence, receivedNanos};
        return acquireCount(LongPoint.newRangeQuery(FieldMapping.IDENTITY, id, id)) > 0;
    }

    /** @return whether the writer holds changes not yet committed */
    synchronized boolean dirty() {
        return writer != null && writer.hasUncommittedChanges();
    }

    /** Commits the writer's changes, if any, and makes them searchable. */
    void commit() throws IOException {
        IndexWriter w;
        synchronized (this) {
            w = writer;
        }
        if (w != null && w.hasUncommittedChanges()) {
            w.commit();
            refresh();
        }
    }

    /** Makes what was added searchable (near-real-time). */
    void refresh() throws IOException {
        SearcherManager m;
        synchronized (this) {
            m = searchers;
        }
        if (m != null) {
            lastRefreshNanos = System.nanoTime();
            m.maybeRefresh();
        }
    }

    /** Makes everything added so far searchable, waiting for a refresh another thread has started. */
    void refreshNow() throws IOException {
        SearcherManager m;
        synchronized (this) {
            m = searchers;
        }
        if (m != null) {
            m.maybeRefreshBlocking();
        }
    }

    /** Refreshes unless a refresh (a commit's) happened after {@code nanoTime}. */
    void refreshIfOlder(long nanoTime) throws IOException {
        if (lastRefreshNanos - nanoTime <= 0) {
            refresh();
        }
    }

    /** Closes an idle writer (committing it) and goes back to reading the directory. */
    synchronized void closeWriter() throws IOException {
        if (writer == null) {
            return;
        }
        searchers.close();
        writer.close();
        writer = null;
        searchers = DirectoryReader.indexExists(directory) ? new SearcherManager(directory, null) : null;
        committedMaxSequence = Long.MIN_VALUE;
    }

    /** @return whether the writer is open */
    synchronized boolean writing() {
        return writer != null;
    }

    /**
     * Acquires the current reader; give it back with {@link #release}.
     *
     * @return the reader, or null when the partition holds no index yet
     */
    synchronized IndexReader acquire() throws IOException {
        if (searchers == null) {
            return null;
        }
        IndexSearcher s = searchers.acquire();
        return s.getIndexReader();
    }

    /** @return how many documents of the current reader match, 0 when there is no index */
    int acquireCount(org.apache.lucene.search.Query query) throws IOException {
        IndexReader r = acquire();
        if (r == null) {
            return 0;
        }
        try {
            return new IndexSearcher(r).count(query);
        } finally {
            release(r);
        }
    }

    /** @param reader a reader from {@link #acquire} */
    void release(IndexReader reader) throws IOException {
        reader.decRef();
    }

    /** @return bytes the partition's files take on disk */
    long sizeOnDisk() {
        try (Stream<Path> files = Files.list(path)) {
            return files.mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file merged away while listing
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }

    /** Closes without committing: what was not committed is dropped (the partition is being deleted). */
    synchronized void discard() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            writer.rollback();
        }
        directory.close();
    }
}
