package io.usiem.rules.sigma.internal;

import static io.usiem.rules.sigma.internal.Rules.error;
import static io.usiem.rules.sigma.internal.Rules.matches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.usiem.api.event.IpAddress;

import org.junit.jupiter.api.Test;

/** Every value form and modifier of the Sigma v2.1 specification, with its own examples where it gives them. */
class ModifierTest {
    @Test
    void plainValuesAreCaseInsensitiveExactMatches() {
        String d = "sel:\n  Image: 'C:\\Windows\\System32\\cmd.exe'\ncondition: sel";
        assertTrue(matches(d, "Image", "c:\\windows\\system32\\CMD.EXE"));
        assertFalse(matches(d, "Image", "C:\\Windows\\System32\\cmd.exe.bak"));
        assertFalse(matches(d, "Other", "C:\\Windows\\System32\\cmd.exe"));
    }

    @Test
    void numbersInRulesMatchKeywordValuesByTheirText() {
        String d = "sel:\n  EventID: 4624\ncondition: sel";
        assertTrue(matches(d, "EventID", "4624"));
        assertTrue(matches(d, "EventID", 4624L));
        assertFalse(matches(d, "EventID", "4625"));
        assertTrue(matches("sel:\n  Status: 0xc000006d\ncondition: sel", "Status", "0xC000006D"));
    }

    @Test
    void wildcardsAndEscapes() {
        assertTrue(matches("sel:\n  F: 'ab*ef'\ncondition: sel", "F", "abXYZef"));
        assertTrue(matches("sel:\n  F: 'ab?d'\ncondition: sel", "F", "abcd"));
        assertFalse(matches("sel:\n  F: 'ab?d'\ncondition: sel", "F", "abd"));
        assertTrue(matches("sel:\n  F: 'ab\\*'\ncondition: sel", "F", "ab*"));
        assertFalse(matches("sel:\n  F: 'ab\\*'\ncondition: sel", "F", "abc"));
        assertTrue(matches("sel:\n  F: 'wh\\?'\ncondition: sel", "F", "wh?"));
        // spec: \\* is a backslash followed by a wildcard; \\\* a backslash and a star; \\\\ a double backslash
        assertTrue(matches("sel:\n  F: 'a\\\\*'\ncondition: sel", "F", "a\\anything"));
        assertTrue(matches("sel:\n  F: 'a\\\\\\*'\ncondition: sel", "F", "a\\*"));
        assertFalse(matches("sel:\n  F: 'a\\\\\\*'\ncondition: sel", "F", "a\\x"));
        assertTrue(matches("sel:\n  F: 'a\\\\\\\\b'\ncondition: sel", "F", "a\\\\b"));
        // a plain backslash not before a wildcard stays a backslash
        assertTrue(matches("sel:\n  F: 'C:\\Windows\\x'\ncondition: sel", "F", "c:\\windows\\x"));
        assertTrue(matches("sel:\n  F: '*'\ncondition: sel", "F", ""));
        assertTrue(matches("sel:\n  F: '*a*b*c*'\ncondition: sel", "F", "xxaxxbxxcxx"));
        assertFalse(matches("sel:\n  F: '*a*b*c*'\ncondition: sel", "F", "xxaxxcxxbxx"));
    }

    @Test
    void globOnHostileInputStaysFast() {
        String value = "a".repeat(20_000);
        assertFalse(matches("sel:\n  F: '*a*a*a*a*a*a*a*a*a*a*a*b'\ncondition: sel", "F", value));
    }

    @Test
    void listsAreOrAndMapsAreAnd() {
        String d = "sel:\n  A: [x, y]\n  B: z\ncondition: sel";
        assertTrue(matches(d, "A", "y", "B", "z"));
        assertFalse(matches(d, "A", "y", "B", "q"));
        assertFalse(matches(d, "A", "w", "B", "z"));
        String listOfMaps = "sel:\n  - A: x\n  - B: z\ncondition: sel";
        assertTrue(matches(listOfMaps, "B", "z"));
        assertFalse(matches(listOfMaps, "B", "x"));
    }

    @Test
    void multiValuedFieldsMatchAnyValue() {
        assertTrue(matches("sel:\n  Tags: b\ncondition: sel", "Tags", List.of("a", "B", "c")));
        assertTrue(matches("sel:\n  Ip|cidr: 10.0.0.0/8\ncondition: sel", "Ip", IpAddress.parse("10.1.2.3")));
    }

