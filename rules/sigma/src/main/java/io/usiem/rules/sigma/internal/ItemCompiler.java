package io.usiem.rules.sigma.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.re2j.Pattern;

/**
 * Compiles one detection item, {@code Field|mod1|mod2: value(s)} or a keyword list, into an expression.
 * Modifiers apply left to right: value transformations first as written (expand, windash, base64,
 * base64offset, utf16*), the matching modifiers (contains, startswith, endswith, re, cidr, lt...) decide
 * the test, and all, cased, neq, exists, fieldref adjust it.
 */
final class ItemCompiler {
    private static final Set<String> TRANSFORMS = Set.of("expand", "windash", "base64", "base64offset", "utf16le",
            "utf16be", "utf16", "wide");
    private static final Set<String> KNOWN = Set.of("contains", "startswith", "endswith", "all", "exists", "cased",
            "neq", "re", "i", "m", "s", "cidr", "lt", "lte", "gt", "gte", "minute", "hour", "day", "week", "month",
            "year", "fieldref", "expand", "windash", "base64", "base64offset", "utf16le", "utf16be", "utf16", "wide");

    private final RuleContext ctx;

    ItemCompiler(RuleContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param key the map key: a field name with modifiers, or {@code |mods} / null for keywords
     * @param value a scalar, null or a list of them
     * @return the expression
     */
    Expr compile(String key, Object value) {
        String field = null;
        List<String> mods = new ArrayList<>();
        if (key != null) {
            String[] parts = key.split("\\|", -1);
            field = parts[0].isEmpty() ? null : parts[0];
            for (int i = 1; i < parts.length; i++) {
                String m = parts[i].trim().toLowerCase(Locale.ROOT);
                if (!KNOWN.contains(m)) {
                    throw new RuleException("unknown modifier '" + parts[i] + "' in '" + key + "'");
                }
                mods.add(m);
            }
        }
        List<Object> values = new ArrayList<>();
        if (value instanceof List) {
            values.addAll((List<?>) value);
        } else if (value instanceof java.util.Map) {
            throw new RuleException("value of '" + key + "' is a map; expected a value or a list of values");
        } else {
            values.add(value);
        }
        if (values.isEmpty()) {
            throw new RuleException("empty value list for '" + key + "'");
        }
        List<Expr> alternatives = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Object v : values) {
            if (v == null) {
                if (field == null) {
                    throw new RuleException("null is not a keyword");
                }
                alternatives.add(new PresenceExpr(ctx.slots(field), field, false));
            } else if (v instanceof String) {
                texts.add((String) v);
            } else {
                throw new RuleException("value of '" + key + "' must be a scalar, got a " + v.getClass().getSimpleName());
            }
        }
        if (!texts.isEmpty()) {
            alternatives.add(compileValues(field, key, mods, texts));
        }
        return Expr.or(alternatives);
    }

    private Expr compileValues(String field, String key, List<String> mods, List<String> texts) {
        boolean all = false;
        boolean cased = false;
        boolean neq = false;
        boolean fieldref = false;
        boolean re = false;
        boolean cidr = false;
        int reFlags = 0;
        NumberTest.Op op = null;
        TimePartTest.Part part = null;
        TextTests.Kind kind = TextTests.Kind.EXACT;
        Boolean exists = null;
        List<ValueTransforms.Val> vals = new ArrayList<>();
        for (String t : texts) {
            vals.add(new ValueTransforms.Val(t, false));
        }
        for (String m : mods) {
            if (TRANSFORMS.contains(m)) {
                vals = ValueTransforms.apply(m, vals, ctx.placeholders());
            } else {
                switch (m) {
                    case "contains":
                        kind = TextTests.Kind.CONTAINS;
                        break;
                    case "startswith":
                        kind = TextTests.Kind.PREFIX;
                        break;
                    case "endswith":
                        kind = TextTests.Kind.SUFFIX;
                        break;
                    case "all":
                        all = true;
                        break;
                    case "cased":
                        cased = true;
                        break;
                    case "neq":
                        neq = true;
                        break;
                    case "fieldref":
                        fieldref = true;
                        break;
                    case "re":
                        re = true;
                        break;
                    case "i":
                    case "m":
                    case "s":
                        if (!re) {
                            throw new RuleException("modifier '" + m + "' is a sub-modifier of 're' and must follow it in '" + key + "'");
                        }
                        reFlags |= m.equals("i") ? Pattern.CASE_INSENSITIVE : m.equals("m") ? Pattern.MULTILINE : Pattern.DOTALL;
                        break;
                    case "cidr":
                        cidr = true;
                        break;
                    case "exists":
                        exists = parseBoolean(texts, key);
                        break;
                    case "lt":
                    case "lte":
                    case "gt":
                    case "gte":
                        op = NumberTest.Op.valueOf(m.toUpperCase(Locale.ROOT));
                        break;
                    default:
                        part = TimePartTest.Part.valueOf(m.toUpperCase(Locale.ROOT));
                }
            }
        }
        if (exists != null) {
            if (field == null) {
                throw new RuleException("exists needs a field in '" + key + "'");
            }
            return new PresenceExpr(ctx.slots(field), field, exists);
        }
        if (re && (cidr || op != null || fieldref)) {
            throw new RuleException("re cannot be combined with cidr, lt/gt or fieldref in '" + key + "'");
        }
        if (field == null && kind == TextTests.Kind.EXACT) {
            // A keyword is searched for anywhere in the event, as full-text search backends do.
            kind = TextTests.Kind.CONTAINS;
        }
        List<ValueTest> tests = new ArrayList<>();
        for (ValueTransforms.Val v : vals) {
            tests.add(test(v, key, kind, cased, re, reFlags, cidr, op, part, fieldref));
        }
        // With all, every value must match on its own; merging is for the OR of a long list.
        ValueTest[] arr = (all ? tests : MultiTest.merge(tests)).toArray(new ValueTest[0]);
        if (field == null) {
            if (neq || fieldref) {
                throw new RuleException("neq and fieldref need a field in '" + key + "'");
            }
            return new KeywordExpr(arr, all);
        }
        return new FieldExpr(ctx.slots(field), field, arr, all, neq);
    }

    private ValueTest test(ValueTransforms.Val v, String key, TextTests.Kind kind, boolean cased, boolean re, int reFlags,
            boolean cidr, NumberTest.Op op, TimePartTest.Part part, boolean fieldref) {
        if (re) {
            return new RegexTest(v.text(), reFlags);
        }
        if (cidr) {
            return new CidrTest(v.text());
        }
        if (part != null) {
            return new TimePartTest(part, new NumberTest(op == null ? NumberTest.Op.EQ : op, v.text()));
        }
        if (op != null) {
            return new NumberTest(op, v.text());
        }
        if (fieldref) {
            int[] other = ctx.slots(v.text());
            return new FieldRefTest(other[0], v.text(), kind, cased);
        }
        SigmaString s = v.bytes() ? SigmaString.literal(v.text()) : SigmaString.parse(v.text());
        s = s.wrap(kind == TextTests.Kind.CONTAINS || kind == TextTests.Kind.SUFFIX,
                kind == TextTests.Kind.CONTAINS || kind == TextTests.Kind.PREFIX);
        return TextTests.of(s, cased);
    }

    private static boolean parseBoolean(List<String> texts, String key) {
        if (texts.size() == 1) {
            String t = texts.get(0).trim().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("yes")) {
                return true;
            }
            if (t.equals("false") || t.equals("no")) {
                return false;
            }
        }
        throw new RuleException("exists needs true or false in '" + key + "', got " + texts);
    }
}
