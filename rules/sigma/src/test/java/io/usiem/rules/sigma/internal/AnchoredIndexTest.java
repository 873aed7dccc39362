package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The anchored part of the index: equals, starts-with and ends-with texts found by trie walks, case folded. */
class AnchoredIndexTest {
    private static long marks(AnchoredIndex index, String value) {
        long[] bits = new long[1];
        index.mark(value, bits);
        return bits[0];
    }

    @Test
    void exactPrefixAndSuffixTexts() {
        AnchoredIndex index = new AnchoredIndex(Map.of(
                TextTests.Kind.EXACT, Map.of("4688", List.of(0), "powershell.exe", List.of(1)),
                TextTests.Kind.PREFIX, Map.of("c:\\users\\", List.of(2)),
                TextTests.Kind.SUFFIX, Map.of("\\powershell.exe", List.of(3), ".exe", List.of(4))));
        assertEquals(0b1, marks(index, "4688"));
        assertEquals(0, marks(index, "46880"), "equals is the whole value");
        assertEquals(0, marks(index, "468"));
        assertEquals(0b10010, marks(index, "PowerShell.EXE"), "equals and the .exe suffix, case folded");
        assertEquals(0b11100, marks(index, "C:\\Users\\bob\\PowerShell.exe"));
        assertEquals(0b10000, marks(index, "D:\\tools\\x.exe"));
        assertEquals(0, marks(index, "c:\\user"));
        assertEquals(0, marks(index, ""));
    }

    @Test
    void endswithRulesSelectedOnlyByTheirSuffix() {
        String d = "sel:\n  Image|endswith: '\\\\rundll32.exe'\n  CommandLine|contains: 'comsvcs'\ncondition: sel";
        RuleSet s = Rules.compile(d);
        assertTrue(s.errors.isEmpty(), s.errors.toString());
        assertEquals(1, Rules.matching(s, Rules.event("Image", "C:\\Windows\\System32\\RUNDLL32.EXE", "CommandLine", "x comsvcs.dll")).size());
        assertEquals(0, Rules.matching(s, Rules.event("Image", "C:\\Windows\\System32\\rundll32.exe.bak", "CommandLine", "comsvcs")).size());
    }
}
