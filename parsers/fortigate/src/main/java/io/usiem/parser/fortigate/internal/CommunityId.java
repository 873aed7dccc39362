package io.usiem.parser.fortigate.internal;

import io.usiem.api.event.IpAddress;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Community ID v1 flow hash ({@code network.community_id}), as Elastic's integration adds to sessions so
 * that a flow can be followed across firewall, IDS and Zeek logs: SHA-1 over seed, ordered addresses,
 * protocol and ports, base64, prefixed {@code 1:}.
 */
final class CommunityId {
    private CommunityId() {
    }

    /** @return the ID, or null for a protocol without ports (or ports 0, as Elastic skips them) */
    static String of(IpAddress src, long srcPort, IpAddress dst, long dstPort, int protocol) {
        if (src == null || dst == null || srcPort <= 0 || dstPort <= 0 || srcPort > 65535 || dstPort > 65535
                || protocol <= 0 || src.isV4() != dst.isV4()) {
            return null;
        }
        byte[] a = src.toBytes();
        byte[] b = dst.toBytes();
        int order = compare(a, b);
        if (order > 0 || order == 0 && srcPort > dstPort) {
            byte[] t = a;
            a = b;
            b = t;
            long p = srcPort;
            srcPort = dstPort;
            dstPort = p;
        }
        byte[] input = new byte[2 + a.length + b.length + 2 + 4];
        int i = 2; // seed 0
        System.arraycopy(a, 0, input, i, a.length);
        i += a.length;
        System.arraycopy(b, 0, input, i, b.length);
        i += b.length;
        input[i++] = (byte) protocol;
        input[i++] = 0;
        input[i++] = (byte) (srcPort >> 8);
        input[i++] = (byte) srcPort;
        input[i++] = (byte) (dstPort >> 8);
        input[i] = (byte) dstPort;
        try {
            return "1:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    private static int compare(byte[] a, byte[] b) {
        for (int k = 0; k < a.length; k++) {
            int d = (a[k] & 0xff) - (b[k] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }
}
