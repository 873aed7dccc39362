package io.usiem.api.parser;

import io.usiem.api.event.IpAddress;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Community ID v1 flow hash ({@code network.community_id}, seed 0), as Elastic's integrations add it so that a
 * flow can be followed across firewall, IDS and Zeek logs: SHA-1 over seed, ordered endpoints, protocol and
 * ports, base64, prefixed {@code 1:} (corelight's community-id-spec).
 *
 * @since 1.1
 */
public final class CommunityId {
    /** IANA protocol number of ICMP. */
    public static final int ICMP = 1;
    /** IANA protocol number of TCP. */
    public static final int TCP = 6;
    /** IANA protocol number of UDP. */
    public static final int UDP = 17;
    /** IANA protocol number of ICMPv6. */
    public static final int ICMPV6 = 58;
    /** IANA protocol number of SCTP. */
    public static final int SCTP = 132;

    private CommunityId() {
    }

    /**
     * For a protocol with ports (TCP, UDP, SCTP...): the flow in either direction gives the same ID.
     *
     * @param protocol IANA protocol number
     * @return the ID, or null when an address is missing, the families differ, a port is not 1-65535 (as
     *     Elastic skips flows without ports) or the protocol is not 1-255
     */
    public static @Nullable String of(@Nullable IpAddress src, long srcPort, @Nullable IpAddress dst, long dstPort, int protocol) {
        if (src == null || dst == null || srcPort <= 0 || dstPort <= 0 || srcPort > 65535 || dstPort > 65535
                || protocol <= 0 || protocol > 255 || src.isV4() != dst.isV4()) {
            return null;
        }
        return hash(src, (int) srcPort, dst, (int) dstPort, protocol, false);
    }

    /**
     * For ICMP (IPv4) and ICMPv6 (chosen by the address family): type and code take the ports' places; a
     * request and its reply (echo, router or neighbor solicitation...) give the same ID, other messages
     * are one-way.
     *
     * @return the ID, or null when an address is missing, the families differ or type/code is not 0-255
     */
    public static @Nullable String icmp(@Nullable IpAddress src, @Nullable IpAddress dst, int type, int code) {
        if (src == null || dst == null || src.isV4() != dst.isV4() || type < 0 || type > 255 || code < 0 || code > 255) {
            return null;
        }
        int counterpart = src.isV4() ? icmpCounterpart(type) : icmp6Counterpart(type);
        int protocol = src.isV4() ? ICMP : ICMPV6;
        return counterpart < 0 ? hash(src, type, dst, code, protocol, true) : hash(src, type, dst, counterpart, protocol, false);
    }

    /**
     * @param transport a protocol name as logs write it ({@code tcp}, {@code UDP}, {@code icmp}...)
     * @return its IANA number, or -1 for another name or null
     */
    public static int protocolNumber(@Nullable String transport) {
        if (transport == null) {
            return -1;
        }
        return switch (transport.toLowerCase(java.util.Locale.ROOT)) {
            case "tcp" -> TCP;
            case "udp" -> UDP;
            case "sctp" -> SCTP;
            case "icmp" -> ICMP;
            case "icmpv6", "ipv6-icmp", "icmp6" -> ICMPV6;
            default -> -1;
        };
    }

    private static int icmpCounterpart(int type) {
        return switch (type) {
            case 8 -> 0;
            case 0 -> 8;
            case 13 -> 14;
            case 14 -> 13;
            case 15 -> 16;
            case 16 -> 15;
            case 10 -> 9;
            case 9 -> 10;
            case 17 -> 18;
            case 18 -> 17;
            default -> -1;
        };
    }

    private static int icmp6Counterpart(int type) {
        return switch (type) {
            case 128 -> 129;
            case 129 -> 128;
            case 133 -> 134;
            case 134 -> 133;
            case 135 -> 136;
            case 136 -> 135;
            case 130 -> 131;
            case 131 -> 130;
            case 139 -> 140;
            case 140 -> 139;
            case 144 -> 145;
            case 145 -> 144;
            default -> -1;
        };
    }

    private static String hash(IpAddress src, int srcPort, IpAddress dst, int dstPort, int protocol, boolean oneWay) {
        int order = src.compareTo(dst);
        if (!oneWay && (order > 0 || order == 0 && srcPort > dstPort)) {
            IpAddress t = src;
            src = dst;
            dst = t;
            int p = srcPort;
            srcPort = dstPort;
            dstPort = p;
        }
        Sha1 sha = SHA1.get();
        byte[] input = sha.input;
        int i = 2; // seed 0
        i = put(input, i, src);
        i = put(input, i, dst);
        input[i++] = (byte) protocol;
        input[i++] = 0;
        input[i++] = (byte) (srcPort >> 8);
        input[i++] = (byte) srcPort;
        input[i++] = (byte) (dstPort >> 8);
        input[i++] = (byte) dstPort;
        sha.digest.update(input, 0, i);
        return "1:" + Base64.getEncoder().encodeToString(sha.digest.digest());
    }

    /** Network byte order, as {@link IpAddress#toBytes()} but into the buffer. */
    private static int put(byte[] b, int i, IpAddress ip) {
        if (ip.isV4()) {
            int v = ip.v4();
            b[i] = (byte) (v >>> 24);
            b[i + 1] = (byte) (v >>> 16);
            b[i + 2] = (byte) (v >>> 8);
            b[i + 3] = (byte) v;
            return i + 4;
        }
        for (int k = 0; k < 8; k++) {
            b[i + k] = (byte) (ip.high() >>> (56 - 8 * k));
            b[i + 8 + k] = (byte) (ip.low() >>> (56 - 8 * k));
        }
        return i + 16;
    }

    /** A digest and buffer per thread: getting a MessageDigest costs more than hashing 40 bytes. */
    private static final class Sha1 {
        final MessageDigest digest;
        final byte[] input = new byte[2 + 16 + 16 + 2 + 4];

        Sha1() {
            try {
                digest = MessageDigest.getInstance("SHA-1");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-1", e);
            }
        }
    }

    private static final ThreadLocal<Sha1> SHA1 = ThreadLocal.withInitial(Sha1::new);
}
