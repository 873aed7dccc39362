package io.usiem.parser.iis.internal;

import io.usiem.api.event.Field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of an IIS log: from a {@code #Fields} directive, or one of the layouts recognised without it (IIS's
 * default and the others Elastic's IIS integration accepts). Immutable; the fields of unmapped columns are made once here.
 */
final class Layout {
    /** IIS 7.5 to 10's default selection. */
    static final Layout DEFAULT = of("IIS default layout", "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username "
            + "c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken");
    /** IIS 7.0's default (no referrer). */
    static final Layout NO_REFERER = of("IIS 7.0 default layout (no cs(Referer))", "date time s-ip cs-method cs-uri-stem cs-uri-query "
            + "s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken");
    /** The default with the byte counts ticked (IIS keeps its canonical order: they come before time-taken). */
    static final Layout DEFAULT_BYTES = of("default layout with bytes", "date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
            + "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status sc-bytes cs-bytes time-taken");
    /** Site name, cookie, host and byte counts (Azure App Service writes this one). */
    static final Layout SITE = of("site layout (s-sitename, cs(Cookie), cs-host, bytes)", "date time s-sitename cs-method cs-uri-stem "
            + "cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) cs(Referer) cs-host sc-status sc-substatus "
            + "sc-win32-status sc-bytes cs-bytes time-taken");
    /** Every W3C field but the site and computer names. */
    static final Layout EXTENDED = of("extended layout (cs-version, cs(Cookie), cs-host, bytes)", "date time s-ip cs-method "
            + "cs-uri-stem cs-uri-query s-port cs-username c-ip cs-version cs(User-Agent) cs(Cookie) cs(Referer) cs-host sc-status "
            + "sc-substatus sc-win32-status sc-bytes cs-bytes time-taken");
    /** Every W3C field IIS Manager offers, in its order. */
    static final Layout ALL = of("all-fields layout", "date time s-sitename s-computername s-ip cs-method cs-uri-stem cs-uri-query "
            + "s-port cs-username c-ip cs-version cs(User-Agent) cs(Cookie) cs(Referer) cs-host sc-status sc-substatus "
            + "sc-win32-status sc-bytes cs-bytes time-taken");
    /** HTTP.sys's error log (HTTPERR), as HTTP API 2.0 writes it on Windows Server 2016 and later. */
    static final Layout HTTPERR = of("HTTPERR layout", "date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid "
            + "sc-status s-siteid s-reason s-queuename");
    /** HTTP.sys's error log before the stream id. */
    static final Layout HTTPERR_OLD = of("HTTPERR layout (no streamid)", "date time c-ip c-port s-ip s-port cs-version cs-method cs-uri "
            + "sc-status s-siteid s-reason s-queuename");
    /**
     * The layouts tried, by column count, for a line whose origin sent no {@code #Fields}: each access layout also with an
     * X-Forwarded-For custom field appended (IIS writes custom fields last), as IIS behind a load balancer logs.
     */
    static final List<Layout> WITHOUT_HEADER = List.of(DEFAULT, NO_REFERER, DEFAULT_BYTES, SITE, EXTENDED, ALL,
            forwarded(DEFAULT), forwarded(NO_REFERER), forwarded(DEFAULT_BYTES), forwarded(SITE), forwarded(EXTENDED), forwarded(ALL),
            HTTPERR, HTTPERR_OLD);

    /** What errors call it. */
    final String name;
    final String directive;
    final Column[] columns;
    /** For each OTHER column its field, else null. */
    final Field[] others;
    /** Where the method is, -1 when not logged. */
    final int method;
    /** Whether it is HTTP.sys's error log (an {@code s-reason} column): its events are {@code iis.error}. */
    final boolean error;
    /** Whether the layout names a request (a method, stem or URI column): else it is no web server log. */
    final boolean web;

    private Layout(String name, String directive, Column[] columns, Field[] others) {
        this.name = name;
        this.directive = directive;
        this.columns = columns;
        this.others = others;
        int m = -1;
        boolean request = false;
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == Column.METHOD) {
                m = i;
            }
            request |= columns[i] == Column.METHOD || columns[i] == Column.URI_STEM || columns[i] == Column.URI;
        }
        this.method = m;
        this.error = Arrays.asList(columns).contains(Column.REASON);
        this.web = request;
    }

    /**
     * @param name what errors call it
     * @param directive the field names as a {@code #Fields:} directive lists them, separated by spaces
     * @return the layout; it has no columns when the directive names none
     */
    static Layout of(String name, String directive) {
        List<Column> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = directive.length();
        while (i < n) {
            // A CRLF file split on LF leaves a CR on the last name.
            while (i < n && directive.charAt(i) <= ' ') {
                i++;
            }
            int start = i;
            while (i < n && directive.charAt(i) > ' ') {
                i++;
            }
            if (i > start) {
                String column = directive.substring(start, i);
                cols.add(Column.of(column));
                names.add(column);
            }
        }
        String prefix = cols.contains(Column.REASON) ? IisFields.ERROR_PREFIX : IisFields.PREFIX;
        Field[] others = new Field[cols.size()];
        for (int k = 0; k < others.length; k++) {
            others[k] = cols.get(k) == Column.OTHER ? IisFields.other(prefix, names.get(k)) : null;
        }
        return new Layout(name, directive.trim(), cols.toArray(new Column[0]), others);
    }

    private static Layout forwarded(Layout base) {
        return of(base.name + " with X-Forwarded-For", base.directive + " X-Forwarded-For");
    }

    int size() {
        return columns.length;
    }
}
