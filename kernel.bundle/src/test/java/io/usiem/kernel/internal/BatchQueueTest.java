package io.usiem.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BatchQueueTest {
    @Test
    void keepsOrderAcrossBatchesLargerThanTheQueue() throws Exception {
        BatchQueue<Integer> q = new BatchQueue<>(16);
        List<Integer> input = IntStream.range(0, 10_000).boxed().collect(Collectors.toList());
        List<Integer> taken = new ArrayList<>();
        Thread consumer = new Thread(() -> {
            try {
                while (taken.size() < input.size()) {
                    q.pollBatch(taken, 7, 1, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        consumer.start();
        for (int i = 0; i < input.size(); i += 1000) {
            q.putAll(input.subList(i, i + 1000)); // each batch is 62x the capacity: it waits for room
        }
        consumer.join(TimeUnit.SECONDS.toMillis(30));
        assertEquals(input, taken);
        assertTrue(q.isEmpty());
    }

    @Test
    void offerRefusesWhenFullAndPollTimesOut() throws Exception {
        BatchQueue<String> q = new BatchQueue<>(2);
        assertTrue(q.offer("a"));
        assertTrue(q.offer("b"));
        assertFalse(q.offer("c"));
        List<String> out = new ArrayList<>();
        assertEquals(2, q.drainTo(out));
        assertEquals(0, q.pollBatch(out, 10, 10, TimeUnit.MILLISECONDS));
        assertEquals(List.of("a", "b"), out);
        assertEquals(2, q.capacity());
    }
}
