package io.usiem.parser.windows.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Windows command line into arguments as CommandLineToArgvW does (quotes group, backslashes escape
 * a quote only when they precede one), which is how Elastic fills process.args.
 */
final class CommandLines {
    /** Arguments past this many are dropped; process.args is for matching, not a forensic copy. */
    private static final int MAX_ARGS = 256;

    private CommandLines() {
    }

    static List<String> split(String cmd) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false;
        boolean any = false;
        int n = cmd.length();
        for (int i = 0; i < n && out.size() < MAX_ARGS; i++) {
            char c = cmd.charAt(i);
            if (c == '\\') {
                int slashes = 0;
                while (i < n && cmd.charAt(i) == '\\') {
                    slashes++;
                    i++;
                }
                if (i < n && cmd.charAt(i) == '"') {
                    cur.append("\\".repeat(slashes / 2));
                    if (slashes % 2 == 1) {
                        cur.append('"');
                    } else {
                        inQuotes = !inQuotes;
                    }
                } else {
                    cur.append("\\".repeat(slashes));
                    i--;
                }
                any = true;
            } else if (c == '"') {
                inQuotes = !inQuotes;
                any = true;
            } else if ((c == ' ' || c == '\t') && !inQuotes) {
                if (any) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any && out.size() < MAX_ARGS) {
            out.add(cur.toString());
        }
        return out;
    }
}
