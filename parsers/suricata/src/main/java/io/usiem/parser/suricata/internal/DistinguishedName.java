package io.usiem.parser.suricata.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

import java.util.List;

/**
 * Splits the certificate names Suricata writes ({@code C=US, ST=California, O=Example, CN=www.example.org})
 * into ECS {@code tls.server.x509.subject.*} / {@code issuer.*}, as Elastic's Suricata integration does.
 * A comma inside a value is escaped ({@code \,}) by Suricata, so ", " followed by a key starts a new part.
 */
final class DistinguishedName {
    private static final String[] KEYS = {"C", "ST", "L", "O", "OU", "CN"};
    private static final String[] ECS = {"country", "state_or_province", "locality", "organization", "organizational_unit", "common_name"};
    private static final Field[] SUBJECT = fields("tls.server.x509.subject.");
    private static final Field[] ISSUER = fields("tls.server.x509.issuer.");

    private DistinguishedName() {
    }

    private static Field[] fields(String prefix) {
        Field[] out = new Field[ECS.length];
        for (int i = 0; i < ECS.length; i++) {
            out[i] = Field.of(prefix + ECS[i], FieldType.KEYWORD_LIST);
        }
        return out;
    }

    static void subject(String dn, EventBuilder b) {
        split(dn, SUBJECT, b);
    }

    static void issuer(String dn, EventBuilder b) {
        split(dn, ISSUER, b);
    }

    private static void split(String dn, Field[] target, EventBuilder b) {
        int start = 0;
        int n = dn.length();
        while (start < n) {
            int end = nextPart(dn, start);
            int eq = dn.indexOf('=', start);
            if (eq > start && eq < end) {
                String key = dn.substring(start, eq).trim();
                for (int k = 0; k < KEYS.length; k++) {
                    if (KEYS[k].equals(key) && eq + 1 < end) {
                        b.set(target[k], List.of(dn.substring(eq + 1, end).replace("\\,", ",")));
                    }
                }
            }
            start = end + 2;
        }
    }

    /** @return the index of the ", " that ends the part starting at start, or the text's length */
    private static int nextPart(String dn, int start) {
        int i = dn.indexOf(", ", start);
        while (i >= 0) {
            if (i == 0 || dn.charAt(i - 1) != '\\') {
                return i;
            }
            i = dn.indexOf(", ", i + 1);
        }
        return dn.length();
    }
}
