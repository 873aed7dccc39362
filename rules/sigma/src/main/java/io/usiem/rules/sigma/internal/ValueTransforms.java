package io.usiem.rules.sigma.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The value-changing modifiers, applied in the order the rule chains them: expand, windash, base64,
 * base64offset and the UTF-16 encodings. A value is either Sigma text (wildcards and escapes still
 * meaningful) or, once encoded, plain bytes held one per char.
 */
final class ValueTransforms {
    private static final String DASHES = "-/\u2013\u2014\u2015";
    private static final int MAX_WINDASH_POSITIONS = 4;

    /** A value on its way through the modifiers. */
    record Val(String text, boolean bytes) {
        /** @return the value's bytes: UTF-8 of the plain text, or the bytes themselves */
        byte[] toBytes() {
            return bytes ? text.getBytes(StandardCharsets.ISO_8859_1) : SigmaString.parse(text).plain().getBytes(StandardCharsets.UTF_8);
        }

        static Val ofBytes(byte[] b) {
            return new Val(new String(b, StandardCharsets.ISO_8859_1), true);
        }
    }

    private ValueTransforms() {
    }

    static List<Val> apply(String modifier, List<Val> in, Map<String, List<String>> placeholders) {
        List<Val> out = new ArrayList<>();
        for (Val v : in) {
            switch (modifier) {
                case "expand":
                    expand(v, placeholders, out);
                    break;
                case "windash":
                    windash(v, out);
                    break;
                case "base64":
                    out.add(new Val(Base64.getEncoder().encodeToString(v.toBytes()), true));
                    break;
                case "base64offset":
                    base64offset(v.toBytes(), out);
                    break;
                case "utf16le":
                case "wide":
                    out.add(encode(v, StandardCharsets.UTF_16LE, false));
                    break;
                case "utf16be":
                    out.add(encode(v, StandardCharsets.UTF_16BE, false));
                    break;
                case "utf16":
                    out.add(encode(v, StandardCharsets.UTF_16LE, true));
                    break;
                default:
                    throw new IllegalArgumentException(modifier);
            }
        }
        return out;
    }

    private static Val encode(Val v, Charset cs, boolean bom) {
        String s = v.bytes ? v.text : SigmaString.parse(v.text).plain();
        byte[] body = s.getBytes(cs);
        if (!bom) {
            return Val.ofBytes(body);
        }
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        return Val.ofBytes(withBom);
    }

    /** The three encodings of a value at byte offsets 0, 1 and 2, trimmed to the characters that do not depend on its neighbours. */
    static void base64offset(byte[] value, List<Val> out) {
        int[] start = {0, 2, 3};
        for (int i = 0; i < 3; i++) {
            byte[] shifted = new byte[value.length + i];
            System.arraycopy(value, 0, shifted, i, value.length);
            String b64 = Base64.getEncoder().encodeToString(shifted);
            int mod = (value.length + i) % 3;
            int end = b64.length() - (mod == 0 ? 0 : mod == 1 ? 3 : 2);
            if (end > start[i]) {
                out.add(new Val(b64.substring(start[i], end), true));
            }
        }
    }

    private static void expand(Val v, Map<String, List<String>> placeholders, List<Val> out) {
        String t = v.text;
        int open = findPercent(t, 0);
        if (v.bytes || open < 0) {
            out.add(v);
            return;
        }
        int close = findPercent(t, open + 1);
        if (close < 0) {
            out.add(v);
            return;
        }
        String name = t.substring(open + 1, close);
        List<String> values = placeholders.get(name);
        if (values == null || values.isEmpty()) {
            throw new RuleException("unresolved placeholder %" + name + "% (expand modifier): no processing pipeline "
                    + "defines it (value_placeholders vars) and no dataset provides it");
        }
        for (String repl : values) {
            expand(new Val(t.substring(0, open) + repl + t.substring(close + 1), false), placeholders, out);
        }
    }

    private static int findPercent(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && t.charAt(i + 1) == '%') {
                i++;
            } else if (c == '%') {
                return i;
            }
        }
        return -1;
    }

    /** Dash or slash starting a command-line flag (after a non-word character, before a word character), in every variant. */
    private static void windash(Val v, List<Val> out) {
        String t = v.text;
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < t.length() && positions.size() < MAX_WINDASH_POSITIONS; i++) {
            if (DASHES.indexOf(t.charAt(i)) >= 0 && (i == 0 || !isWord(t.charAt(i - 1)))
                    && i + 1 < t.length() && isWord(t.charAt(i + 1))) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            out.add(v);
            return;
        }
        int combos = (int) Math.pow(DASHES.length(), positions.size());
        for (int c = 0; c < combos; c++) {
            char[] chars = t.toCharArray();
            int k = c;
            for (int p : positions) {
                chars[p] = DASHES.charAt(k % DASHES.length());
                k /= DASHES.length();
            }
            out.add(new Val(new String(chars), v.bytes));
        }
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
