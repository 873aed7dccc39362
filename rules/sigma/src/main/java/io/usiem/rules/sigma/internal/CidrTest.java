package io.usiem.rules.sigma.internal;

import io.usiem.api.event.IpAddress;

/** The {@code cidr} modifier, IPv4 and IPv6. */
final class CidrTest implements ValueTest {
    private final IpAddress network;
    private final int prefix;
    private final String text;

    CidrTest(String cidr) {
        this.text = cidr;
        int slash = cidr.indexOf('/');
        IpAddress net = IpAddress.tryParse(slash < 0 ? cidr : cidr.substring(0, slash));
        if (net == null) {
            throw new RuleException("cidr modifier needs a network such as 10.0.0.0/8, got '" + cidr + "'");
        }
        int max = net.isV4() ? 32 : 128;
        int len = max;
        if (slash >= 0) {
            try {
                len = Integer.parseInt(cidr.substring(slash + 1).trim());
            } catch (NumberFormatException e) {
                len = -1;
            }
        }
        if (len < 0 || len > max) {
            throw new RuleException("cidr modifier: bad prefix length in '" + cidr + "'");
        }
        this.network = net;
        this.prefix = len;
    }

    @Override
    public boolean test(String value, String folded, EventView view) {
        IpAddress ip = IpAddress.tryParse(value);
        return ip != null && ip.isIn(network, prefix);
    }

    @Override
    public String toString() {
        return "cidr " + text;
    }
}
