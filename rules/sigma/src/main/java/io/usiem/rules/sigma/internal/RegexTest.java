package io.usiem.rules.sigma.internal;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/** The {@code re} modifier, evaluated by RE2J in time linear in the value: no rule can stall the pipeline. */
final class RegexTest implements ValueTest {
    private final Pattern pattern;
    private final java.util.List<String> literals;

    /**
     * @param regex the rule's expression
     * @param flags RE2J flags from the i, m, s sub-modifiers
     * @throws RuleException when RE2 cannot compile it (back-references, look-around)
     */
    RegexTest(String regex, int flags) {
        try {
            this.pattern = Pattern.compile(regex, flags);
            this.literals = RegexLiterals.of(regex);
        } catch (PatternSyntaxException e) {
            throw new RuleException("regular expression not supported by RE2 (linear time): " + regex + ": "
                    + e.getDescription());
        }
    }

    @Override
    public boolean test(String value, String folded, EventView view) {
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
