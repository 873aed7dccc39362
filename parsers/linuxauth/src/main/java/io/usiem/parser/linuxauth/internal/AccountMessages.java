package io.usiem.parser.linuxauth.internal;

import static io.usiem.parser.linuxauth.internal.Common.UNKNOWN;

import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

/**
 * shadow-utils (useradd, userdel, usermod, groupadd, groupdel, groupmod, passwd, chage, gpasswd): one IAM event per
 * account change. The lines that repeat a change for /etc/gshadow or a shadow group stay generic, so one change
 * counts once.
 */
final class AccountMessages {
    private AccountMessages() {
    }

    /** @return null when read, {@link Common#UNKNOWN}, or why the line is malformed */
    static String parse(String m, EventBuilder b) {
        if (m.startsWith("new user: ")) {
            if (!pairs(m, 10, b, false)) {
                return "truncated useradd 'new user': no name=";
            }
            Common.iam(b, false, EcsEventType.CREATION, "added-user-account", true);
            return null;
        }
        if (m.startsWith("new group: ")) {
            if (!pairs(m, 11, b, true)) {
                return "truncated 'new group': no name=";
            }
            Common.iam(b, true, EcsEventType.CREATION, "added-group-account", true);
            return null;
        }
        if (m.startsWith("add '") && m.contains("' to group '")) {
            String user = Common.quoted(m, 4);
            String group = Common.quoted(m, m.indexOf("' to group '") + 11);
            if (user == null || group == null) {
                return "truncated 'add USER to group GROUP'";
            }
            Common.user(b, user);
            b.set(Fields.GROUP_NAME, group);
            Common.iam(b, true, EcsEventType.CHANGE, "group-member-added", true);
            return null;
        }
        if (m.startsWith("delete '") && m.contains("' from group '")) {
            String user = Common.quoted(m, 7);
            String group = Common.quoted(m, m.indexOf("' from group '") + 13);
            if (user == null || group == null) {
                return "truncated 'delete USER from group GROUP'";
            }
            Common.user(b, user);
            b.set(Fields.GROUP_NAME, group);
            Common.iam(b, true, EcsEventType.CHANGE, "group-member-removed", true);
            return null;
        }
        if (m.startsWith("delete user '")) {
            String user = Common.quoted(m, 12);
            if (user == null) {
                return "truncated 'delete user'";
            }
            Common.user(b, user);
            Common.iam(b, false, EcsEventType.DELETION, "deleted-user-account", true);
            return null;
        }
        if (m.startsWith("removed group '")) {
            return groupDeleted(Common.quoted(m, 14), b);
        }
        if (m.startsWith("group '") && m.endsWith("' removed")) {
            return groupDeleted(Common.quoted(m, 6), b);
        }
        if (m.startsWith("change user '") || m.startsWith("change user name '") || m.startsWith("lock user '") || m.startsWith("unlock user '")) {
            String user = Common.quoted(m, m.indexOf('\''));
            if (user == null) {
                return "truncated usermod change line";
            }
            Common.user(b, user);
            int to = m.lastIndexOf(" to '");
            if (m.startsWith("change user name ") && to > 0) {
                String renamed = Common.quoted(m, to + 4);
                if (renamed != null) {
                    b.set(Fields.USER_CHANGES_NAME, renamed);
                    Common.relatedUser(b, renamed);
                }
            }
            Common.iam(b, false, EcsEventType.CHANGE, "modified-user-account", true);
            return null;
        }
        if (m.startsWith("group changed in /etc/group (group ")) {
            int slash = m.indexOf('/', 35);
            int end = Common.indexOfOrEnd(m, ',', 35);
            String group = m.substring(35, slash > 0 && slash < end ? slash : Math.min(end, m.length()));
            b.set(Fields.GROUP_NAME, group);
            if (slash > 0 && slash < end) {
                b.set(Fields.GROUP_ID, m.substring(slash + 1, end));
            }
            Common.iam(b, true, EcsEventType.CHANGE, "modified-group-account", true);
            return null;
        }
        if (m.startsWith("password for '") && m.contains("' changed by '")) {
            String user = Common.quoted(m, 13);
            int by = m.indexOf("' changed by '");
            String actor = Common.quoted(m, by + 13);
            if (user == null) {
                return "truncated passwd line";
            }
            Common.user(b, user);
            b.set(Fields.USER_TARGET_NAME, user);
            if (actor != null) {
                Common.relatedUser(b, actor);
            }
            Common.iam(b, false, EcsEventType.CHANGE, "password-changed", true);
            return null;
        }
        if (m.startsWith("changed password expiry for ")) {
            Common.user(b, m.substring(28).trim());
            Common.iam(b, false, EcsEventType.CHANGE, "modified-user-account", true);
            return null;
        }
        if (m.startsWith("failed adding user '")) {
            String user = Common.quoted(m, 19);
            if (user != null) {
                Common.user(b, user);
            }
            Common.iam(b, false, EcsEventType.CREATION, "added-user-account", false);
            return null;
        }
        return UNKNOWN;
    }

