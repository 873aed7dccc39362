package io.usiem.api.parser.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.RawLog;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Runs mutated lines through a parser and asserts the parser's contract on every one: no exception
 * escapes (the failure names the mutated line), the result is non-null, of one of the four kinds, a
 * parsed result has events and any other a reason, and (with {@link #keepsRaw()}) the first event's
 * raw is the line. It returns the counts per kind, so each test keeps its own thresholds.
 *
 * <pre>{@code
 * ParserFuzzing.Counts counts = ParserFuzzing.of(seeds, LineMutator.of(ALPHABET), 20261129L)
 *         .receivedNanos(RECEIVED).keepsRaw().run(parser);
 * assertTrue(counts.parsed() > 10_000, "mutations of valid lines still mostly parse: " + counts);
 * }</pre>
 *
 * Line {@code i} mutates seed {@code i % seeds.size()}, drawing from one generator seeded once, so a
 * run is the same on every machine. Configure, then {@code run}; not thread-safe.
 */
public final class ParserFuzzing {
    /** The default number of mutations, the least a parser's fuzz test runs. */
    public static final int MUTATIONS = 100_000;
    /** Longest part of a mutated line quoted in a failure, from each end. */
    private static final int QUOTE = 1_000;

    /** Parses mutation {@code i}; for tests that pick the parser or the raw log per line. */
    @FunctionalInterface
    public interface Target {
        /** @param i the mutation number @param line the mutated line @return the parser's result */
        ParseResult parse(int i, String line);
    }

    /** Makes the raw log of mutation {@code i} (a source type on some lines, say). */
    @FunctionalInterface
    public interface RawLogs {
        /** @param i the mutation number @param line the mutated line @return the raw log to parse */
        RawLog of(int i, String line);
    }

    /** A test's own assertion on each result, after the common ones. */
    @FunctionalInterface
    public interface Check {
        /** @param line the mutated line @param result the parser's result */
        void check(String line, ParseResult result);
    }

    /**
     * How the mutated lines came out.
     *
     * @param total lines parsed
     * @param parsed parsed into events
     * @param formatErrors format errors
     * @param notMine not the parser's format
     * @param discarded discards
     */
    public record Counts(int total, int parsed, int formatErrors, int notMine, int discarded) {
    }

    private final List<String> seeds;
    private final LineMutator mutator;
    private final long randomSeed;
    private int mutations = MUTATIONS;
    /** 0: every line is mutated. */
    private int unmutatedOneIn;
    private RawLogs rawLogs = (i, line) -> RawLog.of(line);
    private boolean keepsRaw;
    private Check check = (line, result) -> { };

    private ParserFuzzing(List<String> seeds, LineMutator mutator, long randomSeed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed lines to mutate");
        }
        this.seeds = List.copyOf(seeds);
        this.mutator = Objects.requireNonNull(mutator, "mutator");
        this.randomSeed = randomSeed;
    }

    /**
     * @param seeds the valid lines to mutate (the parser's samples, golden lines)
     * @param mutator how to mutate them
     * @param randomSeed the generator's seed
     * @return a run of {@value #MUTATIONS} mutations, raw logs made by {@link RawLog#of(String)}
     */
    public static ParserFuzzing of(List<String> seeds, LineMutator mutator, long randomSeed) {
        return new ParserFuzzing(seeds, mutator, randomSeed);
    }

    /** @param count how many lines to run @return this */
    public ParserFuzzing mutations(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one mutation: " + count);
        }
        this.mutations = count;
        return this;
    }

    /**
     * Passes some seeds through unchanged, one draw of {@code nextInt(n) == 0} before each line, so a
     * stateful parser (headers that set later lines' layout) sees valid lines among the broken ones.
     *
     * @param n one line in n on average is a seed as it is
     * @return this
     */
    public ParserFuzzing unmutatedOneIn(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("one line in n, n at least 1: " + n);
        }
        this.unmutatedOneIn = n;
        return this;
    }

    /** @param nanos the received time of every raw log @return this */
    public ParserFuzzing receivedNanos(long nanos) {
        return rawLogs((i, line) -> RawLog.builder(line).receivedNanos(nanos).build());
    }

    /** @param logs how each line becomes a raw log @return this */
    public ParserFuzzing rawLogs(RawLogs logs) {
        this.rawLogs = Objects.requireNonNull(logs, "logs");
        return this;
    }

    /** Asserts that the first event of a parsed line keeps the line as its raw. @return this */
    public ParserFuzzing keepsRaw() {
        this.keepsRaw = true;
        return this;
    }

    /** @param extra the test's own assertion on each result @return this */
    public ParserFuzzing check(Check extra) {
        this.check = Objects.requireNonNull(extra, "extra");
        return this;
    }

    /** @param parser the parser, fed the raw logs of {@link #rawLogs} @return the counts */
    public Counts run(LogParser parser) {
        return run((i, line) -> parser.parse(rawLogs.of(i, line)));
    }

    /** @param target what parses each line @return the counts */
    public Counts run(Target target) {
        SplittableRandom random = new SplittableRandom(randomSeed);
        int[] kinds = new int[ParseResult.Kind.values().length];
        for (int i = 0; i < mutations; i++) {
            String seed = seeds.get(i % seeds.size());
            String line = unmutatedOneIn > 0 && random.nextInt(unmutatedOneIn) == 0 ? seed : mutator.mutate(seed, random);
            ParseResult r = parseOne(target, i, line);
            kinds[r.kind().ordinal()]++;
            check.check(line, r);
        }
        return new Counts(mutations, kinds[ParseResult.Kind.PARSED.ordinal()], kinds[ParseResult.Kind.FORMAT_ERROR.ordinal()],
                kinds[ParseResult.Kind.NOT_MINE.ordinal()], kinds[ParseResult.Kind.DISCARD.ordinal()]);
    }

    /** Parses one line and asserts the contract every parser keeps, naming the line on a failure. */
    private ParseResult parseOne(Target target, int i, String line) {
        ParseResult r;
        try {
            r = target.parse(i, line);
        } catch (RuntimeException | Error e) {
            // The line is the reproduction: a parser never throws, whatever arrives.
            return fail(e + " escaped on " + describe(i, line), e);
        }
        if (r == null || r.kind() == null) {
            fail((r == null ? "null result" : "null kind") + " on " + describe(i, line));
        }
        if (r.isParsed()) {
            if (r.events().isEmpty()) {
                fail("parsed without events on " + describe(i, line));
            }
            if (keepsRaw) {
                assertEquals(line, r.events().get(0).raw(), () -> "raw not kept on " + describe(i, line));
            }
        } else if (r.reason() == null) {
            fail(r.kind() + " without a reason on " + describe(i, line));
        }
        return r;
    }

    private String describe(int i, String line) {
        String shown = line.length() <= 2 * QUOTE ? line
                : line.substring(0, QUOTE) + "[... " + (line.length() - 2 * QUOTE) + " chars ...]" + line.substring(line.length() - QUOTE);
        return "mutation " + i + " of seed " + (i % seeds.size()) + " (random seed " + randomSeed + "): " + shown;
    }
}
