package io.usiem.connector.httpinput.internal;

import org.jspecify.annotations.Nullable;

/**
 * A request's answer before it becomes a Netty response.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param wwwAuthenticate the Basic challenge of a 401, or null
 */
record Answer(int status, byte[] body, @Nullable String wwwAuthenticate) {
    static Answer json(int status, byte[] body) {
        return new Answer(status, body, null);
    }
}
