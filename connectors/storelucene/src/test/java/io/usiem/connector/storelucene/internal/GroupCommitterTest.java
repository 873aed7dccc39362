package io.usiem.connector.storelucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Group commit: many writers share a commit, a failed commit fails exactly its waiters, and bad settings are refused. */
class GroupCommitterTest {

    @Test
    void concurrentWritersShareCommits() throws Exception {
        AtomicInteger commits = new AtomicInteger();
        try (GroupCommitter c = new GroupCommitter("test", commits::incrementAndGet, TimeUnit.SECONDS.toNanos(30), 4,
                System::nanoTime)) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> {
                    try {
                        c.awaitCommit(1);
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join(TimeUnit.MINUTES.toMillis(2));
                assertTrue(!t.isAlive());
            }
            // four writers of one event each reach commit.docs = 4 long before the 30 s interval
            assertTrue(commits.get() >= 1 && commits.get() <= 4, "commits: " + commits.get());
        }
    }

    @Test
    void aFailedCommitFailsItsWaitersAndTheNextOneSucceeds() throws Exception {
        AtomicBoolean fail = new AtomicBoolean(true);
        try (GroupCommitter c = new GroupCommitter("test", () -> {
            if (fail.get()) {
                throw new IOException("disk full");
            }
        }, TimeUnit.MILLISECONDS.toNanos(5), 1, System::nanoTime)) {
            IOException e = assertThrows(IOException.class, () -> c.awaitCommit(1));
            assertTrue(e.getMessage().contains("disk full"));
            fail.set(false);
            c.awaitCommit(1);
        }
    }

    @Test
    void aCompletionEndsOnlyWhenACommitCoversItAndManyShareOne() throws Exception {
        java.util.concurrent.CountDownLatch commitMayEnd = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger commits = new AtomicInteger();
        try (GroupCommitter c = new GroupCommitter("test", () -> {
            commits.incrementAndGet();
            try {
                commitMayEnd.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, TimeUnit.SECONDS.toNanos(30), 3, System::nanoTime)) {
            List<java.util.concurrent.CompletableFuture<Void>> later = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                later.add(c.commitLater(1)); // the writer's thread is free at once
            }
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2)).until(() -> commits.get() == 1);
            assertTrue(later.stream().noneMatch(java.util.concurrent.CompletableFuture::isDone), "not before the commit ends");
            commitMayEnd.countDown();
            for (java.util.concurrent.CompletableFuture<Void> f : later) {
                f.get(2, TimeUnit.MINUTES);
            }
            assertEquals(1, commits.get(), "three writers, one commit");
        }
    }

    @Test
    void aLaterCompletionOfAFailedCommitEndsExceptionally() throws Exception {
        try (GroupCommitter c = new GroupCommitter("test", () -> {
            throw new IOException("disk full");
        }, TimeUnit.MILLISECONDS.toNanos(5), 1, System::nanoTime)) {
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> c.commitLater(1).get(2, TimeUnit.MINUTES));
            assertTrue(e.getCause() instanceof IOException && e.getCause().getMessage().contains("disk full"));
        }
    }

    @Test
    void badSettingsAreRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StoreSettings(Path.of("x"), 5, 30, 0, 1000, 1000, 1000, 64));
        assertEquals("io.usiem.connector.storelucene: partition.hours must divide 24 (1, 2, 3, 4, 6, 8, 12 or 24): 5",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StoreSettings(Path.of("x"), 24, -1, 0, 1000, 1000, 1000, 64));
        assertThrows(IllegalArgumentException.class, () -> new StoreSettings(Path.of("x"), 24, 30, 0, 0, 1000, 1000, 64));
    }
}
