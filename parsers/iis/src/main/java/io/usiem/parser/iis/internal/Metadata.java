package io.usiem.parser.iis.internal;

import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.ParserMetadata;

import java.util.List;

/** The IIS parser's metadata: its source types, the fields it fills and sample lines in the layouts it knows without a header. */
final class Metadata {
    static final String[] SAMPLES = {
        "2021-08-06 12:34:56 10.0.0.5 GET /owa/auth/logon.aspx replaceCurrent=1&url=https%3a%2f%2fmail.example.com%2fowa%2f 443 - "
            + "203.0.113.9 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/92.0.4515.131+Safari/537.36 "
            + "https://mail.example.com/owa/ 200 0 0 46",
        "2021-08-06 12:35:02 W3SVC1 EXCH01 10.0.0.5 POST /ews/exchange.asmx - 443 CORP\\alice 2001:db8::17 HTTP/1.1 "
            + "Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.14228;+Pro) - - mail.example.com 200 0 0 5120 2048 31",
        "<134>Aug  6 12:34:57 EXCH01 IIS: 2021-08-06 12:34:56 10.0.0.5 GET /ecp/default.flt - 443 - 198.51.100.23 curl/7.68.0 - 404 0 2 3",
        "2021-08-06 12:42:00 203.0.113.5 52311 10.0.0.5 443 HTTP/1.1 GET /owa/auth/x.js?a=1 - 400 - BadRequest -"};

    private Metadata() {
    }

    static ParserMetadata of(List<String> sourceTypes) {
        return ParserMetadata.builder("iis")
                .source("Microsoft", "IIS")
                .description("Microsoft IIS access logs (W3C extended format) and HTTP.sys error logs (HTTPERR), with the #Fields "
                        + "layout of each origin or IIS's default and common layouts without header, bare or behind a syslog header.")
                .sourceTypes(sourceTypes.toArray(new String[0]))
                .categories(EventCategory.WEB_SERVER, EventCategory.GENERIC)
                .fields(new Field[] {Fields.SOURCE_IP, Fields.SOURCE_ADDRESS, Fields.SOURCE_PORT, Fields.DESTINATION_IP,
                    Fields.DESTINATION_ADDRESS, Fields.DESTINATION_PORT, Fields.DESTINATION_DOMAIN, Fields.USER_NAME,
                    Fields.HTTP_REQUEST_METHOD, Fields.URL_ORIGINAL, Fields.URL_PATH, Fields.URL_QUERY, Fields.URL_EXTENSION,
                    Fields.URL_DOMAIN, Fields.URL_PORT, Fields.HTTP_VERSION, Fields.HTTP_RESPONSE_STATUS_CODE,
                    Fields.HTTP_RESPONSE_BODY_BYTES, Fields.HTTP_RESPONSE_BYTES, Fields.HTTP_REQUEST_BODY_BYTES, Fields.HTTP_REQUEST_BYTES,
                    Fields.HTTP_REQUEST_REFERRER, Fields.USER_AGENT_ORIGINAL, Fields.EVENT_DURATION, Fields.EVENT_OUTCOME,
                    Fields.HOST_NAME, Fields.RELATED_IP, Fields.RELATED_USER, IisFields.SUB_STATUS, IisFields.WIN32_STATUS,
                    IisFields.SITE_NAME, IisFields.SERVER_NAME, IisFields.COOKIE, IisFields.X_FORWARDED_FOR,
                    IisFields.ERROR_REASON, IisFields.ERROR_QUEUE})
                .samples(SAMPLES)
                .logSources(IisParser.IIS)
                .build();
    }
}
