package io.usiem.parser.linuxauth.internal;

import static io.usiem.parser.linuxauth.internal.Common.FAILURE;
import static io.usiem.parser.linuxauth.internal.Common.SUCCESS;
import static io.usiem.parser.linuxauth.internal.Common.UNKNOWN;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.TextScan;

/**
 * OpenSSH sshd messages (as of OpenSSH 7-9; {@code sshd-session} from 9.8 writes the same): logins accepted
 * and failed, invalid users, pre-authentication disconnects, too many failures, session ends.
 */
final class SshdMessages {
    static final String LOGIN = "ssh_login";

    private SshdMessages() {
    }

    /** @return null when read, {@link Common#UNKNOWN}, or why the line is malformed */
    static String parse(String m, EventBuilder b) {
        if (m.startsWith("error: ")) {
            m = m.substring(7);
        }
        if (m.startsWith("Accepted ")) {
            return login(m, 9, true, b);
        }
        if (m.startsWith("Failed ") && !m.startsWith("Failed to ")) {
            return login(m, 7, false, b);
        }
        if (m.startsWith("Invalid user ")) {
            return invalidUser(m, b);
        }
        if (m.startsWith("Connection closed by ")) {
            return closed(m, 21, b, "ssh_connection_closed");
        }
        if (m.startsWith("Disconnected from ")) {
            return closed(m, 18, b, "ssh_disconnected");
        }
        if (m.startsWith("Connection reset by ")) {
            return closed(m, 20, b, "ssh_connection_reset");
        }
        if (m.startsWith("Disconnecting ") && m.contains("Too many authentication failures")) {
            return closed(m, 14, b, "ssh_too_many_authentication_failures");
        }
        if (m.startsWith("maximum authentication attempts exceeded for ")) {
            return maxAttempts(m, b);
        }
        if (m.startsWith("Received disconnect from ")) {
            return receivedDisconnect(m, b);
        }
        if (m.startsWith("PAM ") && m.contains(" more authentication failure")) {
            return pamMore(m, b);
        }
        if (m.startsWith("Did not receive identification string from ")) {
            int end = Common.indexOfOrEnd(m, ' ', 43);
            IpAddress ip = IpAddress.tryParse(m, 43, end);
            if (ip == null) {
                return "sshd 'Did not receive identification string' without an address";
            }
            b.set(AuthFields.SSH_DROPPED_IP, ip);
            Common.addressPort(b, m, 43);
            b.ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.CONNECTION, EcsEventType.DENIED)
                    .set(Fields.EVENT_ACTION, "ssh_dropped_connection");
            return null;
        }
        if (m.startsWith("User ") && m.contains(" not allowed because ")) {
            int from = m.indexOf(" from ");
            if (from < 0) {
                return UNKNOWN;
            }
            Common.user(b, m.substring(5, from));
            Common.addressPort(b, m, from + 6);
            Common.authentication(b, FAILURE, "ssh_login");
            b.set(Fields.EVENT_REASON, m.substring(m.indexOf(" not allowed because ") + 1));
            return null;
        }
        return UNKNOWN;
    }

    /** {@code Accepted|Failed METHOD for [invalid user ]USER from ADDRESS port PORT ssh2[: SIGNATURE]}. */
    private static String login(String m, int methodStart, boolean accepted, EventBuilder b) {
        int sp = m.indexOf(' ', methodStart);
        if (sp < 0) {
            return "truncated sshd login: no authentication method";
        }
        if (!m.startsWith(" for ", sp)) {
            return UNKNOWN;
        }
        int user = sp + 5;
        boolean invalid = m.startsWith("invalid user ", user);
        if (invalid) {
            user += 13;
        }
        int from = m.lastIndexOf(" from ");
        if (from < user) {
            return "truncated sshd login: no source address";
        }
        if (Common.addressPort(b, m, from + 6) < 0) {
            return "truncated sshd login: empty source address";
        }
        Common.user(b, m.substring(user, from));
        b.set(AuthFields.SSH_METHOD, m.substring(methodStart, sp));
        b.set(AuthFields.SSH_EVENT, accepted ? "Accepted" : "Failed");
        int sig = m.indexOf(": ", from);
        if (sig > 0 && sig + 2 < m.length()) {
            b.set(AuthFields.SSH_SIGNATURE, m.substring(sig + 2));
        }
        Common.authentication(b, accepted ? SUCCESS : FAILURE, LOGIN);
        if (accepted) {
            b.ecsCategory(EcsCategory.SESSION);
        }
        if (invalid) {
            b.set(Fields.EVENT_REASON, "invalid user");
        }
        return null;
    }

    /** {@code Invalid user USER from ADDRESS[ port PORT]}. */
    private static String invalidUser(String m, EventBuilder b) {
        int from = m.lastIndexOf(" from ");
        if (from < 12) {
            return "truncated sshd 'Invalid user': no source address";
        }
        if (Common.addressPort(b, m, from + 6) < 0) {
            return "truncated sshd 'Invalid user': empty source address";
        }
        Common.user(b, from > 13 ? m.substring(13, from) : "");
        b.set(AuthFields.SSH_EVENT, "Invalid");
        Common.authentication(b, FAILURE, LOGIN);
        b.set(Fields.EVENT_REASON, "invalid user");
        return null;
    }

    /**
     * {@code Connection closed by [authenticating|invalid ]user USER ADDRESS port PORT [preauth]}, {@code Disconnected
     * from user USER ADDRESS port PORT} (a session's end), {@code Disconnecting invalid user ... : Too many
     * authentication failures [preauth]}, or the same without a user.
     */
    private static String closed(String m, int at, EventBuilder b, String action) {
        boolean preauth = m.endsWith("[preauth]");
        boolean invalid = false;
        boolean withUser = false;
        if (m.startsWith("authenticating user ", at)) {
            at += 20;
            withUser = true;
        } else if (m.startsWith("invalid user ", at)) {
            at += 13;
            withUser = true;
            invalid = true;
        } else if (m.startsWith("user ", at)) {
            at += 5;
            withUser = true;
        }
        int addressStart = at;
        if (withUser) {
            int port = m.indexOf(" port ", at);
            int end = port < 0 ? Common.indexOfOrEnd(m, ':', at) : port;
            int sp = m.lastIndexOf(' ', end - 1);
            if (sp < at) {
                return "truncated sshd disconnect: no user and address";
            }
            Common.user(b, m.substring(at, sp));
            addressStart = sp + 1;
        }
        int addressEnd = Common.indexOfOrEnd(m, ' ', addressStart);
        if (m.indexOf('.', addressStart) < 0 && m.indexOf(':', addressStart) < 0 || addressEnd == addressStart
                || Common.addressPort(b, m, addressStart) < 0) {
            return "truncated sshd disconnect: no address";
        }
        b.set(Fields.EVENT_ACTION, action);
        if (preauth || action.startsWith("ssh_too_many")) {
            // The client left or was dropped before authenticating: an authentication that did not succeed.
            Common.authentication(b, FAILURE, action);
            b.ecsType(EcsEventType.END);
            if (invalid) {
                b.set(Fields.EVENT_REASON, "invalid user");
            }
        } else if (withUser) {
            Common.session(b, false, action);
        } else {
            b.ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.CONNECTION, EcsEventType.END);
        }
        return null;
    }

    /** {@code maximum authentication attempts exceeded for [invalid user ]USER from ADDRESS port PORT ssh2 [preauth]}. */
    private static String maxAttempts(String m, EventBuilder b) {
        int user = 45;
        boolean invalid = m.startsWith("invalid user ", user);
        if (invalid) {
            user += 13;
        }
        int from = m.lastIndexOf(" from ");
        if (from < user || Common.addressPort(b, m, from + 6) < 0) {
            return "truncated sshd 'maximum authentication attempts exceeded': no source address";
        }
        Common.user(b, m.substring(user, from));
        Common.authentication(b, FAILURE, "ssh_max_authentication_attempts_exceeded");
        if (invalid) {
            b.set(Fields.EVENT_REASON, "invalid user");
        }
        return null;
    }

    /** {@code Received disconnect from ADDRESS port PORT:CODE: REASON[ [preauth]]}. */
    private static String receivedDisconnect(String m, EventBuilder b) {
        int end = Common.indexOfOrEnd(m, ' ', 25);
        int colon = m.indexOf(':', 25);
        // IPv6 addresses hold colons: the address ends at the space before "port" or at the last field.
        if (Common.addressPort(b, m, 25) < 0 || (colon > 0 && colon < end && IpAddress.tryParse(m, 25, end) == null)) {
            return "truncated sshd 'Received disconnect': no address";
        }
        int reason = m.indexOf(": ", end);
        if (reason > 0) {
            String text = m.endsWith(" [preauth]") ? m.substring(reason + 2, m.length() - 10) : m.substring(reason + 2);
            b.set(Fields.EVENT_REASON, text);
        }
        b.ecsCategory(EcsCategory.NETWORK).ecsType(EcsEventType.CONNECTION, EcsEventType.END)
                .set(Fields.EVENT_ACTION, "ssh_received_disconnect");
        return null;
    }

    /** {@code PAM N more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=ADDRESS  user=USER}. */
    private static String pamMore(String m, EventBuilder b) {
        int sp = m.indexOf(' ', 4);
        int count = sp > 4 ? TextScan.digits(m, 4, sp - 4) : -1;
        if (count >= 0) {
            b.set(AuthFields.PAM_FAILURES, count);
        }
        int semi = m.indexOf(';');
        if (semi > 0) {
            PamMessages.pairs(m, semi + 1, b);
        }
        Common.authentication(b, FAILURE, "ssh_login");
        b.set(Fields.EVENT_REASON, "too many authentication failures");
        return null;
    }
}