    /**
     * A shadow-utils line that repeats a change (for /etc/gshadow, a shadow group): ECS iam by program as Elastic
     * sets it, so queries carry over, but no action and the GENERIC category, so one change counts once.
     */
    static void echo(String program, String m, EventBuilder b) {
        boolean group = program.startsWith("group");
        boolean user = program.startsWith("user");
        if (!group && !user) {
            return;
        }
        EcsEventType verb = program.endsWith("add") ? EcsEventType.CREATION : program.endsWith("del") ? EcsEventType.DELETION
                : EcsEventType.CHANGE;
        b.ecsCategory(io.usiem.api.event.EcsCategory.IAM).ecsType(group ? EcsEventType.GROUP : EcsEventType.USER, verb)
                .set(Fields.EVENT_OUTCOME, m.contains("fail") ? Common.FAILURE : Common.SUCCESS);
        int name = m.indexOf("name=");
        int groupQuote = m.indexOf("group '");
        if (group && name >= 0) {
            int end = m.indexOf(',', name);
            b.set(Fields.GROUP_NAME, m.substring(name + 5, end < 0 ? m.length() : end));
        } else if (groupQuote >= 0) {
            String quoted = Common.quoted(m, groupQuote + 6);
            if (quoted != null) {
                b.set(Fields.GROUP_NAME, quoted);
            }
        } else if (m.indexOf('\'') >= 0) {
            String quoted = Common.quoted(m, m.indexOf('\''));
            if (quoted != null) {
                if (group) {
                    b.set(Fields.GROUP_NAME, quoted);
                } else {
                    Common.user(b, quoted);
                }
            }
        }
    }

    private static String groupDeleted(String group, EventBuilder b) {
        if (group == null) {
            return "truncated group removal line";
        }
        b.set(Fields.GROUP_NAME, group);
        Common.iam(b, true, EcsEventType.DELETION, "deleted-group-account", true);
        return null;
    }

    /** {@code name=alice, UID=1001, GID=1002, home=/home/alice, shell=/bin/bash, from=none}. */
    private static boolean pairs(String m, int at, EventBuilder b, boolean group) {
        int n = m.length();
        boolean named = false;
        while (at < n) {
            int eq = m.indexOf('=', at);
            if (eq < 0) {
                break;
            }
            int end = m.indexOf(", ", eq);
            if (end < 0) {
                end = n;
            }
            String value = m.substring(eq + 1, end);
            switch (m.substring(at, eq)) {
                case "name":
                    if (group) {
                        b.set(Fields.GROUP_NAME, value);
                    } else {
                        Common.user(b, value);
                    }
                    named = !value.isEmpty();
                    break;
                case "UID":
                    b.set(Fields.USER_ID, value);
                    break;
                case "GID":
                    b.set(Fields.GROUP_ID, value);
                    break;
                case "home":
                    b.set(AuthFields.USERADD_HOME, value);
                    break;
                case "shell":
                    b.set(AuthFields.USERADD_SHELL, value);
                    break;
                default:
                    break;
            }
            at = end + 2;
        }
        return named;
    }
}
