package io.usiem.kernel.internal;

import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;

import java.util.concurrent.atomic.AtomicInteger;

/** Small real parsers for kernel tests: each takes lines that start with its prefix. */
final class TestParsers {
    private TestParsers() {
    }

    static class PrefixParser implements LogParser {
        final String prefix;
        final ParserMetadata metadata;
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean broken;

        PrefixParser(String name, String prefix, boolean guessable) {
            this.prefix = prefix;
            this.metadata = ParserMetadata.builder(name).source("test", name).sourceTypes(name)
                    .categories(EventCategory.AUTHENTICATION).guessable(guessable).build();
        }

        @Override
        public ParserMetadata metadata() {
            return metadata;
        }

        @Override
        public ParseResult parse(RawLog raw) {
            calls.incrementAndGet();
            if (broken) {
                throw new IllegalStateException("bundle stopped");
            }
            String m = raw.message();
            if (m.startsWith(prefix + "!")) {
                return ParseResult.formatError("truncated " + prefix + " line");
            }
            if (m.startsWith(prefix + "-noise")) {
                return ParseResult.discard("noise");
            }
            if (!m.startsWith(prefix)) {
                return ParseResult.notMine();
            }
            return ParseResult.parsed(raw.newEventBuilder().category(EventCategory.AUTHENTICATION)
                    .observer("test", metadata.name()).set(Fields.USER_NAME, m.substring(prefix.length()).trim())
                    .set(Fields.EVENT_OUTCOME, "success").build());
        }
    }

    static ParserEntry entry(LogParser p, long id) {
        return entry(p, id, 0);
    }

    static ParserEntry entry(LogParser p, long id, int ranking) {
        return new ParserEntry(p, p.metadata(), "test.bundle", "1.0.0", ranking, id);
    }
}
