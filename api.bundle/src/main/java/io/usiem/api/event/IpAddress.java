package io.usiem.api.event;

import org.jspecify.annotations.Nullable;
/**
 * An immutable IPv4 or IPv6 address, parsed without name resolution and without exceptions on the
 * hot path ({@link #tryParse(CharSequence)}). IPv4-mapped IPv6 addresses ({@code ::ffff:a.b.c.d}) are
 * normalised to IPv4, as search engines index them. A zone id ({@code %eth0}) is ignored.
 */
public final class IpAddress implements Comparable<IpAddress> {
    private final boolean v4;
    private final long high;
    private final long low;

    private IpAddress(boolean v4, long high, long low) {
        this.v4 = v4;
        this.high = high;
        this.low = low;
    }

    /**
     * @param address the IPv4 address as a big-endian int
     * @return the address
     */
    public static IpAddress ofV4(int address) {
        return new IpAddress(true, 0L, address & 0xFFFFFFFFL);
    }

    /**
     * @param high the upper 64 bits of the IPv6 address
     * @param low the lower 64 bits
     * @return the address (an IPv4 address when it is IPv4-mapped)
     */
    public static IpAddress ofV6(long high, long low) {
        if (high == 0L && (low >>> 32) == 0xFFFFL) {
            return new IpAddress(true, 0L, low & 0xFFFFFFFFL);
        }
        return new IpAddress(false, high, low);
    }

    /**
     * Parses a textual address.
     *
     * @param text dotted IPv4 or IPv6 text
     * @return the address
     * @throws IllegalArgumentException if the text is not an IP address
     */
    public static IpAddress parse(CharSequence text) {
        IpAddress ip = tryParse(text);
        if (ip == null) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        return ip;
    }

    /**
     * Parses a textual address, for hot paths where invalid input is expected.
     *
     * @param text dotted IPv4 or IPv6 text, may be null
     * @return the address, or null when the text is not an IP address
     */
    public static @Nullable IpAddress tryParse(CharSequence text) {
        if (text == null) {
            return null;
        }
        return tryParse(text, 0, text.length());
    }

