package io.usiem.parser.zeek.internal;

/**
 * What a Zeek TSV file's header lines said: separators, the unset and empty markers, the log ({@code #path})
 * and its columns' names and types. Immutable: header lines make a new one, data lines read the current.
 */
final class TsvHeader {
    final char separator;
    final String setSeparator;
    final String emptyField;
    final String unsetField;
    final String log;
    final String[] fields;
    final String[] types;

    TsvHeader(char separator, String setSeparator, String emptyField, String unsetField, String log, String[] fields,
            String[] types) {
        this.separator = separator;
        this.setSeparator = setSeparator;
        this.emptyField = emptyField;
        this.unsetField = unsetField;
        this.log = log;
        this.fields = fields;
        this.types = types;
    }

    /** @return a header with Zeek's default separators and markers */
    static TsvHeader of(String log, String[] fields, String[] types) {
        return new TsvHeader('\t', ",", "(empty)", "-", log, fields, types);
    }

    static TsvHeader empty() {
        return new TsvHeader('\t', ",", "(empty)", "-", null, null, null);
    }

    TsvHeader withSeparator(char c) {
        return new TsvHeader(c, setSeparator, emptyField, unsetField, log, null, null);
    }

    TsvHeader withSetSeparator(String s) {
        return new TsvHeader(separator, s, emptyField, unsetField, log, fields, types);
    }

    TsvHeader withEmptyField(String s) {
        return new TsvHeader(separator, setSeparator, s, unsetField, log, fields, types);
    }

    TsvHeader withUnsetField(String s) {
        return new TsvHeader(separator, setSeparator, emptyField, s, log, fields, types);
    }

    TsvHeader withLog(String s) {
        return new TsvHeader(separator, setSeparator, emptyField, unsetField, s, fields, types);
    }

    TsvHeader withFields(String[] f) {
        return new TsvHeader(separator, setSeparator, emptyField, unsetField, log, f, types != null && types.length == f.length ? types : null);
    }

    TsvHeader withTypes(String[] t) {
        return new TsvHeader(separator, setSeparator, emptyField, unsetField, log, fields, t);
    }

    /** @return whether data lines can be read with it */
    boolean complete() {
        return log != null && fields != null;
    }

    /** @param i a column @return its Zeek type, {@code string} when the header gave none */
    String type(int i) {
        return types != null && i < types.length ? types[i] : "string";
    }
}