    @Test
    void nullAndEmpty() {
        String isNull = "sel:\n  F: null\ncondition: sel";
        assertTrue(matches(isNull, "G", "x"));
        assertFalse(matches(isNull, "F", "x"));
        String empty = "sel:\n  F: ''\ncondition: sel";
        assertTrue(matches(empty, "F", ""));
        assertFalse(matches(empty, "F", "x"));
        assertFalse(matches(empty, "G", "x"));
        // the spec's valid form: selection_main and 1 of selection_empty*
        String spec = "selection_main:\n  A: a\nselection_empty1:\n  FieldB: ''\nselection_empty2:\n  FieldB: null\n"
                + "condition: selection_main and 1 of selection_empty*";
        assertTrue(matches(spec, "A", "a"));
        assertTrue(matches(spec, "A", "a", "FieldB", ""));
        assertFalse(matches(spec, "A", "a", "FieldB", "b"));
    }

    @Test
    void containsStartswithEndswith() {
        assertTrue(matches("sel:\n  F|contains: 'MIMI'\ncondition: sel", "F", "xx mimikatz"));
        assertTrue(matches("sel:\n  F|startswith: 'adm'\ncondition: sel", "F", "ADM_joe"));
        assertFalse(matches("sel:\n  F|startswith: 'adm'\ncondition: sel", "F", "xadm"));
        assertTrue(matches("sel:\n  Image|endswith: '\\cmd.exe'\ncondition: sel", "Image", "C:\\Windows\\cmd.exe"));
        assertFalse(matches("sel:\n  Image|endswith: '\\cmd.exe'\ncondition: sel", "Image", "C:\\Windows\\xcmd.exe"));
        assertTrue(matches("sel:\n  F|contains: 'a*c'\ncondition: sel", "F", "xxabbbcxx"));
    }

    @Test
    void allMakesAListAnAnd() {
        String d = "sel:\n  CommandLine|contains|all:\n    - ' -enc '\n    - 'bypass'\ncondition: sel";
        assertTrue(matches(d, "CommandLine", "powershell -Enc x -ep Bypass"));
        assertFalse(matches(d, "CommandLine", "powershell -enc x"));
    }

    @Test
    void keywordsSearchTheWholeEvent() {
        String d = "keywords:\n  - 'event::clear'\n  - 'event::drop'\ncondition: keywords";
        assertTrue(matches(d, "Msg", "mimikatz event::drop"));
        assertFalse(matches(d, "Msg", "nothing"));
        String all = "keywords_cmdlet:\n  '|all':\n    - 'OabVirtualDirectory'\n    - ' -ExternalUrl '\ncondition: keywords_cmdlet";
        assertTrue(matches(all, "A", "Set-OabVirtualDirectory", "B", "x -ExternalUrl y"));
        assertFalse(matches(all, "A", "Set-OabVirtualDirectory"));
        assertTrue(matches("keywords:\n  - 'raw line'\ncondition: keywords"), "the raw message is searched too");
    }

    @Test
    void existsCasedNeq() {
        assertTrue(matches("sel:\n  F|exists: true\ncondition: sel", "F", ""));
        assertFalse(matches("sel:\n  F|exists: true\ncondition: sel", "G", "x"));
        assertTrue(matches("sel:\n  F|exists: false\ncondition: sel", "G", "x"));
        assertTrue(matches("sel:\n  F|cased: 'CamelCase'\ncondition: sel", "F", "CamelCase"));
        assertFalse(matches("sel:\n  F|cased: 'CamelCase'\ncondition: sel", "F", "camelcase"));
        assertTrue(matches("sel:\n  F|contains|cased: 'Bad'\ncondition: sel", "F", "xBadx"));
        assertFalse(matches("sel:\n  F|contains|cased: 'Bad'\ncondition: sel", "F", "xbadx"));
        assertTrue(matches("sel:\n  F|neq: 'a'\ncondition: sel", "F", "b"));
        assertFalse(matches("sel:\n  F|neq: 'a'\ncondition: sel", "F", "A"));
        assertFalse(matches("sel:\n  F|neq:\n    - a\n    - b\ncondition: sel", "F", "b"));
        assertTrue(matches("sel:\n  Port|neq: 443\ncondition: sel", "Port", 80L));
    }

    @Test
    void windashCoversEveryDash() {
        String d = "sel:\n  CommandLine|windash|contains: ' -exec '\ncondition: sel";
        for (String dash : new String[] {"-", "/", "\u2013", "\u2014", "\u2015"}) {
            assertTrue(matches(d, "CommandLine", "tool " + dash + "exec bypass"), dash);
        }
        assertFalse(matches(d, "CommandLine", "tool exec bypass"));
        assertTrue(matches("sel:\n  CommandLine|windash|contains: ' -a -b'\ncondition: sel", "CommandLine", "x /a -b"));
    }

