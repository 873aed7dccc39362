package io.usiem.connector.filesink.internal;

import java.nio.charset.StandardCharsets;

/**
 * Extracts the {@code "usiem.sequence":<digits>} of every complete line of archive JSON fed to it, in chunks
 * of any size, without parsing the JSON. Only the header key can match: inside a JSON string every quote is
 * escaped, and a field that names itself {@code usiem.sequence} is written under {@code usiem.shadowed.}.
 * A line counts only once its line break is seen, so a torn last line is never learned.
 */
final class SequenceScanner {
    private static final byte[] KEY = "\"usiem.sequence\":".getBytes(StandardCharsets.US_ASCII);
    private static final int[] BORDER = borders(KEY);

    private final SequenceSet.Builder out;
    /** Bytes of {@link #KEY} matched so far; -1 while skipping the rest of a line that began before the scan. */
    private int matched;
    private boolean inDigits;
    private long value;
    private int digits;
    /** The line's sequence so far; the last one wins, so a torn line glued to a whole one counts as the whole one. */
    private long lineSequence;

    /**
     * @param out receives the sequences of complete lines
     * @param startsMidLine true when the first bytes fed may be the end of a line whose start was not read
     */
    SequenceScanner(SequenceSet.Builder out, boolean startsMidLine) {
        this.out = out;
        this.matched = startsMidLine ? -1 : 0;
    }

    /** Feeds the next bytes of the file, in order. */
    void feed(byte[] buf, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            byte b = buf[i];
            if (b == '\n') {
                endDigits();
                if (matched >= 0 && lineSequence > 0) {
                    out.add(lineSequence);
                }
                matched = 0;
                lineSequence = 0;
            } else if (matched < 0) {
                continue;
            } else if (inDigits && b >= '0' && b <= '9') {
                int d = b - '0';
                if (value > (Long.MAX_VALUE - d) / 10) {
                    inDigits = false; // not a sequence we wrote; ignore it
                    digits = 0;
                } else {
                    value = value * 10 + d;
                    digits++;
                }
            } else {
                endDigits();
                match(b);
            }
        }
    }

    private void endDigits() {
        if (inDigits && digits > 0) {
            lineSequence = value;
        }
        inDigits = false;
    }

    private void match(byte b) {
        int j = matched;
        while (j > 0 && KEY[j] != b) {
            j = BORDER[j - 1];
        }
        if (KEY[j] == b) {
            j++;
        }
        if (j == KEY.length) {
            inDigits = true;
            value = 0;
            digits = 0;
            j = 0;
        }
        matched = j;
    }

    /** Knuth-Morris-Pratt borders, so "\"usiem.sequence\"\"usiem..." still matches at its second quote. */
    private static int[] borders(byte[] p) {
        int[] border = new int[p.length];
        for (int i = 1, k = 0; i < p.length; i++) {
            while (k > 0 && p[i] != p[k]) {
                k = border[k - 1];
            }
            if (p[i] == p[k]) {
                k++;
            }
            border[i] = k;
        }
        return border;
    }
}
