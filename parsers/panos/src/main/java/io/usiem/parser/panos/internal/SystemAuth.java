package io.usiem.parser.panos.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

import java.util.List;

/**
 * Logins told in SYSTEM log descriptions (administrator logins, and GlobalProtect before PAN-OS 9.1 gave it
 * a log type of its own): the user, the client address and the outcome, so brute-force rules see them.
 * The descriptions are fixed English sentences, read by their markers; anything else is left alone.
 */
final class SystemAuth {
    private SystemAuth() {
    }

    static void map(String subtype, String description, EventBuilder b) {
        if (description == null) {
            return;
        }
        String user = null;
        String outcome = null;
        String from = null;
        if (description.startsWith("failed authentication for user '")) {
            user = until(description, "failed authentication for user '".length(), '\'');
            outcome = "failure";
            from = after(description, "From: ");
        } else if (description.startsWith("authenticated for user '")) {
            user = until(description, "authenticated for user '".length(), '\'');
            outcome = "success";
            from = after(description, "From: ");
        } else if (description.startsWith("User ") && description.contains(" logged in via ")) {
            user = until(description, 5, ' ');
            outcome = "success";
            from = after(description, " from ");
        } else if ("globalprotect".equals(subtype) && description.contains("User name: ")) {
            user = after(description, "User name: ");
            outcome = description.contains("failed") ? "failure" : description.contains("succeeded") ? "success" : null;
            from = after(description, "Login from: ");
        }
        if (user == null || user.isEmpty()) {
            return;
        }
        b.set(Fields.USER_NAME, user).set(Fields.RELATED_USER, List.of(user)).ecsCategory(EcsCategory.AUTHENTICATION);
        IpAddress ip = from == null ? null : IpAddress.tryParse(from);
        if (ip != null) {
            b.set(Fields.SOURCE_IP, ip).setIps(Fields.RELATED_IP, List.of(ip));
        }
        if (outcome != null) {
            b.set(Fields.EVENT_OUTCOME, outcome);
            b.category(EventCategory.AUTHENTICATION);
        }
    }

    /** @return the text from {@code from} up to the stop character (or the end) */
    private static String until(String s, int from, char stop) {
        int end = s.indexOf(stop, from);
        return s.substring(from, end < 0 ? s.length() : end);
    }

    /** @return the token after the marker, up to a space, comma or a sentence's final period; null without marker */
    private static String after(String s, String marker) {
        int at = s.indexOf(marker);
        if (at < 0) {
            return null;
        }
        int start = at + marker.length();
        int end = start;
        while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != ',') {
            end++;
        }
        String token = s.substring(start, end);
        return token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
    }
}
