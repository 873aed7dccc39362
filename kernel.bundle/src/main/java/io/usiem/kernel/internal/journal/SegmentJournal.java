package io.usiem.kernel.internal.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Journal} as a folder of append-only segment files named after their first position, records framed
 * with a CRC32C ({@link Frames}), group commit by {@link FsyncMode}, the commit point in its own atomically
 * replaced file, and retention by size and age of committed segments. Thread-safe; appends are serialized.
 */
public final class SegmentJournal implements Journal {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentJournal.class);
    private static final long COMMIT_PERSIST_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final JournalConfig config;
    private final ConcurrentSkipListMap<Long, Segment> segments = new ConcurrentSkipListMap<>();
    private final CommitFile commitFile;
    private final Durability durability;
    private final Flusher flusher;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Condition notFull = writeLock.newCondition();
    /** Held while forcing or switching segments, so a segment is never closed under a running fsync. */
    private final ReentrantLock syncLock = new ReentrantLock();
    private final CRC32C crc = new CRC32C();
    private final AtomicLong commitPoint;
    private ByteBuffer out = ByteBuffer.allocateDirect(1 << 20);
    private volatile Segment active;
    private volatile long appended;
    private volatile long endBytes;
    private volatile long syncedBytes;
    private volatile long persistedCommit;
    /** Appenders waiting for space; changed under the write lock, read by {@link #commit} without it. */
    private volatile int fullWaiters;
    private volatile boolean closed;
    private long lastPersistNanos;

    private SegmentJournal(JournalConfig config, CommitFile commitFile, SegmentRecovery.Recovered recovered) {
        this.config = config;
        this.commitFile = commitFile;
        recovered.segments().forEach(s -> segments.put(s.base, s));
        this.active = recovered.segments().get(recovered.segments().size() - 1);
        this.appended = active.end();
        this.endBytes = active.startByte + active.sizeBytes();
        this.syncedBytes = endBytes;
        this.durability = new Durability(appended);
        this.commitPoint = new AtomicLong(recovered.commitPoint());
        this.persistedCommit = recovered.commitPoint();
        this.flusher = new Flusher("usiem-journal-" + config.directory().getFileName(),
                config.fsyncInterval().toNanos(), this::tick);
    }

    /** Opens (recovering after a crash) or creates the journal in {@code config.directory()}. */
    public static SegmentJournal open(JournalConfig config) throws IOException {
        CommitFile commitFile = new CommitFile(config.directory());
        SegmentRecovery.Recovered recovered = SegmentRecovery.recover(config, commitFile);
        // what recovery kept may still sit in the page cache only (the previous process was killed): force it once
        recovered.segments().get(recovered.segments().size() - 1).channel.force(true);
        SegmentJournal journal = new SegmentJournal(config, commitFile, recovered);
        journal.flusher.start();
        return journal;
    }

    @Override
    public long append(List<byte[]> records) throws InterruptedException, IOException {
        return ((AppendResult.Appended) append(records, true, 0)).firstPosition();
    }

    @Override
    public AppendResult tryAppend(List<byte[]> records, long timeout, TimeUnit unit) throws InterruptedException, IOException {
        return append(records, false, unit.toNanos(timeout));
    }

    private AppendResult append(List<byte[]> records, boolean forever, long timeoutNanos) throws InterruptedException, IOException {
        long bytes = frameBytes(records);
        long first;
        long end;
        writeLock.lockInterruptibly();
        try {
            checkOpen();
            long waitNanos = timeoutNanos;
            while (true) {
                // counted before the check so a concurrent commit either is seen here or sees us and signals
                fullWaiters++;
                try {
                    if (!isFull(bytes)) {
                        break;
                    }
                    if (!forever && waitNanos <= 0) {
                        return new AppendResult.Full(uncommittedBytes(), config.maxBytes());
                    }
                    if (forever) {
                        notFull.await();
                    } else {
                        waitNanos = notFull.awaitNanos(waitNanos);
                    }
                } finally {
                    fullWaiters--;
                }
                checkOpen();
            }
            first = appended;
            write(records);
            end = appended;
        } finally {
            writeLock.unlock();
        }
        switch (config.fsyncMode()) {
            case BATCH -> sync();
            case INTERVAL -> {
                if (endBytes - syncedBytes >= config.fsyncBytes()) {
                    flusher.wake();
                }
            }
            case NONE -> durability.advance(end);
        }
        return new AppendResult.Appended(first, records.size());
    }

    private long frameBytes(List<byte[]> records) {
        long bytes = 0;
        for (byte[] record : records) {
            if (record.length > config.maxRecordBytes()) {
                throw new IllegalArgumentException("journal record of " + record.length + " bytes exceeds maxRecordBytes "
                        + config.maxRecordBytes());
            }
            bytes += Frames.HEADER_BYTES + record.length;
        }
        return bytes;
    }

    /** Full when the batch would push uncommitted segments past the cap and a commit could still free space. */
    private boolean isFull(long bytes) {
        return commitPoint.get() < appended && uncommittedBytes() + bytes > config.maxBytes();
    }

    /** @return bytes of the segments holding the commit point and everything after it */
    public long uncommittedBytes() {
        Map.Entry<Long, Segment> holding = segments.floorEntry(commitPoint.get());
        Segment from = holding != null ? holding.getValue() : segments.firstEntry().getValue();
        return endBytes - from.startByte;
    }

    private void write(List<byte[]> records) throws IOException {
        Segment segment = active;
        long position = appended;
        out.clear();
        for (byte[] payload : records) {
            int frame = Frames.HEADER_BYTES + payload.length;
            long offset = segment.sizeBytes() + out.position();
            if (offset > 0 && offset + frame > config.segmentBytes()) {
                flushOut(segment, position);
                segment = roll(segment);
                offset = 0;
            }
            if (out.remaining() < frame) {
                flushOut(segment, position);
                offset = segment.sizeBytes();
                if (out.capacity() < frame) {
                    out = ByteBuffer.allocateDirect(Integer.highestOneBit(frame) << 1);
                }
            }
            segment.indexIfDue(position, offset);
            out.putInt(payload.length).putInt(Frames.checksum(crc, payload.length, payload, 0)).put(payload);
            position++;
        }
        flushOut(segment, position);
    }

    /** Writes the encoded frames and publishes them to readers. */
    private void flushOut(Segment segment, long position) throws IOException {
        out.flip();
        long at = segment.sizeBytes();
        long written = 0;
        boolean interrupted = false;
        try {
            while (true) {
                FileChannel channel = segment.channel;
                try {
                    while (out.hasRemaining()) {
                        written += channel.write(out, at + written);
                    }
                    break;
                } catch (ClosedByInterruptException e) {
                    // The appending thread (an input's) was interrupted mid-write, and NIO closed the channel under
                    // every input. Reopen it and write the run again: the write is positional, so the same bytes land
                    // in the same place. The caller keeps its interrupt, seen once the run is safe.
                    interrupted = true;
                    Thread.interrupted();
                    segment.reopenIfClosed(channel);
                    out.position(0);
                    written = 0;
                }
            }
        } catch (IOException e) {
            durability.fail(e);
            throw e;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        out.clear();
        segment.published(position, at + written);
        endBytes += written;
        appended = position;
    }

    /** Seals {@code full} (forced, unless mode NONE) and starts the next segment at the current position. */
    private Segment roll(Segment full) throws IOException {
        Segment next = SegmentRecovery.create(config.directory(), appended, full.startByte + full.sizeBytes());
        syncLock.lock();
        try {
            if (config.fsyncMode() != FsyncMode.NONE) {
                full.channel.force(false);
            }
            full.closeChannel();
            segments.put(next.base, next);
            active = next;
        } catch (IOException e) {
            durability.fail(e);
            throw e;
        } finally {
            syncLock.unlock();
        }
        durability.advance(next.base);
        return next;
    }

    /** Forces the active segment; everything older was forced when its segment was sealed. */
    void sync() throws IOException {
        long durableTo = -1;
        syncLock.lock();
        try {
            Segment segment = active;
            long end = segment.end();
            long bytes = segment.startByte + segment.sizeBytes();
            FileChannel channel = segment.channel;
            if (end <= durability.position() || channel == null) {
                return;
            }
            try {
                channel.force(false);
            } catch (ClosedChannelException e) {
                // An interrupted writer closed it (see flushOut): fsync is per file, so the reopened channel will do.
                segment.reopenIfClosed(channel).force(false);
            }
            syncedBytes = bytes;
            durableTo = end;
        } catch (IOException e) {
            durability.fail(e);
            throw e;
        } finally {
            syncLock.unlock();
        }
        // Outside the lock, as roll() does: advancing runs the inputs' completion callbacks, and one that appends
        // (taking the write lock) would otherwise hold the locks in the opposite order to roll(), which takes the
        // sync lock under the write lock. Advancing is monotonic, so a late call after a newer sync does nothing.
        durability.advance(durableTo);
    }

    private void tick() throws IOException {
        if (config.fsyncMode() == FsyncMode.INTERVAL) {
            sync();
        }
        long now = System.nanoTime();
        if (now - lastPersistNanos >= COMMIT_PERSIST_NANOS) {
            lastPersistNanos = now;
            persistCommit();
            retain();
        }
    }

    /** Persists the commit point, never past what is durable (else a crash could replay nothing of a lost tail). */
    private synchronized void persistCommit() throws IOException {
        long target = Math.min(commitPoint.get(), durability.position());
        if (target > persistedCommit) {
            commitFile.write(target);
            persistedCommit = target;
        }
    }

    /** Deletes segments wholly below the persisted commit point, oldest first, while over the size or age cap. */
    private void retain() throws IOException {
        long now = System.currentTimeMillis();
        while (true) {
            Segment oldest = segments.firstEntry().getValue();
            Map.Entry<Long, Segment> next = segments.higherEntry(oldest.base);
            if (oldest == active || next == null || next.getKey() > persistedCommit) {
                return;
            }
            long total = endBytes - oldest.startByte;
            boolean overSize = total > config.maxBytes();
            if (!overSize) {
                try {
                    long age = now - Files.getLastModifiedTime(oldest.file).toMillis();
                    if (age <= config.maxAge().toMillis()) {
                        return;
                    }
                } catch (NoSuchFileException e) {
                    LOG.warn("Journal segment {} vanished before retention", oldest.file, e);
                }
            }
            segments.remove(oldest.base);
            Files.deleteIfExists(oldest.file);
            LOG.info("Journal: deleted committed segment {} ({} bytes, {})", oldest.file, oldest.sizeBytes(),
                    overSize ? "over the size cap" : "over the age cap");
        }
    }

    @Override
    public void awaitDurable(long position) throws InterruptedException, IOException {
        if (position >= appended) {
            throw new IllegalArgumentException("journal position " + position + " not appended yet");
        }
        if (position >= durability.position() && config.fsyncMode() == FsyncMode.INTERVAL) {
            // Someone is waiting: fsync now rather than at the end of the interval. Writers that append while this
            // fsync runs are covered by the next one, so concurrent writers still share fsyncs (group commit), and
            // a lone writer is not held up by the interval on every line.
            flusher.wake();
        }
        durability.await(position);
    }

    @Override
    public CompletableFuture<Void> whenDurable(long position) {
        return durability.when(position);
    }

    @Override
    public JournalReader reader(long fromPosition) throws IOException {
        return new SegmentReader(this, fromPosition, config.maxRecordBytes());
    }

    Segment segmentFor(long position) throws IOException {
        Map.Entry<Long, Segment> entry = segments.floorEntry(position);
        if (entry == null || position < segments.firstKey()) {
            throw new IOException("journal position " + position + " was deleted by retention; oldest is " + firstPosition());
        }
        return entry.getValue();
    }

    @Override
    public void commit(long position) {
        if (position > appended) {
            throw new IllegalArgumentException("journal commit " + position + " is past the appended position " + appended);
        }
        if (commitPoint.getAndAccumulate(position, Math::max) < position && fullWaiters > 0) {
            writeLock.lock();
            try {
                notFull.signalAll();
            } finally {
                writeLock.unlock();
            }
        }
    }

    @Override
    public long commitPoint() {
        return commitPoint.get();
    }

    @Override
    public long firstPosition() {
        return segments.firstKey();
    }

    @Override
    public long appendedPosition() {
        return appended;
    }

    @Override
    public long durablePosition() {
        return durability.position();
    }

    @Override
    public long sizeBytes() {
        return endBytes - segments.firstEntry().getValue().startByte;
    }

    @Override
    public FsyncMode fsyncMode() {
        return config.fsyncMode();
    }

    private void checkOpen() throws IOException {
        if (closed) {
            throw new IOException("journal " + config.directory() + " is closed");
        }
        durability.throwIfFailed();
    }

    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            notFull.signalAll();
        } finally {
            writeLock.unlock();
        }
        try {
            flusher.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (config.fsyncMode() != FsyncMode.NONE) {
                sync();
            }
            persistCommit();
        } finally {
            syncLock.lock();
            try {
                active.closeChannel();
            } finally {
                syncLock.unlock();
            }
            durability.fail(new IOException("journal " + config.directory() + " closed"));
        }
    }
}
