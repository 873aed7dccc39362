package io.usiem.connector.storelucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.search.CallerContext;
import io.usiem.api.search.QueryParser;
import io.usiem.api.search.SearchRequest;
import io.usiem.api.search.TimeRange;

import java.lang.annotation.Annotation;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DS component as Config Admin activates it: the sink writes, search finds, bad configuration is refused. */
class StoreComponentTest {
    @TempDir
    Path dir;

    @Test
    void sinkAndSearchThroughTheServices() throws Exception {
        StoreComponent c = new StoreComponent(config(dir.toString(), 24));
        try {
            assertEquals("lucene-store", c.name());
            c.write(TestEvents.sample());
            assertEquals(4, c.count(CallerContext.system(), QueryParser.parse("*"), TimeRange.all()));
            assertEquals(2, c.search(CallerContext.system(), SearchRequest.builder(QueryParser.parse("event.action:deny"))
                    .build()).total());
        } finally {
            c.deactivate();
        }
    }

    @Test
    void badConfigurationFailsActivationWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StoreComponent(config(dir.toString(), 7)));
        assertTrue(e.getMessage().contains("partition.hours"), e.getMessage());
    }

    static StoreConfig config(String directory, int hours) {
        return new StoreConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StoreConfig.class;
            }

            @Override
            public String name() {
                return "lucene-store";
            }

            @Override
            public String directory() {
                return directory;
            }

            @Override
            public int partition_hours() {
                return hours;
            }

            @Override
            public int retention_days() {
                return 0;
            }

            @Override
            public long retention_max_mb() {
                return 0;
            }

            @Override
            public long commit_interval_ms() {
                return 20;
            }

            @Override
            public int commit_docs() {
                return 1000;
            }

            @Override
            public long refresh_interval_ms() {
                return 1000;
            }

            @Override
            public double ram_buffer_mb() {
                return 16;
            }
        };
    }
}
