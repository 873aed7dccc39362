package io.usiem.parser.linuxauth.internal;

import static io.usiem.parser.linuxauth.internal.Common.FAILURE;
import static io.usiem.parser.linuxauth.internal.Common.SUCCESS;
import static io.usiem.parser.linuxauth.internal.Common.UNKNOWN;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;

/** sudo's command lines ({@code USER : [ERROR ; ]TTY=... ; PWD=... ; USER=... ; COMMAND=...}) and su's switches. */
final class SudoSuMessages {
    private SudoSuMessages() {
    }

    /** @return null when read, {@link Common#UNKNOWN}, or why the line is malformed */
    static String sudo(String m, EventBuilder b) {
        int n = m.length();
        int at = 0;
        while (at < n && m.charAt(at) == ' ') {
            at++;
        }
        int colon = m.indexOf(" : ", at);
        if (colon <= at || m.indexOf(' ', at) < colon) {
            return UNKNOWN;
        }
        String user = m.substring(at, colon);
        at = colon + 3;
        String error = null;
        boolean command = false;
        while (at < n) {
            if (m.startsWith("COMMAND=", at)) {
                b.set(AuthFields.SUDO_COMMAND, m.substring(at + 8));
                command = true;
                break;
            }
            int end = m.indexOf(" ; ", at);
            if (end < 0) {
                end = n;
            }
            int eq = m.indexOf('=', at);
            if (eq < 0 || eq > end) {
                if (error == null) {
                    error = m.substring(at, end);
                }
            } else if (m.startsWith("TTY=", at)) {
                b.set(AuthFields.SUDO_TTY, m.substring(eq + 1, end));
            } else if (m.startsWith("PWD=", at)) {
                b.set(AuthFields.SUDO_PWD, m.substring(eq + 1, end));
            } else if (m.startsWith("USER=", at)) {
                String target = m.substring(eq + 1, end);
                b.set(AuthFields.SUDO_USER, target);
                b.set(Fields.USER_EFFECTIVE_NAME, target);
                Common.relatedUser(b, target);
            } else if (m.startsWith("GROUP=", at)) {
                b.set(AuthFields.SUDO_GROUP, m.substring(eq + 1, end));
            }
            at = end + 3;
        }
        if (!command && error == null) {
            return "truncated sudo line: no COMMAND=";
        }
        Common.user(b, user);
        b.category(EventCategory.PROCESS).ecsCategory(EcsCategory.PROCESS).set(Fields.EVENT_ACTION, "sudo");
        // Elastic marks every sudo command line process/start, refused or not; the outcome tells them apart.
        b.ecsType(EcsEventType.START);
        if (error == null) {
            b.set(Fields.EVENT_OUTCOME, SUCCESS);
        } else {
            b.set(Fields.EVENT_OUTCOME, FAILURE).set(AuthFields.SUDO_ERROR, error)
                    .set(Fields.EVENT_REASON, error);
            if (error.contains("password")) {
                b.ecsCategory(EcsCategory.AUTHENTICATION);
            }
        }
        return null;
    }

    /**
     * su: {@code (to root) alice on pts/0}, {@code FAILED SU (to root) alice on pts/0} (util-linux, shadow), and the
     * older {@code Successful su for root by alice} / {@code FAILED su for root by alice}.
     */
    static String su(String m, EventBuilder b) {
        boolean failed = m.startsWith("FAILED SU ");
        int at = failed ? 10 : 0;
        if (m.startsWith("(to ", at)) {
            int close = m.indexOf(") ", at);
            int on = m.lastIndexOf(" on ");
            if (close < 0 || on < close) {
                return "truncated su line: expected '(to USER) USER on TTY'";
            }
            String target = m.substring(at + 4, close);
            Common.user(b, m.substring(close + 2, on));
            b.set(Fields.USER_EFFECTIVE_NAME, target);
            Common.relatedUser(b, target);
            b.set(AuthFields.SU_TTY, m.substring(on + 4));
        } else if (m.startsWith("Successful su for ") || m.startsWith("FAILED su for ")) {
            failed = m.charAt(0) == 'F';
            int by = m.indexOf(" by ");
            int start = failed ? 14 : 18;
            if (by < start) {
                return "truncated su line: expected 'su for USER by USER'";
            }
            String target = m.substring(start, by);
            Common.user(b, m.substring(by + 4));
            b.set(Fields.USER_EFFECTIVE_NAME, target);
            Common.relatedUser(b, target);
        } else {
            return UNKNOWN;
        }
        Common.authentication(b, failed ? FAILURE : SUCCESS, "su");
        return null;
    }
}