    @Test
    void regexWithFlags() {
        assertTrue(matches("sel:\n  F|re: 'ab+c'\ncondition: sel", "F", "xabbbc"));
        assertFalse(matches("sel:\n  F|re: 'ab+c'\ncondition: sel", "F", "ABBC"), "re is case-sensitive by default");
        assertTrue(matches("sel:\n  F|re|i: 'ab+c'\ncondition: sel", "F", "ABBC"));
        assertTrue(matches("sel:\n  F|re|m: '^b$'\ncondition: sel", "F", "a\nb\nc"));
        assertFalse(matches("sel:\n  F|re: '^b$'\ncondition: sel", "F", "a\nb\nc"));
        assertTrue(matches("sel:\n  F|re|s: 'a.c'\ncondition: sel", "F", "a\nc"));
        assertFalse(matches("sel:\n  F|re: 'a.c'\ncondition: sel", "F", "a\nc"));
        assertNotNull(error("sel:\n  F|re: '(a)\\1'\ncondition: sel"), "back-references are not linear: rejected");
        assertTrue(error("sel:\n  F|i: 'a'\ncondition: sel").contains("sub-modifier"));
        // catastrophic backtracking in PCRE; linear in RE2J
        assertFalse(matches("sel:\n  F|re: '(a+)+$'\ncondition: sel", "F", "a".repeat(5000) + "!"));
    }

    @Test
    void base64AndBase64offset() {
        assertTrue(matches("sel:\n  F|base64: 'cmd'\ncondition: sel", "F", "Y21k"));
        // the spec's example: /bin/bash at the three offsets
        RuleSet s = Rules.compile("sel:\n  F|base64offset|contains: '/bin/bash'\ncondition: sel");
        for (String enc : new String[] {"L2Jpbi9iYXNo", "9iaW4vYmFza", "vYmluL2Jhc2"}) {
            assertEquals(1, Rules.matching(s, Rules.event("F", "xx" + enc + "yy")).size(), enc);
        }
        List<ValueTransforms.Val> out = new ArrayList<>();
        ValueTransforms.base64offset("/bin/bash".getBytes(java.nio.charset.StandardCharsets.UTF_8), out);
        assertEquals(List.of("L2Jpbi9iYXNo", "9iaW4vYmFza", "vYmluL2Jhc2"), out.stream().map(ValueTransforms.Val::text).toList());
        assertTrue(matches("sel:\n  F|wide|base64offset|contains: 'ping'\ncondition: sel", "F",
                "JABzAD0AcABpAG4AZwA=" /* base64 of UTF-16LE "$s=ping" */));
    }

    @Test
    void utf16Encodings() {
        List<ValueTransforms.Val> le = ValueTransforms.apply("utf16le", List.of(new ValueTransforms.Val("cmd", false)), java.util.Map.of());
        assertEquals("c\0m\0d\0", le.get(0).text());
        List<ValueTransforms.Val> be = ValueTransforms.apply("utf16be", List.of(new ValueTransforms.Val("cmd", false)), java.util.Map.of());
        assertEquals("\0c\0m\0d", be.get(0).text());
        List<ValueTransforms.Val> bom = ValueTransforms.apply("utf16", List.of(new ValueTransforms.Val("cmd", false)), java.util.Map.of());
        assertEquals("\u00ff\u00fec\0m\0d\0", bom.get(0).text());
        List<ValueTransforms.Val> wide = ValueTransforms.apply("wide", List.of(new ValueTransforms.Val("cmd", false)), java.util.Map.of());
        assertEquals(le, wide);
        assertTrue(matches("sel:\n  F|utf16le|base64: 'cmd'\ncondition: sel", "F", "YwBtAGQA"));
    }

    @Test
    void numericComparisons() {
        assertTrue(matches("sel:\n  N|lt: 10\ncondition: sel", "N", 9L));
        assertFalse(matches("sel:\n  N|lt: 10\ncondition: sel", "N", "10"));
        assertTrue(matches("sel:\n  N|lte: 10\ncondition: sel", "N", "10"));
        assertTrue(matches("sel:\n  N|gt: 10\ncondition: sel", "N", "10.5"));
        assertTrue(matches("sel:\n  N|gte: 10\ncondition: sel", "N", 10L));
        assertFalse(matches("sel:\n  N|gte: 10\ncondition: sel", "N", "abc"));
        assertTrue(error("sel:\n  N|gt: ten\ncondition: sel").contains("needs a number"));
    }

