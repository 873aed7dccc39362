package io.usiem.parser.windows.internal;

/**
 * Plain scans of event XML text, before and after the XML reader: where a line's XML starts, whether a DTD names
 * an event, and the value a cut record ends in.
 */
final class XmlScan {
    /** A syslog header before the XML is short; so is the part of a line searched for the XML. */
    private static final int HEADER_LIMIT = 1024;

    private XmlScan() {
    }

    /**
     * @return where event XML starts in a line: at once (after blanks or a BOM), or after a syslog header (a
     *     file line, {@code siem:parse}; Sysmon for Linux writes {@code ... sysmon: <Event>...}); -1 when none
     */
    static int xmlStart(String line) {
        int n = line.length();
        int i = contentStart(line);
        if (i == n) {
            return -1;
        }
        if (isXmlStart(line, i)) {
            return i;
        }
        char c = line.charAt(i);
        if (c != '<' && !Character.isLetterOrDigit(c)) {
            return -1;
        }
        int limit = Math.min(n, i + HEADER_LIMIT);
        for (int lt = line.indexOf('<', i + 1); lt > 0 && lt < limit; lt = line.indexOf('<', lt + 1)) {
            char before = line.charAt(lt - 1);
            if ((before == ' ' || before == '\uFEFF') && isXmlStart(line, lt)) {
                return lt;
            }
        }
        return -1;
    }

    /** @return the index of the line's first character that is no blank or byte order mark (its length when none) */
    static int contentStart(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static boolean isXmlStart(String s, int i) {
        if (s.startsWith("<Event", i)) {
            int after = i + 6;
            if (after < s.length() && s.charAt(after) == 's') { // <Events>, the wrapper of several
                after++;
            }
            return after == s.length() || s.charAt(after) == '>' || s.charAt(after) == ' ' || s.charAt(after) == '/'
                    || s.charAt(after) == '\t';
        }
        return s.startsWith("<?xml", i) || s.startsWith("<!DOCTYPE", i);
    }

    /** @return whether the document type declared is an Event (or Events) one */
    static boolean namesEvent(String xml) {
        int d = xml.indexOf("<!DOCTYPE");
        if (d < 0) {
            return false;
        }
        int i = d + 9;
        while (i < xml.length() && Character.isWhitespace(xml.charAt(i))) {
            i++;
        }
        return xml.startsWith("Event", i);
    }

    /**
     * @return the text of the value the input ends in: from the last start tag to the end, or, cut inside the
     *     end tag, up to it; null when neither (the reader's offsets count buffered input, so they are not used)
     */
    static String cutValue(String xml) {
        int lt = xml.lastIndexOf('<');
        if (lt < 0) {
            return null;
        }
        if (lt + 1 < xml.length() && xml.charAt(lt + 1) == '/') {
            int gt = xml.lastIndexOf('>', lt);
            return gt < 0 ? null : CharRefs.decode(xml, gt + 1, lt);
        }
        char quote = 0;
        for (int i = lt + 1; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return xml.charAt(i - 1) == '/' ? null : CharRefs.decode(xml, i + 1, xml.length());
            }
        }
        return null; // cut inside the start tag: no value yet
    }
}
