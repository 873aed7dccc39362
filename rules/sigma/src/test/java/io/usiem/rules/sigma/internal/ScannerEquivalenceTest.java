package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The skipping scanner finds every pattern the Aho-Corasick automaton finds, case folded the same way; it
 * reads Latin-1 bytes, so it may also report a pattern where a character's low byte stands for a pattern
 * character (the Kelvin sign's is '*', a candidate for 'k'), and only there.
 */
class ScannerEquivalenceTest {
    private static final String ALPHABET = "abcKLM:\\.-_ \u00e9\u00c9\u0130\u212a0123";

    @Test
    void mimikatzKeywordsInMixedCase() {
        List<String> patterns = List.of("lsadump::", "sekurlsa::", "gentilkiwi.com", "\\mimilib.dll", "kiwi legit printer");
        int[][] owners = {{0}, {1}, {2}, {3}, {4}};
        SkipScanner skip = new SkipScanner(patterns, owners);
        long[] bits = new long[1];
        skip.mark("C:\\Tools\\x.exe \"SekurLSA::logonpasswords\" exit; see GentilKiwi.COM", bits);
        assertArrayEquals(new long[] {0b110}, bits);
        bits[0] = 0;
        skip.mark("sekurlsa:", bits);
        skip.mark("", bits);
        skip.mark("LSADUMP::", bits);
        assertArrayEquals(new long[] {0b1}, bits);
    }

    @Test
    void randomPatternsAndTextsAgree() {
        Random rnd = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<String> patterns = randomPatterns(rnd, 1 + rnd.nextInt(40), 6);
            int n = patterns.size();
            AhoCorasick ac = new AhoCorasick(patterns, owners(n));
            SkipScanner skip = new SkipScanner(patterns, owners(n));
            for (int t = 0; t < 50; t++) {
                StringBuilder text = new StringBuilder(random(rnd, rnd.nextInt(60)));
                if (rnd.nextBoolean()) {
                    String p = patterns.get(rnd.nextInt(n));
                    text.insert(rnd.nextInt(text.length() + 1), rnd.nextBoolean() ? p.toUpperCase(java.util.Locale.ROOT) : p);
                }
                agree(patterns, ac, skip, text.toString());
            }
        }
        assertTrue(true);
    }

    /** Long values are read by four cursors over four quarters: patterns across every quarter boundary are still found. */
    @Test
    void longValuesAgreeWherePatternsStraddleQuarters() {
        Random rnd = new Random(12);
        for (int round = 0; round < 200; round++) {
            List<String> patterns = randomPatterns(rnd, 1 + rnd.nextInt(20), 12);
            int n = patterns.size();
            AhoCorasick ac = new AhoCorasick(patterns, owners(n));
            SkipScanner skip = new SkipScanner(patterns, owners(n));
            for (int t = 0; t < 20; t++) {
                StringBuilder text = new StringBuilder(random(rnd, 250 + rnd.nextInt(1500)));
                for (int k = rnd.nextInt(6); k > 0; k--) {
                    String p = patterns.get(rnd.nextInt(n));
                    // Near a quarter boundary (as the scanner splits the window ends) or anywhere.
                    int at = rnd.nextBoolean() ? Math.max(0, Math.min(text.length(), text.length() * (1 + rnd.nextInt(3)) / 4 - rnd.nextInt(p.length() + 2)))
                            : rnd.nextInt(text.length() + 1);
                    text.insert(at, rnd.nextBoolean() ? p.toUpperCase(java.util.Locale.ROOT) : p);
                }
                agree(patterns, ac, skip, text.toString());
            }
        }
    }

    /** A keyword scan reads all of an event's values as one text: each value is found, nothing across two values. */
    @Test
    void keywordScanFindsEveryValueAndNothingAcrossValues() {
        List<String> patterns = List.of("sekurlsa::", "lsadump::", "10.1.2.3");
        int[][] owners = {{0}, {1}, {2}};
        String filler = "x".repeat(700);
        for (PatternScanner scanner : List.of(new SkipScanner(patterns.subList(0, 2), new int[][] {{0}, {1}}), new AhoCorasick(patterns, owners))) {
            long[] bits = new long[1];
            new EventView(Rules.event("a", "abc sekurl", "b", "sa:: abcde", "c", filler + "lsadump:"), new io.usiem.api.event.Field[0]).scanValues(scanner, bits);
            assertArrayEquals(new long[] {0}, bits, "no pattern spans two values: " + scanner.getClass().getSimpleName());

            io.usiem.api.event.Event e = Rules.event("a", "abc sekurl", "list", List.of("q", "zz SekurLSA::logonpasswords"), "message",
                    filler + " LSADUMP::sam", "ip", io.usiem.api.event.IpAddress.parse("10.1.2.3"));
            EventView view = new EventView(e, new io.usiem.api.event.Field[0]);
            view.scanValues(scanner, bits);
            long expected = scanner.matchesNumbers() ? 0b111 : 0b11;
            assertArrayEquals(new long[] {expected}, bits, "every value read: " + scanner.getClass().getSimpleName());
        }
    }

    private static final java.util.Map<List<String>, java.util.Set<Integer>> ALIASES = new java.util.HashMap<>();

    /** Equal where no character's low byte stands for a pattern character; else the skipping scanner finds more. */
    private static void agree(List<String> patterns, AhoCorasick ac, SkipScanner skip, String text) {
        long[] a = new long[1];
        long[] b = new long[1];
        ac.mark(text, a);
        skip.mark(text, b);
        java.util.Set<Integer> aliases = ALIASES.computeIfAbsent(patterns, ps -> {
            java.util.Set<Integer> patternChars = new java.util.HashSet<>();
            ps.forEach(p -> p.chars().forEach(patternChars::add));
            java.util.Set<Integer> bytes = new java.util.HashSet<>();
            for (int x = 0x100; x <= Character.MAX_VALUE; x++) {
                if (patternChars.contains((int) Character.toLowerCase((char) x))) {
                    bytes.add(x & 0xff);
                }
            }
            return bytes;
        });
        boolean aliased = text.chars().anyMatch(c -> c >= 0x100 || aliases.contains(c));
        if (aliased) {
            assertEquals(a[0], a[0] & b[0], "every pattern found: patterns " + patterns + " text " + text);
        } else {
            assertArrayEquals(a, b, "patterns " + patterns + " text " + text);
        }
    }

    /** @return n folded patterns from the alphabet, each {@link SkipScanner#MIN_LENGTH} plus up to {@code extra} - 1 long */
    private static List<String> randomPatterns(Random rnd, int n, int extra) {
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            patterns.add(TextTests.fold(random(rnd, SkipScanner.MIN_LENGTH + rnd.nextInt(extra))));
        }
        return patterns;
    }

    /** @return pattern i owned by rule i */
    private static int[][] owners(int n) {
        int[][] owners = new int[n][];
        for (int i = 0; i < n; i++) {
            owners[i] = new int[] {i};
        }
        return owners;
    }

    private static String random(Random rnd, int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