    @Test
    void timeParts() {
        String t = "2024-03-05T22:47:11.123Z";
        assertTrue(matches("sel:\n  T|hour: 22\ncondition: sel", "T", t));
        assertTrue(matches("sel:\n  T|minute: 47\ncondition: sel", "T", t));
        assertTrue(matches("sel:\n  T|day: 5\ncondition: sel", "T", t));
        assertTrue(matches("sel:\n  T|month: 3\ncondition: sel", "T", t));
        assertTrue(matches("sel:\n  T|year: 2024\ncondition: sel", "T", t));
        assertTrue(matches("sel:\n  T|week: 10\ncondition: sel", "T", t));
        assertTrue(matches("sel:\n  T|hour|gte: 20\ncondition: sel", "T", "2024-03-05 22:00:00"));
        assertFalse(matches("sel:\n  T|hour|lt: 6\ncondition: sel", "T", t));
    }

    @Test
    void cidrV4AndV6() {
        assertTrue(matches("sel:\n  Ip|cidr: 10.0.0.0/8\ncondition: sel", "Ip", "10.20.30.40"));
        assertFalse(matches("sel:\n  Ip|cidr: 10.0.0.0/8\ncondition: sel", "Ip", "11.0.0.1"));
        assertTrue(matches("sel:\n  Ip|cidr:\n    - 192.168.0.0/16\n    - 'fe80::/10'\ncondition: sel", "Ip", "fe80::1"));
        assertFalse(matches("sel:\n  Ip|cidr: 'fe80::/10'\ncondition: sel", "Ip", "2001:db8::1"));
        assertFalse(matches("sel:\n  Ip|cidr: 10.0.0.0/8\ncondition: sel", "Ip", "not an ip"));
        assertTrue(error("sel:\n  Ip|cidr: 10.0.0.0/33\ncondition: sel").contains("prefix"));
    }

    @Test
    void expandResolvesFromPipelineVarsOrRejects() {
        String d = "sel:\n  Host|expand: '%servers%'\ncondition: sel";
        assertTrue(error(d).contains("unresolved placeholder %servers%"));
        ProcessingPipeline p = ProcessingPipeline.parse("name: vars\nvars:\n  servers: [dc1, 'web*']\ntransformations:\n"
                + "  - type: value_placeholders\n", "vars.yml");
        RuleSet s = Rules.compile(d, p);
        assertTrue(s.errors.isEmpty(), s.errors.toString());
        assertEquals(1, Rules.matching(s, Rules.event("Host", "WEB01")).size());
        assertEquals(0, Rules.matching(s, Rules.event("Host", "db1")).size());
        assertTrue(matches("sel:\n  Host: '%servers%'\ncondition: sel", "Host", "%servers%"), "without expand it is literal");
    }

    @Test
    void fieldrefComparesTwoFields() {
        String d = "sel:\n  TargetUserName|fieldref: SubjectUserName\ncondition: sel";
        assertTrue(matches(d, "TargetUserName", "Bob", "SubjectUserName", "bob"));
        assertFalse(matches(d, "TargetUserName", "Bob", "SubjectUserName", "alice"));
        assertTrue(matches("sel:\n  A|fieldref|neq: B\ncondition: sel", "A", "x", "B", "y"));
        assertTrue(matches("sel:\n  A|fieldref|startswith: B\ncondition: sel", "A", "prefix-rest", "B", "prefix"));
    }

    @Test
    void unknownModifiersAreRejectedByName() {
        assertTrue(error("sel:\n  F|startwith: a\ncondition: sel").contains("unknown modifier 'startwith'"));
    }

    @Test
    void longValueListsMatchLikeShortOnes() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            values.append("    - 'Tool").append(i).append(".EXE'\n");
        }
        for (String mod : new String[] {"", "|endswith", "|startswith", "|contains"}) {
            String d = "sel:\n  Image" + mod + ":\n" + values + "condition: sel";
            RuleSet s = Rules.compile(d);
            assertTrue(s.rules.get(0).expr.toString().contains("any of 40 values"), s.rules.get(0).expr.toString());
            assertEquals(1, Rules.matching(s, Rules.event("Image", "tool17.exe")).size(), mod);
            assertEquals(0, Rules.matching(s, Rules.event("Image", "tool40.exe")).size(), mod);
        }
        assertTrue(matches("sel:\n  Image|endswith:\n" + values + "condition: sel", "Image", "C:\\x\\TOOL3.exe"));
        assertFalse(matches("sel:\n  Image|endswith:\n" + values + "condition: sel", "Image", "C:\\x\\TOOL3.exe.txt"));
        assertTrue(matches("sel:\n  Image|startswith:\n" + values + "condition: sel", "Image", "tool3.exe.txt"));
        assertTrue(matches("sel:\n  Image|contains:\n" + values + "condition: sel", "Image", "x tool39.exe y"));
    }
}
