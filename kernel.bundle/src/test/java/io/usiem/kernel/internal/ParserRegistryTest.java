package io.usiem.kernel.internal;

import static io.usiem.kernel.internal.TestParsers.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;
import io.usiem.kernel.internal.TestParsers.PrefixParser;

import org.junit.jupiter.api.Test;

class ParserRegistryTest {
    private final PrefixParser ssh = new PrefixParser("ssh", "sshd:", true);
    private final PrefixParser sudo = new PrefixParser("sudo", "sudo:", true);
    private final ParserRegistry registry = new ParserRegistry(64, new ParserWatchdog(2000));

    private static RawLog from(String origin, String line) {
        return RawLog.builder(line).origin(null, IpAddress.parse(origin)).build();
    }

    @Test
    void remembersPerOriginWhichParserWorkedAndRelearns() {
        registry.add(entry(ssh, 1));
        registry.add(entry(sudo, 2));
        ParseOutcome first = registry.parse(from("10.0.0.1", "sudo: alice"), true);
        assertEquals("sudo", first.parser().name());
        int sshCalls = ssh.calls.get();
        // The origin is now known: the sudo parser is tried first, ssh is not asked.
        registry.parse(from("10.0.0.1", "sudo: bob"), true);
        assertEquals(sshCalls, ssh.calls.get());
        // The origin starts sending another format: the kernel re-learns.
        ParseOutcome changed = registry.parse(from("10.0.0.1", "sshd: carol"), true);
        assertEquals("ssh", changed.parser().name());
        int sudoCalls = sudo.calls.get();
        registry.parse(from("10.0.0.1", "sshd: dave"), true);
        assertEquals(sudoCalls, sudo.calls.get(), "after re-learning, ssh is first for this origin");
        assertEquals(1, registry.originCacheEntries());
    }

    @Test
    void sourceTypeSkipsGuessing() {
        registry.add(entry(ssh, 1));
        registry.add(entry(sudo, 2));
        RawLog line = RawLog.builder("sshd: alice").sourceType("sudo").build();
        ParseOutcome o = registry.parse(line, true);
        assertNull(o.parser());
        assertEquals(0, ssh.calls.get(), "a declared source type never tries other parsers");
        assertTrue(o.failureReason().contains("sudo: not mine"), o.failureReason());
        ParseOutcome none = registry.parse(RawLog.builder("x").sourceType("cisco-asa").build(), true);
        assertEquals("no parser for source type cisco-asa", none.failureReason());
    }

    @Test
    void formatErrorIsFinalAndCounted() {
        registry.add(entry(ssh, 1));
        registry.add(entry(sudo, 2));
        ParseOutcome o = registry.parse(from("10.0.0.2", "sshd:! cut"), true);
        assertEquals(ParseResult.Kind.FORMAT_ERROR, o.result().kind());
        assertEquals(1, registry.entries().stream().filter(e -> e.name().equals("ssh")).findFirst().get().formatErrors.sum());
    }

    @Test
    void exceptionFallsThroughToTheNextParser() {
        PrefixParser other = new PrefixParser("ssh2", "sshd:", true);
        registry.add(entry(ssh, 1, 10));
        registry.add(entry(other, 2, 0));
        ssh.broken = true;
        ParseOutcome o = registry.parse(from("10.0.0.3", "sshd: eve"), true);
        assertEquals("ssh2", o.parser().name());
        assertTrue(o.attempts().get(0).startsWith("ssh: exception"), o.attempts().toString());
        assertEquals(1, registry.entries().get(0).failures.sum());
    }

    @Test
    void catchAllParsersAreTriedLast() {
        PrefixParser catchAll = new PrefixParser("generic", "", false);
        registry.add(entry(catchAll, 1, 100));
        registry.add(entry(ssh, 2));
        assertEquals("ssh", registry.parse(from("10.0.0.4", "sshd: x"), true).parser().name());
        assertEquals("generic", registry.parse(from("10.0.0.5", "anything"), true).parser().name());
    }

    @Test
    void dryRunChangesNothing() {
        registry.add(entry(ssh, 1));
        registry.parse(from("10.0.0.6", "sshd: x"), false);
        assertEquals(0, registry.originCacheEntries());
        assertEquals(0, registry.entries().get(0).parsed.sum());
    }

    @Test
    void removingAParserForgetsItsOrigins() {
        registry.add(entry(ssh, 1));
        registry.parse(from("10.0.0.7", "sshd: x"), true);
        registry.remove(1);
        assertEquals(0, registry.originCacheEntries());
        ParseOutcome o = registry.parse(from("10.0.0.7", "sshd: x"), true);
        assertNull(o.parser());
        assertEquals("no parser installed", o.failureReason());
    }
}
