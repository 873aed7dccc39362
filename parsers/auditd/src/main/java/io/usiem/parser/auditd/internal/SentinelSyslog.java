package io.usiem.parser.auditd.internal;

/**
 * Azure Monitor / Sentinel {@code Syslog} table rows exported as JSON, one per line, as the OMS/AUOMS agent's audit
 * records arrive there: {@code {"Computer":"UBUNTU5","HostIP":"192.168.2.5","SyslogMessage":"type=AUOMS_EXECVE
 * audit(...): ...",...}}. Only the three string members are read, by hand: the record itself is not JSON.
 */
final class SentinelSyslog {
    private SentinelSyslog() {
    }

    /** @return whether the line looks like such a row */
    static boolean matches(String line) {
        return line.startsWith("{") && line.contains("\"SyslogMessage\"");
    }

    /**
     * @param json the row
     * @param key a member name
     * @return the member's string value unescaped, or null when absent, not a string or malformed
     */
    static String string(String json, String key) {
        String quoted = "\"" + key + "\"";
        int at = json.indexOf(quoted);
        while (at > 0 && json.charAt(at - 1) == '\\') {
            at = json.indexOf(quoted, at + 1);
        }
        if (at < 0) {
            return null;
        }
        int i = at + quoted.length();
        int n = json.length();
        while (i < n && json.charAt(i) == ' ') {
            i++;
        }
        if (i >= n || json.charAt(i) != ':') {
            return null;
        }
        i++;
        while (i < n && json.charAt(i) == ' ') {
            i++;
        }
        if (i >= n || json.charAt(i) != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (i++; i < n; i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= n) {
                return null;
            }
            char e = json.charAt(i);
            switch (e) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'u':
                    if (i + 4 >= n) {
                        return null;
                    }
                    int cp = 0;
                    for (int k = 1; k <= 4; k++) {
                        int d = Character.digit(json.charAt(i + k), 16);
                        if (d < 0) {
                            return null;
                        }
                        cp = cp * 16 + d;
                    }
                    out.append((char) cp);
                    i += 4;
                    break;
                default: out.append(e);
            }
        }
        return null;
    }
}
