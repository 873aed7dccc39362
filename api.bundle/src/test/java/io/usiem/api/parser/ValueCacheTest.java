package io.usiem.api.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** A cached value is always the text asked for; repeats return the same string. */
class ValueCacheTest {
    @Test
    void repeatsAreReusedPerSlot() {
        ValueCache cache = new ValueCache(2);
        String a = cache.get(0, "x,trust,y", 2, 7);
        assertEquals("trust", a);
        assertSame(a, cache.get(0, "untrust,trust", 8, 13));
        assertNotSame(a, cache.get(1, "trust", 0, 5)); // another slot
        for (String v : new String[] {"b", "c", "d"}) {
            cache.get(0, v, 0, 1);
        }
        assertSame(a, cache.get(0, "trust", 0, 5)); // still among the last four
        cache.get(0, "e", 0, 1);
        assertNotSame(a, cache.get(0, "trust", 0, 5)); // dropped as the oldest
        assertEquals("", cache.get(0, "abc", 1, 1));
        assertEquals("bc", cache.get(9, "abc", 1, 3)); // a slot out of range is not cached
        String longValue = "," + "x".repeat(ValueCache.MAX_LENGTH + 1);
        assertNotSame(cache.get(0, longValue, 1, longValue.length()), cache.get(0, longValue, 1, longValue.length()));
    }

    @Test
    void characterBuffers() {
        ValueCache cache = new ValueCache(1);
        char[] json = "{\"proto\":\"TCP\"}".toCharArray();
        String a = cache.get(0, json, 10, 3);
        assertEquals("TCP", a);
        assertSame(a, cache.get(0, "TCP".toCharArray(), 0, 3));
        assertSame(a, cache.get(0, "xTCP", 1, 4));
        assertEquals("TCQ", cache.get(0, "TCQ".toCharArray(), 0, 3));
    }

    @Test
    void concurrentUseNeverReturnsAnotherValue() throws Exception {
        ValueCache cache = new ValueCache(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                runs.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int k = 0; k < 200_000; k++) {
                        String text = "v" + random.nextInt(12);
                        String got = cache.get(random.nextInt(4), text, 0, text.length());
                        assertEquals(text, got);
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
