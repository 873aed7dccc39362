package io.usiem.api.parser.testing;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Mutates a valid line the way the parsers' fuzz tests do: one to {@code maxEdits} edits at random
 * places, each a truncation, a character replaced or inserted from the caller's alphabet of
 * separators, a huge run of one filler character (0 to 19,999 long), an optional extra insertion
 * the caller defines (runs of a separator, JSON punctuation...), or a deleted character.
 *
 * <p>The random draws are made in a fixed order, so a seed gives the same mutations every run: the
 * edit count, then per edit the place, the kind, and what the kind needs. Immutable; the random
 * generator is the caller's, so a test can draw from it between mutations too.
 */
public final class LineMutator {
    /** What the extra mutation kind inserts, drawn from the run's random generator. */
    @FunctionalInterface
    public interface Insertion {
        /** @param random the run's generator @return the text to insert */
        String next(SplittableRandom random);
    }

    /** Longest huge run is one less than this. */
    private static final int HUGE_RUN_BOUND = 20_000;
    /** Longest separator run of {@link #runOf} is this. */
    private static final int SEPARATOR_RUN_MAX = 100;

    private final String alphabet;
    private final int maxEdits;
    private final char filler;
    private final Insertion extra;

    private LineMutator(String alphabet, int maxEdits, char filler, Insertion extra) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("the alphabet needs at least one character");
        }
        if (maxEdits < 1) {
            throw new IllegalArgumentException("maxEdits must be at least 1: " + maxEdits);
        }
        this.alphabet = alphabet;
        this.maxEdits = maxEdits;
        this.filler = filler;
        this.extra = extra;
    }

    /**
     * @param alphabet the characters replaced and inserted: the format's separators, quotes, digits and
     *        a few hostile ones (NUL, BOM, U+FFFD)
     * @return a mutator of up to 4 edits, huge runs of {@code x}, no extra kind
     */
    public static LineMutator of(String alphabet) {
        return new LineMutator(alphabet, 4, 'x', null);
    }

    /** @param edits the most edits per line (at least 1) @return a copy with that bound */
    public LineMutator maxEdits(int edits) {
        return new LineMutator(alphabet, edits, filler, extra);
    }

    /** @param c the character huge runs are made of (a digit stresses number fields) @return a copy */
    public LineMutator hugeRunOf(char c) {
        return new LineMutator(alphabet, maxEdits, c, extra);
    }

    /** @param insertion the sixth mutation kind, inserted at the edit's place @return a copy with it */
    public LineMutator alsoInserting(Insertion insertion) {
        return new LineMutator(alphabet, maxEdits, filler, Objects.requireNonNull(insertion, "insertion"));
    }

    /**
     * A run of 1 to 100 copies of a separator.
     *
     * @param choices one separator, or two picked by a coin flip
     * @return the insertion
     */
    public static Insertion runOf(String... choices) {
        checkChoices(choices);
        return random -> pick(random, choices).repeat(1 + random.nextInt(SEPARATOR_RUN_MAX));
    }

    /**
     * One of two fixed fragments (a half-open JSON array, an extra key...).
     *
     * @param first picked on a true coin flip
     * @param second picked otherwise
     * @return the insertion
     */
    public static Insertion oneOf(String first, String second) {
        return random -> random.nextBoolean() ? first : second;
    }

    /**
     * @param seed the valid line
     * @param random the run's generator
     * @return the mutated line (possibly empty)
     */
    public String mutate(String seed, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(maxEdits);
        int kinds = extra == null ? 5 : 6;
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            int kind = random.nextInt(kinds);
            switch (kind) {
                case 0 -> sb.setLength(at);
                case 1 -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 2 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 3 -> sb.insert(at, String.valueOf(filler).repeat(random.nextInt(HUGE_RUN_BOUND)));
                default -> {
                    if (kind == 4 && extra != null) {
                        sb.insert(at, extra.next(random));
                    } else {
                        sb.deleteCharAt(at);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void checkChoices(String[] choices) {
        if (choices.length < 1 || choices.length > 2) {
            throw new IllegalArgumentException("one or two separators, not " + choices.length);
        }
    }

    private static String pick(SplittableRandom random, String[] choices) {
        return choices.length == 1 || random.nextBoolean() ? choices[0] : choices[1];
    }
}
