package io.usiem.parser.iis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A header-less line of an unusual field selection is read as the subsequence of IIS's field order its values fit. */
class InferenceTest {
    private static String infer(String line) {
        Layout layout = new Inference().infer(new Columns(line, 0), true);
        return layout == null ? null : layout.directive;
    }

    @Test
    void addedHostAfterTheDefaults() {
        assertEquals("date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(user-agent) cs(referer) cs-host "
                + "sc-status sc-substatus sc-win32-status time-taken",
                infer("2021-08-06 12:36:00 10.0.0.5 GET /owa/ - 443 - 203.0.113.70 Mozilla/5.0 - mail.example.com:443 302 0 0 5"));
    }

    @Test
    void cookieTellsItselfFromReferrerAndHost() {
        assertEquals("date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(user-agent) cs(cookie) cs(referer) "
                + "sc-status sc-substatus sc-win32-status time-taken",
                infer("2021-08-06 12:36:03 10.0.0.5 GET /owa/ - 443 - 203.0.113.70 Mozilla/5.0 a=b https://mail.example.com/owa/ 302 0 0 5"));
    }

    @Test
    void siteAndComputerNamesBeforeTheServerAddress() {
        assertEquals("date time s-sitename s-computername s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
                + "cs(user-agent) cs(referer) sc-status sc-substatus sc-win32-status sc-bytes time-taken",
                infer("2021-08-06 12:36:05 W3SVC1 EXCH01 10.0.0.5 GET /owa/ - 443 - 203.0.113.70 Mozilla/5.0 - 302 0 0 512 5"));
    }

    @Test
    void minimalSelectionOnlyWhenDeclared() {
        Columns v = new Columns("2021-08-06 12:36:04 GET /owa/ 203.0.113.70 302", 0);
        assertEquals("date time cs-method cs-uri-stem c-ip sc-status", new Inference().infer(v, false).directive);
        // Guessing, an application's "date time GET /path address status" line is not taken for IIS's.
        assertNull(new Inference().infer(v, true));
    }

    @Test
    void nothingWithoutMethodPathClientAndStatus() {
        assertNull(infer("2021-08-06 12:36:06 10.0.0.5 GET /owa/ - 443 - not-an-address Mozilla/5.0 - 302 0 0 5"));
        assertNull(infer("2021-08-06 12:36:06 10.0.0.5 GET owa - 443 - 203.0.113.70 Mozilla/5.0 - 302 0 0 5"));
        assertNull(infer("2021-08-06 12:36:06 10.0.0.5 GET /owa/ - 443 - 203.0.113.70 Mozilla/5.0 - 3020 0 0 5"));
        assertNull(infer("2021-08-06 12:35:16 ALLOW TCP 10.0.0.9 10.0.0.5 51234 443 0 - 0 0 0 - - - SEND"));
    }
}
