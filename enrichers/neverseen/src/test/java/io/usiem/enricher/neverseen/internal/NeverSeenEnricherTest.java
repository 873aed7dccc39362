package io.usiem.enricher.neverseen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

class NeverSeenEnricherTest {
    @TempDir
    Path dir;
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    static NeverSeenConfig config(int max, long ttlSeconds, long learningSeconds, boolean includePrivate, String... fields) {
        return new NeverSeenConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return NeverSeenConfig.class;
            }

            @Override
            public String[] ip_fields() {
                return fields.length == 0 ? new String[] {"source.ip", "destination.ip"} : fields;
            }

            @Override
            public boolean include_private() {
                return includePrivate;
            }

            @Override
            public int max_addresses() {
                return max;
            }

            @Override
            public long ttl_seconds() {
                return ttlSeconds;
            }

            @Override
            public long learning_seconds() {
                return learningSeconds;
            }

            @Override
            public String directory() {
                return "";
            }

            @Override
            public int persist_interval_seconds() {
                return 60;
            }
        };
    }

    private static Event ev(String src) {
        return Event.builder("x").set(Fields.SOURCE_IP, IpAddress.parse(src)).build();
    }

    @Test
    void firstSightTaggedThenNotAndPrivateSkipped() {
        NeverSeenEnricher e = new NeverSeenEnricher(config(1000, 3600, 0, false), null, now::get, false);
        assertTrue(e.enrich(ev("198.51.100.1")).hasTag(NeverSeenEnricher.TAG));
        Event again = ev("198.51.100.1");
        assertSame(again, e.enrich(again));
        assertTrue(e.enrich(ev("2001:db8::1")).hasTag(NeverSeenEnricher.TAG));
        Event priv = ev("10.1.2.3");
        assertSame(priv, e.enrich(priv));
        NeverSeenEnricher all = new NeverSeenEnricher(config(1000, 3600, 0, true), null, now::get, false);
        assertTrue(all.enrich(ev("10.1.2.3")).hasTag(NeverSeenEnricher.TAG));
    }

    @Test
    void forgottenAfterTheTtlButKeptWhileSeen() {
        NeverSeenEnricher e = new NeverSeenEnricher(config(1000, 100, 0, false), null, now::get, false);
        e.enrich(ev("198.51.100.1"));
        e.enrich(ev("198.51.100.2"));
        now.addAndGet(50_000);
        assertTrue(e.state().maybeRotate(), "half the TTL: new generation");
        assertFalse(e.enrich(ev("198.51.100.1")).hasTag(NeverSeenEnricher.TAG), "still known from the previous generation");
        now.addAndGet(50_000);
        assertTrue(e.state().maybeRotate());
        assertFalse(e.enrich(ev("198.51.100.1")).hasTag(NeverSeenEnricher.TAG), "seen in between: refreshed");
        assertTrue(e.enrich(ev("198.51.100.2")).hasTag(NeverSeenEnricher.TAG), "not seen for a TTL: new again");
    }

    @Test
    void memoryIsBoundedByRotation() {
        NeverSeenEnricher e = new NeverSeenEnricher(config(1000, 3600, 0, false), null, now::get, false);
        for (int i = 0; i < 10_000; i++) {
            e.enrich(Event.builder("x").set(Fields.SOURCE_IP, IpAddress.ofV4(0x08000000 + i)).build());
            if (i % 500 == 0) {
                e.state().maybeRotate();
            }
        }
        assertTrue(e.state().size() <= 3000, "two generations of at most ~1000 (+ one check interval): " + e.state().size());
    }

    @Test
    void learningPeriodAfterAnEmptyStartThenPersistedStateSkipsIt() throws Exception {
        Path file = dir.resolve("seen.bin");
        NeverSeenEnricher e = new NeverSeenEnricher(config(1000, 3600, 600, false), file, now::get, false);
        assertFalse(e.enrich(ev("198.51.100.1")).hasTag(NeverSeenEnricher.TAG), "learning");
        now.addAndGet(600_000);
        assertTrue(e.enrich(ev("198.51.100.2")).hasTag(NeverSeenEnricher.TAG));
        e.deactivate();

        NeverSeenEnricher back = new NeverSeenEnricher(config(1000, 3600, 600, false), file, now::get, false);
        assertFalse(back.enrich(ev("198.51.100.1")).hasTag(NeverSeenEnricher.TAG), "remembered across restarts");
        assertFalse(back.enrich(ev("198.51.100.2")).hasTag(NeverSeenEnricher.TAG));
        assertTrue(back.enrich(ev("198.51.100.3")).hasTag(NeverSeenEnricher.TAG), "no learning period after a load");
    }

    @Test
    void concurrentFirstSightsTagEachAddressOnce() throws Exception {
        NeverSeenEnricher e = new NeverSeenEnricher(config(100_000, 3600, 0, false), null, now::get, false);
        AtomicInteger tagged = new AtomicInteger();
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    if (e.enrich(Event.builder("x").set(Fields.SOURCE_IP, IpAddress.ofV4(0x08000000 + i)).build()).hasTag(NeverSeenEnricher.TAG)) {
                        tagged.incrementAndGet();
                    }
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(20_000, tagged.get());
    }

    @Test
    void badConfig() {
        assertThrows(IllegalArgumentException.class, () -> new NeverSeenEnricher(config(1000, 3600, 0, false, "user.name"), null, now::get, false));
    }

    @Test
    void commaSeparatedFields() {
        NeverSeenEnricher e = new NeverSeenEnricher(config(1000, 3600, 0, false, "destination.ip,source.ip"), null, now::get, false);
        assertTrue(e.enrich(Event.builder("x").set(Fields.DESTINATION_IP, IpAddress.parse("198.51.100.9")).build()).hasTag(NeverSeenEnricher.TAG));
    }
}
