package io.usiem.parser.zeek.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** TSV header state is kept per origin, survives concurrent readers, and its bound is configuration checked. */
class ZeekHeaderStateTest {
    private static final String[] CONN_HEADER = {
        "#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\tconn",
        "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto",
        "#types\ttime\tstring\taddr\tport\taddr\tport\tenum"};
    /** A second origin's header: the same width, other columns, and a comma separator. */
    private static final String[] OTHER_HEADER = {
        "#separator \\x2c", "#set_separator,;", "#empty_field,(empty)", "#unset_field,-", "#path,dce_rpc",
        "#fields,ts,uid,id.orig_h,id.orig_p,id.resp_h,id.resp_p,operation",
        "#types,time,string,addr,port,addr,port,string"};

    private static RawLog line(String text, String input) {
        return RawLog.builder(text).input(input).build();
    }

    @Test
    void eachInputKeepsItsOwnHeader() {
        ZeekParser parser = new ZeekParser();
        for (int i = 0; i < CONN_HEADER.length; i++) {
            assertEquals(ParseResult.Kind.DISCARD, parser.parse(line(CONN_HEADER[i], "a")).kind());
            assertEquals(ParseResult.Kind.DISCARD, parser.parse(line(OTHER_HEADER[i], "b")).kind());
        }
        ParseResult a = parser.parse(line("1692161622.036086\tC1\t10.0.0.1\t1234\t10.0.0.2\t53\tudp", "a"));
        ParseResult b = parser.parse(line("1692161622.036086,C2,10.0.0.3,1234,10.0.0.4,135,ept_map", "b"));
        assertEquals("zeek.connection", a.events().get(0).get(Fields.EVENT_DATASET));
        assertEquals("udp", a.events().get(0).get(Fields.NETWORK_TRANSPORT));
        assertEquals("zeek.dce_rpc", b.events().get(0).get(Fields.EVENT_DATASET));
        assertEquals(IpAddress.parse("10.0.0.3"), b.events().get(0).get(Fields.SOURCE_IP));
        // A third input that sent no header: its TSV lines are not read with another input's header.
        assertEquals(ParseResult.Kind.NOT_MINE, parser.parse(line("1692161622.036086\tC1\t10.0.0.1\t1234\t10.0.0.2\t53\tudp", "c")).kind());
    }

    @Test
    void windowsLineEndsAreNotPartOfTheLastColumn() {
        ZeekParser parser = new ZeekParser();
        for (String h : CONN_HEADER) {
            parser.parse(line(h + "\r", "crlf"));
        }
        ParseResult r = parser.parse(line("1692161622.036086\tC1\t10.0.0.1\t1234\t10.0.0.2\t53\tudp\r", "crlf"));
        assertEquals("udp", r.events().get(0).get(Fields.NETWORK_TRANSPORT));
    }

    @Test
    void concurrentReadersSeeCompleteHeaders() throws Exception {
        ZeekParser parser = new ZeekParser();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String input = "in" + t;
                results.add(pool.submit(() -> {
                    int parsed = 0;
                    for (int round = 0; round < 500; round++) {
                        for (String h : CONN_HEADER) {
                            parser.parse(line(h, input));
                        }
                        ParseResult r = parser.parse(line("1692161622.036086\tC" + round + "\t10.0.0.1\t1234\t10.0.0.2\t53\tudp", input));
                        assertTrue(r.isParsed(), r.toString());
                        assertEquals("C" + round, r.events().get(0).get(ZeekFields.SESSION_ID));
                        parsed++;
                    }
                    return parsed;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(500, f.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void maxOriginsOutOfRangeFailsActivation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ZeekParser(config(0)));
        assertTrue(e.getMessage().contains("maxOrigins"), e.getMessage());
        new ZeekParser(config(1)).parse(RawLog.of(CONN_HEADER[0]));
    }

    private static ZeekConfig config(int maxOrigins) {
        return new ZeekConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ZeekConfig.class;
            }

            @Override
            public int maxOrigins() {
                return maxOrigins;
            }
        };
    }
}
