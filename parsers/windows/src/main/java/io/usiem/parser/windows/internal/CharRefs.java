package io.usiem.parser.windows.internal;

/**
 * Decodes XML's predefined entities and character references in text the XML reader could not deliver: the
 * value a record was cut inside of. A reference cut short at the end is dropped; an unknown one is kept as it is.
 */
final class CharRefs {
    private CharRefs() {
    }

    /** @return {@code s[from, to)} with its references decoded */
    static String decode(String s, int from, int to) {
        int amp = s.indexOf('&', from);
        if (amp < 0 || amp >= to) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int semi = s.indexOf(';', i);
            if (semi < 0 || semi >= to) {
                if (to - i <= 10) {
                    break; // a reference cut short
                }
                out.append(c);
                i++;
                continue;
            }
            String ref = s.substring(i + 1, semi);
            int cp = codePoint(ref);
            if (cp < 0) {
                out.append(c);
                i++;
            } else {
                out.appendCodePoint(cp);
                i = semi + 1;
            }
        }
        return out.toString();
    }

    /**
     * Puts back the semicolons of references that a relay replaced by blanks: the Log Analytics agent writes
     * Sysmon for Linux's {@code &lt;unknown process&gt;} as {@code &lt unknown process&gt } (and every other
     * {@code ;} of a message as a blank), which no XML reader takes.
     *
     * @return the text with {@code &name } made {@code &name;} for the predefined and numeric references, or the
     *     same instance when it has none
     */
    static String restoreSemicolons(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', amp + 1)) {
            int end = referenceEnd(s, amp + 1);
            if (end > 0 && end < s.length() && s.charAt(end) == ' ') {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, end).append(';');
                copied = end + 1;
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** @return where a predefined or numeric reference's name starting at {@code i} ends, or -1 */
    private static int referenceEnd(String s, int i) {
        for (String name : new String[] {"lt", "gt", "amp", "quot", "apos"}) {
            if (s.startsWith(name, i)) {
                return i + name.length();
            }
        }
        if (i >= s.length() || s.charAt(i) != '#') {
            return -1;
        }
        int j = i + 1;
        boolean hex = j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
        if (hex) {
            j++;
        }
        int digits = j;
        while (j < s.length() && (Character.isDigit(s.charAt(j))
                || hex && "abcdefABCDEF".indexOf(s.charAt(j)) >= 0)) {
            j++;
        }
        return j > digits ? j : -1;
    }

    private static int codePoint(String ref) {
        switch (ref) {
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "amp":
                return '&';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                break;
        }
        if (ref.length() < 2 || ref.length() > 8 || ref.charAt(0) != '#') {
            return -1;
        }
        try {
            int cp = ref.charAt(1) == 'x' || ref.charAt(1) == 'X' ? Integer.parseInt(ref.substring(2), 16)
                    : Integer.parseInt(ref.substring(1));
            return Character.isValidCodePoint(cp) ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
