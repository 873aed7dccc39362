package io.usiem.api.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Mutated headers never throw, and the body start always lies inside the line. */
class SyslogHeaderFuzzTest {
    private static final String[] SEEDS = {
        "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - \uFEFF'su root' failed",
        "<165>1 2003-10-11T22:14:15.003Z host evntslog - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"A\\\"]\"] msg",
        "<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8",
        "<189>*Mar  1 00:01:02.345: %SYS-5-CONFIG_I: Configured",
        "Feb 29 17:32:18 2024 gw01 sshd[4242]: Accepted",
        "2024-02-10T08:00:01.5+01:00 web01 nginx: GET /",
        "<14>Mar  1 10:00:00 fw01 date=2024-03-01 time=10:00:00",
        "sshd[1]: x",
    };
    private static final String ALPHABET = "<>[]\"\\ :-+.,=*01239TZ\uFEFFJanFeb";

    @Test
    void mutatedHeadersNeverThrow() {
        Random random = new Random(20261130L);
        SyslogClock clock = new SyslogClock(ZoneId.of("Europe/Berlin"));
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder(SEEDS[random.nextInt(SEEDS.length)]);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(4)) {
                    case 0 -> sb.setLength(at);
                    case 1 -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    case 2 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    default -> sb.deleteCharAt(at);
                }
            }
            String line = sb.toString();
            SyslogHeader h = new SyslogHeader();
            if (random.nextBoolean()) {
                h.untaggedHost();
            }
            if (random.nextBoolean()) {
                h.tagWithoutTime();
            }
            String error = h.read(line, clock, 1_700_000_000_000_000_000L);
            assertTrue(h.bodyStart() >= 0 && h.bodyStart() <= line.length(), line);
            assertTrue(error == null || !error.isEmpty(), line);
            assertTrue(h.structuredDataStart() < 0 || h.structuredDataEnd() <= line.length(), line);
        }
    }
}
