package io.usiem.parser.linuxauth.internal;

import static io.usiem.parser.linuxauth.internal.Common.FAILURE;
import static io.usiem.parser.linuxauth.internal.Common.UNKNOWN;

import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

/**
 * PAM module messages, whichever program logs them ({@code pam_unix(sshd:auth): authentication failure; ...},
 * {@code pam_unix(sudo:session): session opened for user root(uid=0) by alice(uid=1001)}), and systemd-logind's
 * session lines.
 */
final class PamMessages {
    private PamMessages() {
    }

    /** @return whether the message is a PAM module's: {@code pam_NAME(SERVICE:TYPE): ...} */
    static boolean isPam(String m) {
        return m.startsWith("pam_") && m.indexOf("): ") > 0;
    }

    /** @return null when read, {@link Common#UNKNOWN}, or why the line is malformed */
    static String parse(String m, EventBuilder b) {
        int open = m.indexOf('(');
        int close = m.indexOf("): ");
        if (open < 0 || close < open) {
            return "malformed PAM message: no 'pam_module(service:type): '";
        }
        b.set(AuthFields.PAM_MODULE, m.substring(0, open));
        b.set(AuthFields.PAM_ORIGIN, m.substring(open + 1, close));
        int at = close + 3;
        if (m.startsWith("authentication failure;", at)) {
            pairs(m, at + 23, b);
            Common.authentication(b, FAILURE, "authentication_failure");
            return null;
        }
        if (m.startsWith("session opened for user ", at)) {
            return session(m, at + 24, true, b);
        }
        if (m.startsWith("session closed for user ", at)) {
            return session(m, at + 24, false, b);
        }
        if (m.startsWith("check pass; user unknown", at)) {
            Common.authentication(b, FAILURE, "authentication_failure");
            b.set(Fields.EVENT_REASON, "user unknown");
            return null;
        }
        if (m.startsWith("password changed for ", at)) {
            String user = m.substring(at + 21).trim();
            if (user.isEmpty()) {
                return "truncated PAM 'password changed': no user";
            }
            Common.user(b, user);
            b.set(Fields.USER_TARGET_NAME, user);
            Common.iam(b, false, EcsEventType.CHANGE, "password-changed", true);
            return null;
        }
        return UNKNOWN;
    }

    /**
     * {@code USER[(uid=N)][ by [BY](uid=M)]}. As Elastic does, a named opener ({@code by alice(uid=1000)}) is the
     * user and the session's user the effective one; {@code by (uid=0)} names nobody, so the session's user is the user.
     */
    private static String session(String m, int at, boolean opened, EventBuilder b) {
        int n = m.length();
        int end = at;
        while (end < n && m.charAt(end) != '(' && m.charAt(end) != ' ') {
            end++;
        }
        if (end == at) {
            return "truncated PAM session line: no user";
        }
        String user = m.substring(at, end);
        String uid = null;
        if (end < n && m.startsWith("(uid=", end)) {
            int close = m.indexOf(')', end);
            if (close > end + 5) {
                uid = m.substring(end + 5, close);
                end = close + 1;
            }
        }
        String byName = null;
        String byUid = null;
        if (m.startsWith(" by ", end) && end + 4 < n) {
            String by = m.substring(end + 4).trim();
            b.set(AuthFields.PAM_BY, by);
            int paren = by.indexOf('(');
            byName = paren < 0 ? by : by.substring(0, paren);
            if (paren >= 0 && by.startsWith("(uid=", paren) && by.endsWith(")")) {
                byUid = by.substring(paren + 5, by.length() - 1);
            }
        }
        if (byName != null && !byName.isEmpty()) {
            Common.user(b, byName);
            if (byUid != null) {
                b.set(Fields.USER_ID, byUid);
            }
            b.set(Fields.USER_EFFECTIVE_NAME, user);
            Common.relatedUser(b, user);
        } else {
            Common.user(b, user);
            if (uid != null) {
                b.set(Fields.USER_ID, uid);
            }
        }
        b.set(AuthFields.PAM_SESSION_STATE, opened ? "opened" : "closed");
        Common.session(b, opened, opened ? "logged-on" : "logged-off");
        return null;
    }

    /** The {@code logname= uid=0 euid=0 tty=ssh ruser= rhost=ADDRESS  user=USER} pairs of PAM failures. */
    static void pairs(String m, int at, EventBuilder b) {
        int n = m.length();
        String ruser = null;
        boolean user = false;
        while (at < n) {
            while (at < n && m.charAt(at) == ' ') {
                at++;
            }
            int eq = m.indexOf('=', at);
            if (eq < 0) {
                break;
            }
            int end = Common.indexOfOrEnd(m, ' ', eq);
            if (eq > end) {
                break;
            }
            if (end > eq + 1) {
                if (m.startsWith("rhost", at) && eq == at + 5) {
                    Common.source(b, m, eq + 1, end);
                } else if (m.startsWith("user", at) && eq == at + 4) {
                    Common.user(b, m.substring(eq + 1, end));
                    user = true;
                } else if (m.startsWith("ruser", at) && eq == at + 5) {
                    ruser = m.substring(eq + 1, end);
                } else if (m.startsWith("tty", at) && eq == at + 3) {
                    b.set(AuthFields.PAM_TTY, m.substring(eq + 1, end));
                }
            }
            at = end;
        }
        if (ruser != null) {
            if (user) {
                Common.relatedUser(b, ruser);
            } else {
                Common.user(b, ruser);
            }
        }
    }

    /** systemd-logind: {@code New session N of user USER.}, {@code Removed session N.}, {@code Session N logged out...}. */
    static String logind(String m, EventBuilder b) {
        if (m.startsWith("New session ")) {
            int of = m.indexOf(" of user ", 12);
            if (of < 0) {
                return "truncated systemd-logind 'New session': no user";
            }
            b.set(AuthFields.LOGIND_SESSION_ID, m.substring(12, of));
            String user = m.substring(of + 9);
            Common.user(b, user.endsWith(".") ? user.substring(0, user.length() - 1) : user);
            Common.session(b, true, "logged-on");
            return null;
        }
        if (m.startsWith("Removed session ")) {
            String id = m.substring(16);
            b.set(AuthFields.LOGIND_SESSION_ID, id.endsWith(".") ? id.substring(0, id.length() - 1) : id);
            Common.session(b, false, "logged-off");
            return null;
        }
        if (m.startsWith("Session ") && m.indexOf(' ', 8) > 8) {
            b.set(AuthFields.LOGIND_SESSION_ID, m.substring(8, m.indexOf(' ', 8)));
        }
        return UNKNOWN;
    }

    /** login(1): {@code FAILED LOGIN (1) on '/dev/tty1' FOR 'root', Authentication failure}, {@code ROOT LOGIN  on '/dev/tty1'}. */
    static String login(String m, EventBuilder b) {
        if (m.startsWith("FAILED LOGIN")) {
            int f = m.indexOf(" FOR '");
            if (f > 0) {
                String user = Common.quoted(m, f + 5);
                if (user != null && !"UNKNOWN".equals(user)) {
                    Common.user(b, user);
                }
                int comma = m.indexOf(", ", f);
                if (comma > 0) {
                    b.set(Fields.EVENT_REASON, m.substring(comma + 2));
                }
            }
            Common.authentication(b, FAILURE, "login");
            return null;
        }
        if (m.startsWith("ROOT LOGIN ")) {
            Common.user(b, "root");
            Common.authentication(b, Common.SUCCESS, "login");
            return null;
        }
        return UNKNOWN;
    }
}
