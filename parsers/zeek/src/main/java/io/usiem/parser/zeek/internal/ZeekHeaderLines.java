package io.usiem.parser.zeek.internal;

import io.usiem.api.parser.ParseResult;

/** Applies a TSV header line ({@code #separator}, {@code #fields}...) to its origin's header state. */
final class ZeekHeaderLines {
    /** One reason for every header line, so the kernel's per-reason discard counters stay few. */
    static final String DISCARD_REASON = "Zeek TSV header line";

    private ZeekHeaderLines() {
    }

    static ParseResult apply(String line, ZeekHeaders.Origin origin, boolean declared) {
        if (line.startsWith("#separator ") || line.startsWith("#separator\t")) {
            String value = line.substring(11).trim();
            String decoded = ZeekTsv.unescape(value);
            if (decoded.length() != 1) {
                return ParseResult.formatError("Zeek #separator must be one character, not '" + value + "'");
            }
            char c = decoded.charAt(0);
            origin.update(h -> h.withSeparator(c));
            return ParseResult.discard(DISCARD_REASON);
        }
        int sepAt = line.indexOf(origin.building.separator);
        String key = sepAt < 0 ? line.substring(1) : line.substring(1, sepAt);
        String value = sepAt < 0 ? "" : line.substring(sepAt + 1);
        char sep = origin.building.separator;
        switch (key) {
            case "set_separator":
                origin.update(h -> h.withSetSeparator(ZeekTsv.unescape(value)));
                break;
            case "empty_field":
                origin.update(h -> h.withEmptyField(value));
                break;
            case "unset_field":
                origin.update(h -> h.withUnsetField(value));
                break;
            case "path":
                if (!ZeekLog.validName(value)) {
                    return ParseResult.formatError("invalid Zeek #path '" + value + "'");
                }
                origin.update(h -> h.withLog(value));
                break;
            case "fields":
                String[] fields = ZeekTsv.split(value, sep);
                if (value.isEmpty() || fields.length > ZeekJson.MAX_COLUMNS) {
                    return ParseResult.formatError("Zeek #fields header must name 1 to " + ZeekJson.MAX_COLUMNS + " columns");
                }
                origin.update(h -> h.withFields(fields));
                break;
            case "types":
                origin.update(h -> h.withTypes(ZeekTsv.split(value, sep)));
                break;
            case "open":
            case "close":
                break;
            default:
                return declared ? ParseResult.formatError("unknown Zeek header line #" + key) : ParseResult.notMine();
        }
        return ParseResult.discard(DISCARD_REASON);
    }
}
