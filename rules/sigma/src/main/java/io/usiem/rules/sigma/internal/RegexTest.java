package io.usiem.rules.sigma.internal;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/** The {@code re} modifier, evaluated by RE2J in time linear in the value: no rule can stall the pipeline. */
final class RegexTest implements ValueTest {
    private final Pattern pattern;
    private final java.util.List<String> literals;
    /** Case-sensitive texts every match contains, checked before the regex engine; empty when unknown. */
    private final String[] required;

    /**
     * @param regex the rule's expression
     * @param flags RE2J flags from the i, m, s sub-modifiers
     * @throws RuleException when RE2 cannot compile it (back-references, look-around)
     */
    RegexTest(String regex, int flags) {
        try {
            this.pattern = Pattern.compile(regex, flags);
            this.literals = RegexLiterals.of(regex);
            this.required = required(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new RuleException("regular expression not supported by RE2 (linear time): " + regex + ": "
                    + e.getDescription());
        }
    }

    /**
     * Texts every match contains as they must appear in the value: the expression's required literal runs,
     * for a case-insensitive expression only their parts without letters (those have no other case).
     */
    private static String[] required(String regex, int flags) {
        boolean ci = (flags & Pattern.CASE_INSENSITIVE) != 0;
        String body = regex;
        if (body.startsWith("(?i)")) {
            ci = true;
            body = body.substring(4);
        }
        java.util.List<String> runs = RegexLiterals.required(body);
        if (runs == null) {
            return new String[0];
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String r : runs) {
            if (!ci) {
                out.add(r);
                continue;
            }
            StringBuilder part = new StringBuilder();
            for (int i = 0; i <= r.length(); i++) {
                char c = i < r.length() ? r.charAt(i) : 'a';
                if (c < 128 && !Character.isLetter(c)) {
                    part.append(c);
                } else if (part.length() > 0) {
                    out.add(part.toString());
                    part.setLength(0);
                }
            }
        }
        out.sort((a, b) -> b.length() - a.length());
        return out.stream().distinct().toArray(String[]::new);
    }

    @Override
    public int cost() {
        return 20;
    }

    @Override
    public boolean test(String value, String folded, EventView view) {
        // RE2J is linear but slow per character; a missing required text rejects the value first.
        for (String r : required) {
            if (!value.contains(r)) {
                return false;
            }
        }
        return pattern.matcher(value).find();
    }

    @Override
    public java.util.List<String> literals() {
        return literals;
    }

    @Override
    public String toString() {
        return "re " + pattern.pattern();
    }
}
