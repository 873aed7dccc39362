package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The texts every match of a regex must contain: what the prefilter may use, and where it must give up. */
class RegexLiteralsTest {
    @Test
    void requiredRuns() {
        assertEquals(List.of("powershell"), RegexLiterals.of("cmd.{0,5}(?:/c|/r).+powershell.+(?:\\$\\{?input\\}?|noexit)"));
        assertEquals(List.of("ipconfig"), RegexLiterals.of("ipconfig\\s+/all"));
        assertEquals(List.of("getprocaddress("), RegexLiterals.of("(?i)GetProcAddress\\(.*\\)"));
        assertEquals(List.of("c:\\windows\\"), RegexLiterals.of("^C:\\\\Windows\\\\[a-z]+\\.exe$"));
        assertEquals(List.of("abc", "xyz"), RegexLiterals.of("abc\\d|xyz"));
        assertEquals(List.of("-enc"), RegexLiterals.of("\\-enc[a-z]*\\s"));
        assertEquals(List.of("abcd"), RegexLiterals.of("abcde?"), "an optional character is not required");
        assertEquals(List.of("abcd"), RegexLiterals.of("abcde*f"));
        assertEquals(List.of("abcde"), RegexLiterals.of("abcde+f"));
        assertEquals(List.of("hello"), RegexLiterals.of("[abc]hello(world)?"));
        assertEquals(List.of("tail"), RegexLiterals.of("\\x41\\x{263a}\\pL\\p{Greek}tail"));
    }

    @Test
    void requiredTextsAsWritten() {
        // The SigmaHQ CobaltStrike BOF rule's CallTrace expression, as the YAML gives it.
        String bof = "^C:\\\\Windows\\\\SYSTEM32\\\\ntdll\\.dll\\+[a-z0-9]{4,6}\\|C:\\\\Windows\\\\System32\\\\KERNELBASE\\.dll\\+[a-z0-9]{4,6}"
                + "\\|UNKNOWN\\([A-Z0-9]{16}\\)$";
        assertEquals(List.of("|C:\\Windows\\System32\\KERNELBASE.dll+", "C:\\Windows\\SYSTEM32\\ntdll.dll+", "|UNKNOWN(", ")"),
                RegexLiterals.required(bof));
        assertEquals(List.of("abcde", "fgh"), RegexLiterals.required("abcde+fgh"));
        assertEquals(List.of(), RegexLiterals.required("[a-z]+\\d"));
        assertEquals(List.of("-", "<"), RegexLiterals.required("\\s-\\s*<"), "one character rejects too");
        assertNull(RegexLiterals.required("abc|def"), "alternatives: none is required");
        assertNull(RegexLiterals.required("(?i)abc"), "inline flags change what the texts match");
    }

    @Test
    void caseInsensitiveExpressionsRejectByTheirLetterFreeTextsOnly() {
        // SigmaHQ "Invoke-Obfuscation Via Stdin": "&&" and the quote are required whatever the case of the letters.
        String d = "sel:\n  CommandLine|re: '(?i)(set).*&&\\s?set.*(environment|invoke|\\$\\{?input).*&&.*\"'\ncondition: sel";
        RuleSet s = Rules.compile(d);
        assertEquals(List.of(), s.errors.stream().map(RuleError::reason).toList());
        assertEquals(1, Rules.matching(s, Rules.event("CommandLine", "cmd /c SET x=1&& SeT y=INVOKE&&echo \"a\"")).size());
        assertEquals(0, Rules.matching(s, Rules.event("CommandLine", "cmd /c SET x=1 & SeT y=INVOKE & echo \"a\"")).size());
        String redirect = "sel:\n  CommandLine|re: '\\s-\\s*<'\ncondition: sel";
        RuleSet r = Rules.compile(redirect);
        assertEquals(1, Rules.matching(r, Rules.event("CommandLine", "powershell -  <C:\\x.ps1")).size());
        assertEquals(0, Rules.matching(r, Rules.event("CommandLine", "powershell -enc SQBFAFgA")).size());
    }

    @Test
    void requiredTextsRejectBeforeTheRegexAndKeepMatches() {
        String d = "sel:\n  CallTrace|re: '^C:\\\\Windows\\\\SYSTEM32\\\\ntdll\\.dll\\+[a-z0-9]{4,6}\\|UNKNOWN\\([A-Z0-9]{16}\\)$'\ncondition: sel";
        RuleSet s = Rules.compile(d);
        assertEquals(List.of(), s.errors.stream().map(RuleError::reason).toList());
        assertEquals(1, Rules.matching(s, Rules.event("CallTrace", "C:\\Windows\\SYSTEM32\\ntdll.dll+9fc24|UNKNOWN(0000000000ABCDEF)")).size());
        assertEquals(0, Rules.matching(s, Rules.event("CallTrace", "C:\\Windows\\SYSTEM32\\ntdll.dll+9fc24|unknown(0000000000ABCDEF)")).size());
        assertEquals(0, Rules.matching(s, Rules.event("CallTrace", "C:\\Windows\\SYSTEM32\\ntdll.dll+9fc24|C:\\x.dll+1")).size());
    }

    @Test
    void givesUpWhenUnsure() {
        assertNull(RegexLiterals.of("ab|xyz"), "a branch without a long enough run");
        assertNull(RegexLiterals.of("(foo|bar)"), "text only inside a group");
        assertNull(RegexLiterals.of("\\Qa.b\\E"));
        assertNull(RegexLiterals.of("a(b"));
        assertNull(RegexLiterals.of("[0-9]{1,3}\\.[0-9]{1,3}"));
    }

    @Test
    void prefilteredRegexRulesStillMatch() {
        String d = "sel:\n  CommandLine|re: 'cmd.{0,5}(?:/c|/r).+powershell.+(?:\\$\\{?input\\}?|noexit)'\ncondition: sel";
        RuleSet s = Rules.compile(d);
        assertTrue(Prefilter.necessary(s.rules.get(0).expr) != null, "the regex rule has hints");
        assertEquals(1, Rules.matching(s, Rules.event("CommandLine", "cmd /c powershell -noexit x")).size());
        assertEquals(0, Rules.matching(s, Rules.event("CommandLine", "cmd /c pwsh -noexit x")).size());
    }
}
