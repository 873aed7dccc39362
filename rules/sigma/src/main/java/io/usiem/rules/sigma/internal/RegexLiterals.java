package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds literal text every match of a regular expression must contain, so regex rules can use the
 * prefilter too. Conservative: it reads only the top level of the expression (top-level alternatives
 * each give their own text), stops a literal run at anything that is not a plain or escaped literal
 * character, drops a character made optional by {@code ?}, {@code *} or {@code {0}, and gives up (null)
 * whenever it is unsure.
 */
final class RegexLiterals {
    private static final int MIN_LENGTH = 3;
    private static final String META = ".^$|()[]{}*+?\\";

    private RegexLiterals() {
    }

    /** @param regex an RE2 expression @return lower-case texts one of which every match contains, or null */
    static List<String> of(String regex) {
        List<String> branches = splitTopLevel(regex);
        if (branches == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String b : branches) {
            String lit = longestRun(b);
            if (lit == null || lit.length() < MIN_LENGTH) {
                return null;
            }
            out.add(TextTests.fold(lit));
        }
        return out;
    }

    private static List<String> splitTopLevel(String re) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return null;
                }
            } else if (c == '|' && depth == 0) {
                out.add(re.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0 || inClass) {
            return null;
        }
        out.add(re.substring(start));
        return out;
    }

    /**
     * Literal texts every match must contain as written (case-sensitive): the top-level literal runs of an
     * expression without top-level alternatives or inline flags. Checking them with {@code indexOf} before
     * the regex engine rejects most values at memory speed.
     *
     * @param regex an RE2 expression compiled without the case-insensitive flag
     * @return the runs, longest first (possibly none), or null when unsure
     */
    static List<String> required(String regex) {
        if (regex.contains("(?")) {
            return null;
        }
        List<String> branches = splitTopLevel(regex);
        if (branches == null || branches.size() != 1) {
            return null;
        }
        List<String> runs = runs(branches.get(0));
        if (runs == null) {
            return null;
        }
        // Even one character rejects most values by indexOf before the regex engine reads them.
        runs.removeIf(String::isEmpty);
        runs.sort((a, b) -> b.length() - a.length());
        return runs;
    }

    /** The longest run of required literal characters at the top level of one branch. */
    private static String longestRun(String re) {
        List<String> runs = runs(re);
        if (runs == null) {
            return null;
        }
        String best = "";
        for (String r : runs) {
            if (r.length() > best.length()) {
                best = r;
            }
        }
        return best;
    }

    /** The runs of required literal characters at the top level of one branch, or null when unsure. */
    private static List<String> runs(String re) {
        List<String> best = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            Character lit = null;
            int next = i + 1;
            if (c == '\\') {
                if (i + 1 >= re.length()) {
                    return null;
                }
                char e = re.charAt(i + 1);
                next = i + 2;
                if (e == 'Q') {
                    return null;
                }
                if (e == 'x' || e == 'p' || e == 'P') {
                    // \x41, \x{263a}, \pL, \p{Greek}: one character we do not decode
                    if (next < re.length() && re.charAt(next) == '{') {
                        int end = re.indexOf('}', next);
                        next = end < 0 ? re.length() : end + 1;
                    } else {
                        next = Math.min(re.length(), next + (e == 'x' ? 2 : 1));
                    }
                }
                if (META.indexOf(e) >= 0 || e == '/' || e == '-' || e == '"' || e == '\'' || e == ' ' || e == '#' || e == '%'
                        || e == '&' || e == ',' || e == ':' || e == ';' || e == '<' || e == '=' || e == '>' || e == '@' || e == '`' || e == '~') {
                    lit = e;
                }
            } else if (c == '(' || c == '[') {
                flush(best, run);
                run.setLength(0);
                int end = skipGroup(re, i);
                if (end < 0) {
                    return null;
                }
                i = skipQuantifier(re, end);
                continue;
            } else if (META.indexOf(c) < 0) {
                lit = c;
            }
            if (lit == null) {
                flush(best, run);
                run.setLength(0);
                i = skipQuantifier(re, next);
                continue;
            }
            char q = next < re.length() ? re.charAt(next) : 0;
            if (q == '?' || q == '*' || (q == '{' && next + 1 < re.length() && re.charAt(next + 1) == '0')) {
                flush(best, run);
                run.setLength(0);
                i = skipQuantifier(re, next);
                continue;
            }
            run.append(lit);
            if (q == '+' || q == '{') {
                flush(best, run);
                run.setLength(0);
                i = skipQuantifier(re, next);
                continue;
            }
            i = next;
        }
        flush(best, run);
        return best;
    }

    private static void flush(List<String> runs, StringBuilder run) {
        if (run.length() > 0) {
            runs.add(run.toString());
        }
    }

    /** @return the index after the group or class starting at {@code i}, or -1 */
    private static int skipGroup(String re, int i) {
        boolean cls = re.charAt(i) == '[';
        int depth = 0;
        for (int j = i; j < re.length(); j++) {
            char c = re.charAt(j);
            if (c == '\\') {
                j++;
            } else if (cls) {
                if (c == ']' && j > i + 1 && !(j == i + 2 && re.charAt(i + 1) == '^')) {
                    return j + 1;
                }
            } else if (c == '[') {
                int end = skipGroup(re, j);
                if (end < 0) {
                    return -1;
                }
                j = end - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth == 0) {
                    return j + 1;
                }
            }
        }
        return -1;
    }

    private static int skipQuantifier(String re, int i) {
        if (i >= re.length()) {
            return i;
        }
        char c = re.charAt(i);
        if (c == '?' || c == '*' || c == '+') {
            i++;
        } else if (c == '{') {
            int end = re.indexOf('}', i);
            i = end < 0 ? re.length() : end + 1;
        } else {
            return i;
        }
        if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
            i++;
        }
        return i;
    }
}
