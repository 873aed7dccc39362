package io.usiem.parser.squid.internal;

import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.parser.Urls;

/** The request and the cache result code, shared by the native and the combined formats. */
final class Result {
    private Result() {
    }

    /** Method and URL; a CONNECT names {@code host:port}, other methods an absolute URL. */
    static void request(EventBuilder b, String method, String url) {
        b.set(Fields.HTTP_REQUEST_METHOD, method);
        if ("CONNECT".equals(method)) {
            b.set(Fields.URL_ORIGINAL, url);
            Urls.authority(b, url, 0, url.length());
        } else if (url.startsWith("/") || url.contains("://")) {
            Urls.url(b, url);
        } else if (!"-".equals(url)) {
            // Squid's placeholders for requests it could not read: error:invalid-request, error:transaction-end-before-headers.
            b.set(Fields.URL_ORIGINAL, url);
        }
    }

    /** A common-format line has no result code: the outcome from the status only. */
    static void applyStatusOnly(EventBuilder b, long status) {
        b.ecsType(EcsEventType.ACCESS, EcsEventType.CONNECTION);
        b.set(Fields.EVENT_OUTCOME, status == 0 || status >= 400 ? "failure" : "success");
    }

    /**
     * Outcome, action and event.type from the result code ({@code TCP_MISS}, {@code TCP_DENIED_REPLY},
     * {@code TCP_TUNNEL_ABORTED}, {@code NONE_NONE}, {@code TAG_NONE}...) and the status.
     */
    static void apply(EventBuilder b, String result, long status, String s, int statusFrom, int statusTo) {
        b.set(SquidFields.RESULT_CODE, result);
        if (status > 0) {
            b.set(Fields.HTTP_RESPONSE_STATUS_CODE, status);
        } else {
            b.set(SquidFields.STATUS, s.substring(statusFrom, statusTo));
        }
        b.ecsType(EcsEventType.ACCESS, EcsEventType.CONNECTION);
        String action;
        boolean failure;
        if (result.contains("DENIED")) {
            action = "denied";
            failure = true;
            b.ecsType(EcsEventType.DENIED);
        } else {
            if (result.contains("TUNNEL")) {
                action = "tunnel";
            } else if (result.contains("HIT")) {
                action = "hit";
            } else if (result.contains("MISS") || result.contains("REFRESH") || result.contains("REDIRECT")) {
                action = "miss";
            } else {
                action = "none";
            }
            failure = status == 0 || status >= 400 || result.contains("ABORTED") || result.startsWith("NONE") || result.startsWith("TAG_NONE");
            if (!failure) {
                b.ecsType(EcsEventType.ALLOWED);
            }
        }
        b.set(Fields.EVENT_ACTION, action).set(Fields.EVENT_OUTCOME, failure ? "failure" : "success");
    }
}
