package io.usiem.parser.iis.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the columns of a header-less line whose field selection is none of the known layouts. IIS writes the fields
 * it logs in one fixed order, whatever the selection, and custom fields after them; so a line is a subsequence of that
 * order. Each value must suit its field (a date, an address, a method followed by a path, a three-digit status...);
 * among the subsequences that fit, the one of the most usual fields wins (IIS's defaults first, then the fields
 * administrators add: site name, host, bytes, version, computer name, cookie). A value of {@code -} suits any field,
 * so where the choice is a guess it is mostly between absent values. The layouts found are kept, a few hundred at most.
 */
final class Inference {
    private static final Column[] ORDER = {Column.DATE, Column.TIME, Column.SITE_NAME, Column.COMPUTER_NAME, Column.SERVER_IP,
        Column.METHOD, Column.URI_STEM, Column.URI_QUERY, Column.SERVER_PORT, Column.USER_NAME, Column.CLIENT_IP, Column.VERSION,
        Column.USER_AGENT, Column.COOKIE, Column.REFERER, Column.HOST, Column.STATUS, Column.SUB_STATUS, Column.WIN32_STATUS,
        Column.SERVER_BYTES, Column.CLIENT_BYTES, Column.TIME_TAKEN, Column.FORWARDED_FOR};
    /** How usual each field is (all different, so the best subsequence is unique); 0 for the fields every line must have. */
    private static final int[] WEIGHT = {0, 0, 15, 10, 30, 0, 0, 29, 28, 27, 0, 11, 26, 9, 25, 14, 0, 24, 23, 13, 12, 22, 5};
    private static final int NONE = Integer.MIN_VALUE / 4;
    private static final int MAX_KEPT = 256;

    private final Map<Integer, Layout> kept = new ConcurrentHashMap<>();

    /**
     * @param guessing the line's source type is not IIS's: then the fields no other format writes must be there too
     *     (the server port, sc-substatus and sc-win32-status), so that an application log with a method, a path, an
     *     address and a status is not taken for IIS's
     * @return the layout the line's values fit best, or null when no subsequence of IIS's fields fits them
     */
    Layout infer(Columns v, boolean guessing) {
        int n = v.count;
        int k = ORDER.length;
        if (n < 6 || n > k) {
            return null;
        }
        // best[i][j]: the highest weight placing values i.. on fields j.. (NONE when impossible).
        int[][] best = new int[n + 1][k + 1];
        for (int j = k; j >= 0; j--) {
            best[n][j] = j == k || !required(j, guessing) && best[n][j + 1] != NONE ? 0 : NONE;
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i][k] = NONE;
            for (int j = k - 1; j >= 0; j--) {
                int skip = !required(j, guessing) ? best[i][j + 1] : NONE;
                int take = best[i + 1][j + 1] != NONE && fits(j, v, i, guessing) ? WEIGHT[j] + best[i + 1][j + 1] : NONE;
                best[i][j] = Math.max(skip, take);
            }
        }
        if (best[0][0] == NONE) {
            return null;
        }
        int mask = 0;
        for (int i = 0, j = 0; i < n; j++) {
            int take = best[i + 1][j + 1] != NONE && fits(j, v, i, guessing) ? WEIGHT[j] + best[i + 1][j + 1] : NONE;
            if (take != NONE && take >= (!required(j, guessing) ? best[i][j + 1] : NONE)) {
                mask |= 1 << j;
                i++;
            }
        }
        Layout layout = kept.get(mask);
        if (layout == null) {
            StringBuilder directive = new StringBuilder();
            for (int j = 0; j < k; j++) {
                if ((mask & 1 << j) != 0) {
                    directive.append(directive.length() == 0 ? "" : " ").append(ORDER[j] == Column.FORWARDED_FOR ? "X-Forwarded-For" : ORDER[j].w3cName);
                }
            }
            layout = Layout.of("inferred layout (" + directive + ")", directive.toString());
            if (kept.size() < MAX_KEPT) {
                kept.putIfAbsent(mask, layout);
            }
        }
        return layout;
    }

    private static boolean required(int j, boolean guessing) {
        Column col = ORDER[j];
        return WEIGHT[j] == 0 || guessing && (col == Column.SERVER_PORT || col == Column.SUB_STATUS || col == Column.WIN32_STATUS);
    }

    /** @return whether value i suits field j */
    private static boolean fits(int j, Columns v, int i, boolean guessing) {
        if (v.absent(i)) {
            return !required(j, guessing);
        }
        Column col = ORDER[j];
        if (!Access.fits(col, v, i, true)) {
            return false;
        }
        String s = v.line;
        char first = s.charAt(v.start[i]);
        switch (col) {
            case URI_STEM:
                return first == '/' || first == '*';
            case SITE_NAME:
            case COMPUTER_NAME:
                return nameLike(v, i);
            case SERVER_PORT:
                return v.number(i) <= 65535;
            case USER_NAME:
                return v.ip(i) == null;
            case REFERER:
                return first == '/' || s.startsWith("http", v.start[i]);
            case HOST:
                return hostLike(v, i);
            default:
                return true;
        }
    }

    /** @return whether the value is a site or computer name ({@code W3SVC1}, {@code EXCH01}, Azure's {@code ~1MYAPP}): a letter, no address */
    private static boolean nameLike(Columns v, int i) {
        boolean letter = false;
        for (int k = v.start[i]; k < v.end[i]; k++) {
            char c = v.line.charAt(k);
            boolean alpha = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!(alpha || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_' || c == '~')) {
                return false;
            }
            letter |= alpha;
        }
        return letter;
    }

    /** @return whether the value is a host name or address, with an optional port (a Host header) */
    private static boolean hostLike(Columns v, int i) {
        for (int k = v.start[i]; k < v.end[i]; k++) {
            char c = v.line.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == ':' || c == '['
                    || c == ']' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
