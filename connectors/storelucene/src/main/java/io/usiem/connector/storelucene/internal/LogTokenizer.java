package io.usiem.connector.storelucene.internal;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits log text into lower-case words: runs of letters, digits and {@code _}, where a single {@code .} between
 * two such characters stays inside the word, so {@code 10.0.0.1}, {@code www.example.com}, {@code v1.2} and
 * {@code ssh_exchange} are one word each, and {@code user=alice}, {@code foo-bar}, {@code /admin/login} and
 * {@code 2001:db8::1} are several. A hand scan: several times cheaper than Unicode word segmentation on log lines,
 * and easier for an analyst to predict. Words longer than {@value #MAX_WORD} characters are cut.
 *
 * <p>When indexing, a dotted word with a letter in it is also indexed as its parts, at the same position: a search
 * for {@code comsvcs} or {@code mimikatz} finds {@code C:\Windows\System32\comsvcs.dll} and {@code mimikatz.exe}, as
 * an analyst expects of a bare word, and {@code login.php} or a phrase with it still finds the whole word. Numbers
 * ({@code 10.0.0.1}, {@code 1.2.3}) stay whole: an address's octets are not words anyone searches for. Queries are
 * split without the parts (a query word is looked up as it is written).
 */
final class LogTokenizer extends Tokenizer {
    static final int MAX_WORD = 255;

    /** The analyzer of the raw message and text fields when indexing: words, and the parts of dotted words. */
    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new LogTokenizer(true));
        }
    };

    /** The analyzer of query text: the same words, without parts. */
    static final Analyzer QUERY_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new LogTokenizer(false));
        }
    };

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positions = addAttribute(PositionIncrementAttribute.class);
    private final boolean parts;
    /** The last dotted word, while its parts are being emitted. */
    private final char[] word = new char[MAX_WORD];
    private int wordLength;
    private int wordStart;
    /** Where the next part starts in {@link #word}; -1 when no part is pending. */
    private int nextPart = -1;
    private final char[] buffer = new char[4096];
    private int length;
    private int pos;
    /** Offset of buffer[0] in the input. */
    private int base;
    private boolean eof;

    private LogTokenizer(boolean parts) {
        this.parts = parts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (nextPart >= 0) {
            return part();
        }
        // skip to the start of a word
        while (true) {
            if (pos == length && !fill()) {
                return false;
            }
            if (isWordChar(buffer[pos])) {
                break;
            }
            pos++;
        }
        int start = base + pos;
        int n = 0;
        char[] out = term.resizeBuffer(MAX_WORD);
        while (true) {
            if (pos == length && !fill()) {
                break;
            }
            char c = buffer[pos];
            if (isWordChar(c)) {
                if (n < MAX_WORD) {
                    out[n++] = Character.toLowerCase(c);
                }
                pos++;
            } else if (c == '.' && n > 0) {
                // a dot stays when a word character follows it
                if (pos + 1 == length && !fill()) {
                    break;
                }
                if (pos + 1 < length && isWordChar(buffer[pos + 1])) {
                    if (n < MAX_WORD) {
                        out[n++] = '.';
                    }
                    pos++;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        term.setLength(n);
        offsets.setOffset(correctOffset(start), correctOffset(base + pos));
        if (parts && dottedWithLetter(out, n)) {
            System.arraycopy(out, 0, word, 0, n);
            wordLength = n;
            wordStart = start;
            nextPart = 0;
        }
        return true;
    }

    private static boolean dottedWithLetter(char[] w, int n) {
        boolean dot = false;
        boolean letter = false;
        for (int i = 0; i < n; i++) {
            char c = w[i];
            dot |= c == '.';
            letter |= c != '.' && !(c >= '0' && c <= '9');
        }
        return dot && letter;
    }

    /** Emits the next part of the pending dotted word, at the word's position. */
    private boolean part() {
        int from = nextPart;
        int to = from;
        while (to < wordLength && word[to] != '.') {
            to++;
        }
        nextPart = to < wordLength ? to + 1 : -1;
        term.copyBuffer(word, from, to - from);
        positions.setPositionIncrement(0);
        offsets.setOffset(correctOffset(wordStart + from), correctOffset(wordStart + to));
        return true;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')
                : Character.isLetterOrDigit(c);
    }

    /**
     * Reads more input, keeping the unread rest (at most one pending char of lookahead matters).
     *
     * @return whether there is more to read at {@code pos}
     */
    private boolean fill() throws IOException {
        if (eof) {
            return pos < length;
        }
        int keep = length - pos;
        System.arraycopy(buffer, pos, buffer, 0, keep);
        base += pos;
        pos = 0;
        length = keep;
        while (length < buffer.length) {
            int read = input.read(buffer, length, buffer.length - length);
            if (read < 0) {
                eof = true;
                break;
            }
            length += read;
            if (read > 0) {
                break;
            }
        }
        return pos < length;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(base + length);
        offsets.setOffset(end, end);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        nextPart = -1;
        length = 0;
        pos = 0;
        base = 0;
        eof = false;
    }
}
