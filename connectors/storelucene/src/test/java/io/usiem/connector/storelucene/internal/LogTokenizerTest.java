package io.usiem.connector.storelucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class LogTokenizerTest {
    /** The words a query's text is split into. */
    static List<String> words(String text) throws IOException {
        return tokens(LogTokenizer.QUERY_ANALYZER, text, new ArrayList<>());
    }

    /** @param positions receives each token's position increment */
    static List<String> tokens(Analyzer analyzer, String text, List<Integer> positions) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
                positions.add(inc.getPositionIncrement());
                assertEquals(term.toString(), text.substring(off.startOffset(), off.endOffset()).toLowerCase(java.util.Locale.ROOT)
                        .substring(0, Math.min(LogTokenizer.MAX_WORD, off.endOffset() - off.startOffset())));
            }
            ts.end();
        }
        return out;
    }

    @Test
    void logWords() throws IOException {
        assertEquals(List.of("134", "nov", "29", "10", "00", "00", "fw1", "deny", "tcp", "10.1.2.3", "192.168.1.10", "22",
                "user", "alice", "get", "admin", "login.php", "www.example.com", "ssh_exchange", "2001", "db8", "1", "end"),
                words("<134>Nov 29 10:00:00 fw1 DENY tcp 10.1.2.3 -> 192.168.1.10:22 user=alice \"GET /admin/login.php\""
                        + " www.example.com. ssh_exchange [2001:db8::1] ..end."));
        assertEquals(List.of("héllo", "wörld"), words("Héllo, Wörld!"));
        assertEquals(List.of(), words(" -- ... "));
        assertEquals(List.of(), words(""));
    }

    @Test
    void wordsAcrossTheReadBufferAndLongWords() throws IOException {
        // the read buffer holds 4096 chars: words and dotted words that cross its end
        for (int padLength = 4088; padLength <= 4098; padLength++) {
            String pad = "x ".repeat(padLength / 2) + (padLength % 2 == 1 ? " " : "");
            List<String> got = words(pad + "ab.cd e");
            assertEquals(List.of("ab.cd", "e"), got.subList(got.size() - 2, got.size()), "pad " + padLength);
            assertEquals(padLength / 2 + 2, got.size());
        }
        List<String> longWord = words("y".repeat(300) + " z");
        assertEquals(List.of("y".repeat(LogTokenizer.MAX_WORD), "z"), longWord);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            many.append("w").append(i).append(i % 7 == 0 ? "." : " ");
        }
        assertEquals(5000 - 715, words(many.toString()).size()); // "w0.w1" ... "w4998.w4999" join
    }

    /** Indexing adds the parts of a dotted word with a letter at its position, so a bare word finds a file or host name. */
    @Test
    void dottedWordsAreAlsoIndexedAsTheirParts() throws IOException {
        List<Integer> positions = new ArrayList<>();
        assertEquals(List.of("c", "windows", "system32", "comsvcs.dll", "comsvcs", "dll", "minidump", "10.0.0.1", "v", "1.2.3",
                "www.evil.example", "www", "evil", "example", "v1.2", "v1", "2"),
                tokens(LogTokenizer.ANALYZER, "C:\\Windows\\System32\\comsvcs.dll MiniDump 10.0.0.1 v=1.2.3 www.Evil.example. v1.2",
                        positions));
        assertEquals(List.of(1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0), positions);
        // the same words after the read buffer's end, and in a word cut at its maximum length
        String pad = "x ".repeat(2046);
        List<String> got = tokens(LogTokenizer.ANALYZER, pad + "ab.cd e", new ArrayList<>());
        assertEquals(List.of("ab.cd", "ab", "cd", "e"), got.subList(got.size() - 4, got.size()));
        List<String> cut = tokens(LogTokenizer.ANALYZER, "a".repeat(250) + ".bcdefghij z", new ArrayList<>());
        assertEquals(List.of("a".repeat(250) + ".bcde", "a".repeat(250), "bcde", "z"), cut);
        assertEquals(List.of("comsvcs.dll"), words("comsvcs.dll"));
    }
}
