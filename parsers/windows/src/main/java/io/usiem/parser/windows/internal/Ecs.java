package io.usiem.parser.windows.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

/** Small conversions the mappings share: Windows' DOMAIN\\user, hex ids, addresses, paths and hashes. */
final class Ecs {
    private Ecs() {
    }

    /** Sets a keyword unless the value is absent or Windows' "-". */
    static void set(EventBuilder b, Field f, String v) {
        if (v != null && !v.isEmpty() && !"-".equals(v)) {
            b.set(f, v);
        }
    }

    /** @return the number of a decimal or {@code 0x} hexadecimal id, or -1 */
    static long number(String v) {
        if (v == null) {
            return -1;
        }
        int n = v.length();
        if (n == 0 || n > 20) {
            return -1;
        }
        int radix = 10;
        int i = 0;
        if (n > 2 && v.charAt(0) == '0' && (v.charAt(1) == 'x' || v.charAt(1) == 'X')) {
            radix = 16;
            i = 2;
            if (n > 18) {
                return -1;
            }
        } else if (n > 18) {
            return -1;
        }
        long r = 0;
        for (; i < n; i++) {
            int d = Character.digit(v.charAt(i), radix);
            if (d < 0) {
                return -1;
            }
            r = r * radix + d;
        }
        return r;
    }

    static void setNumber(EventBuilder b, Field f, String v) {
        long n = number(v);
        if (n >= 0) {
            b.set(f, n);
        }
    }

    /** @return the address, with IPv4-mapped IPv6 ({@code ::ffff:10.0.0.1}) as IPv4 as Elastic writes it; null for "-" */
    static IpAddress ip(String v) {
        if (v == null || v.isEmpty() || "-".equals(v)) {
            return null;
        }
        int from = v.regionMatches(true, 0, "::ffff:", 0, 7) && v.indexOf('.') > 0 ? 7 : 0;
        int to = v.length();
        int pct = v.indexOf('%'); // fe80::1%12: the zone index is not part of the address
        if (pct > 0) {
            to = pct;
        }
        return IpAddress.tryParse(v, from, to);
    }

    /** Sets an IP field and adds it to related.ip; @return whether it was an address */
    static boolean setIp(EventBuilder b, Field f, String v) {
        IpAddress ip = ip(v);
        if (ip == null) {
            return false;
        }
        b.set(f, ip);
        b.append(Fields.RELATED_IP, ip);
        return true;
    }

    /** Sets a port unless 0 or "-". */
    static void setPort(EventBuilder b, Field f, String v) {
        long n = number(v);
        if (n > 0 && n < 65536) {
            b.set(f, n);
        }
    }

    /** @return the part after the last backslash or slash */
    static String baseName(String path) {
        int i = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
        return i < 0 ? path : path.substring(i + 1);
    }

    /** Fills an executable and its name. */
    static void executable(EventBuilder b, Field exe, Field name, String path) {
        if (path != null && !path.isEmpty() && !"-".equals(path)) {
            b.set(exe, path);
            String base = baseName(path);
            if (!base.isEmpty()) {
                b.set(name, base);
            }
        }
    }

    /** Fills file.path, file.name, file.directory and file.extension from a Windows path. */
    static void file(EventBuilder b, String path) {
        if (path == null || path.isEmpty() || "-".equals(path)) {
            return;
        }
        b.set(Fields.FILE_PATH, path);
        int slash = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
        String name = path.substring(slash + 1);
        if (!name.isEmpty()) {
            b.set(Fields.FILE_NAME, name);
        }
        if (slash > 0) {
            b.set(Fields.FILE_DIRECTORY, path.substring(0, slash));
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && dot < name.length() - 1) {
            b.set(Fields.FILE_EXTENSION, name.substring(dot + 1));
        }
    }

    /**
     * Splits {@code DOMAIN\\name} into user.domain and user.name (or the given fields) and adds the name to
     * related.user.
     */
    static void domainUser(EventBuilder b, String v, Field nameField, Field domainField) {
        if (v == null || v.isEmpty() || "-".equals(v)) {
            return;
        }
        int slash = v.indexOf('\\');
        String name = slash < 0 ? v : v.substring(slash + 1);
        if (slash > 0) {
            b.set(domainField, v.substring(0, slash));
        }
        if (!name.isEmpty()) {
            b.set(nameField, name);
            b.append(Fields.RELATED_USER, name);
        }
    }

    /** Sets a user name and domain given apart, adding the name to related.user. */
    static void user(EventBuilder b, String name, String domain, String sid, Field nameField, Field domainField, Field idField) {
        if (name != null && !name.isEmpty() && !"-".equals(name)) {
            b.set(nameField, name);
            b.append(Fields.RELATED_USER, name);
        }
        set(b, domainField, domain);
        set(b, idField, sid);
    }

    /** Reads Sysmon's {@code SHA1=..,MD5=..,SHA256=..,IMPHASH=..} into the given hash fields. */
    static void hashes(EventBuilder b, String v, Field md5, Field sha1, Field sha256, Field imphash) {
        if (v == null) {
            return;
        }
        int i = 0;
        int n = v.length();
        while (i < n) {
            int comma = v.indexOf(',', i);
            int end = comma < 0 ? n : comma;
            int eq = v.indexOf('=', i);
            if (eq > i && eq < end - 1) {
                String value = v.substring(eq + 1, end).toLowerCase(java.util.Locale.ROOT);
                int len = eq - i;
                if (len == 3 && v.regionMatches(true, i, "MD5", 0, 3)) {
                    b.set(md5, value);
                } else if (len == 4 && v.regionMatches(true, i, "SHA1", 0, 4)) {
                    b.set(sha1, value);
                } else if (len == 6 && v.regionMatches(true, i, "SHA256", 0, 6)) {
                    b.set(sha256, value);
                } else if (len == 7 && v.regionMatches(true, i, "IMPHASH", 0, 7) && imphash != null) {
                    b.set(imphash, value);
                }
            }
            i = end + 1;
        }
    }
}