    /**
     * Parses the address in {@code text[start, end)}.
     *
     * @param text the text holding the address
     * @param start first index
     * @param end index after the last character
     * @return the address, or null when the range is not an IP address
     */
    public static @Nullable IpAddress tryParse(CharSequence text, int start, int end) {
        int len = end - start;
        if (len < 2 || len > 64) {
            return null;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == ':') {
                return parseV6(text, start, end);
            }
        }
        long v = parseV4(text, start, end);
        return v < 0 ? null : new IpAddress(true, 0L, v);
    }

    /** Returns the IPv4 value as unsigned int in a long, or -1 when invalid. */
    private static long parseV4(CharSequence s, int start, int end) {
        long result = 0;
        int octets = 0;
        int i = start;
        while (i < end) {
            int value = 0;
            int digits = 0;
            while (i < end) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                if (digits > 0 && value == 0) {
                    return -1; // leading zeros are ambiguous (octal in some stacks)
                }
                value = value * 10 + (c - '0');
                digits++;
                i++;
                if (value > 255) {
                    return -1;
                }
            }
            if (digits == 0) {
                return -1;
            }
            result = (result << 8) | value;
            octets++;
            if (i == end) {
                break;
            }
            if (s.charAt(i) != '.' || octets == 4) {
                return -1;
            }
            i++;
            if (i == end) {
                return -1;
            }
        }
        return octets == 4 ? result : -1;
    }

    private static IpAddress parseV6(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == '%') {
                end = i;
                break;
            }
        }
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = start;
        if (end - start >= 2 && s.charAt(i) == ':' && s.charAt(i + 1) == ':') {
            gap = 0;
            i += 2;
        } else if (s.charAt(i) == ':') {
            return null;
        }
        while (i < end) {
            if (count == 8) {
                return null;
            }
            int groupStart = i;
            int value = 0;
            while (i < end && i - groupStart < 5) {
                int d = Character.digit(s.charAt(i), 16);
                if (d < 0) {
                    break;
                }
                value = (value << 4) | d;
                i++;
            }
            int digits = i - groupStart;
            if (i < end && s.charAt(i) == '.') {
                // Embedded IPv4 in the last 32 bits.
                if (count > 6) {
                    return null;
                }
                long v4 = parseV4(s, groupStart, end);
                if (v4 < 0) {
                    return null;
                }
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xFFFF);
                i = end;
                break;
            }
            if (digits == 0 || digits > 4) {
                return null;
            }
            groups[count++] = value;
            if (i == end) {
                break;
            }
            if (s.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < end && s.charAt(i) == ':') {
                if (gap >= 0) {
                    return null;
                }
                gap = count;
                i++;
            } else if (i == end) {
                return null;
            }
        }
        if (gap < 0 && count != 8) {
            return null;
        }
        if (gap >= 0) {
            if (count == 8) {
                return null;
            }
            int move = count - gap;
            System.arraycopy(groups, gap, groups, 8 - move, move);
            for (int k = gap; k < 8 - move; k++) {
                groups[k] = 0;
            }
        }
        long hi = 0;
        long lo = 0;
        for (int k = 0; k < 4; k++) {
            hi = (hi << 16) | groups[k];
            lo = (lo << 16) | groups[k + 4];
        }
        return ofV6(hi, lo);
    }

    /** @return true for IPv4 */
    public boolean isV4() {
        return v4;
    }

    /** @return the IPv4 address as big-endian int; meaningless for IPv6 */
    public int v4() {
        return (int) low;
    }

    /** @return upper 64 bits of the IPv6 form (0 for IPv4) */
    public long high() {
        return v4 ? 0L : high;
    }

    /** @return lower 64 bits of the IPv6 form (IPv4-mapped for IPv4) */
    public long low() {
        return v4 ? (0xFFFF_0000_0000L | low) : low;
    }

    /**
     * @param network the network address
     * @param prefixLength the CIDR prefix length (0-32 for IPv4, 0-128 for IPv6)
     * @return whether this address lies in {@code network/prefixLength}; false across families
     */
    public boolean isIn(IpAddress network, int prefixLength) {
        if (network.v4 != v4) {
            return false;
        }
        if (v4) {
            if (prefixLength <= 0) {
                return true;
            }
            long mask = (0xFFFFFFFFL << (32 - Math.min(32, prefixLength))) & 0xFFFFFFFFL;
            return (low & mask) == (network.low & mask);
        }
        if (prefixLength <= 0) {
            return true;
        }
        if (prefixLength <= 64) {
            long mask = prefixLength == 64 ? -1L : ~(-1L >>> prefixLength);
            return (high & mask) == (network.high & mask);
        }
        int bits = Math.min(128, prefixLength) - 64;
        long mask = bits == 64 ? -1L : ~(-1L >>> bits);
        return high == network.high && (low & mask) == (network.low & mask);
    }

    /**
     * Whether this is a public unicast address, one a location or a reputation can exist for: false for the
     * unspecified and loopback addresses, private networks (RFC 1918, fc00::/7), shared address space (CGNAT,
     * 100.64.0.0/10), link-local, multicast, and IPv4's 0.0.0.0/8 and 240.0.0.0/4. An IPv4-mapped IPv6 address
     * ({@code ::ffff:a.b.c.d}) is judged as its IPv4 address. Documentation ranges (RFC 5737, 2001:db8::/32)
     * count as public, as the addresses they stand for in examples would be.
     *
     * @return whether the address is public
     * @since 1.1
     */
    public boolean isPublic() {
        if (v4 || (high == 0 && (low >>> 32) == 0xFFFFL)) {
            int a = (int) low;
            int o1 = a >>> 24;
            int o2 = (a >>> 16) & 0xFF;
            return !(o1 == 0 || o1 == 10 || o1 == 127 || o1 >= 224
                    || o1 == 169 && o2 == 254
                    || o1 == 172 && o2 >= 16 && o2 < 32
                    || o1 == 192 && o2 == 168
                    || o1 == 100 && o2 >= 64 && o2 < 128);
        }
        int top16 = (int) (high >>> 48);
        return !(high == 0 // ::, ::1, IPv4-compatible
                || (top16 & 0xFE00) == 0xFC00 // fc00::/7 unique local
                || (top16 & 0xFFC0) == 0xFE80 // fe80::/10 link-local
                || (top16 & 0xFF00) == 0xFF00); // ff00::/8 multicast
    }

    /** @return 4 or 16 bytes in network order */
    public byte[] toBytes() {
        if (v4) {
            return new byte[] {(byte) (low >>> 24), (byte) (low >>> 16), (byte) (low >>> 8), (byte) low};
        }
        byte[] b = new byte[16];
        for (int k = 0; k < 8; k++) {
            b[k] = (byte) (high >>> (56 - 8 * k));
            b[k + 8] = (byte) (low >>> (56 - 8 * k));
        }
        return b;
    }

    @Override
    public String toString() {
        if (v4) {
            return ((low >>> 24) & 0xFF) + "." + ((low >>> 16) & 0xFF) + "." + ((low >>> 8) & 0xFF) + "." + (low & 0xFF);
        }
        int[] g = new int[8];
        for (int k = 0; k < 4; k++) {
            g[k] = (int) ((high >>> (48 - 16 * k)) & 0xFFFF);
            g[k + 4] = (int) ((low >>> (48 - 16 * k)) & 0xFFFF);
        }
        // RFC 5952: compress the longest run (of at least two) of zero groups, the first on a tie.
        int bestStart = -1;
        int bestLen = 1;
        for (int k = 0; k < 8; ) {
            if (g[k] != 0) {
                k++;
                continue;
            }
            int j = k;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - k > bestLen) {
                bestStart = k;
                bestLen = j - k;
            }
            k = j;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int k = 0; k < 8; k++) {
            if (k == bestStart) {
                sb.append("::");
                k += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[k]));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IpAddress)) {
            return false;
        }
        IpAddress other = (IpAddress) o;
        return other.v4 == v4 && other.high == high && other.low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high * 31 + low) + (v4 ? 1 : 0);
    }

    @Override
    public int compareTo(IpAddress o) {
        int c = Long.compareUnsigned(high(), o.high());
        return c != 0 ? c : Long.compareUnsigned(low(), o.low());
    }
}
