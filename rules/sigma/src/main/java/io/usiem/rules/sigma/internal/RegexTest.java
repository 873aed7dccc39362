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
            java.util.List<String> req = (flags & Pattern.CASE_INSENSITIVE) == 0 ? RegexLiterals.required(regex) : null;
            this.required = req == null ? new String[0] : req.toArray(new String[0]);
        } catch (PatternSyntaxException e) {
            throw new RuleException("regular expression not supported by RE2 (linear time): " + regex + ": "
                    + e.getDescription());
        }
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
