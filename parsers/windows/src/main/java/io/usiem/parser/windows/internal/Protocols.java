package io.usiem.parser.windows.internal;

import java.util.Locale;

/** IANA protocol numbers (WFP events) and Sysmon's protocol names to ECS network.transport. */
final class Protocols {
    private Protocols() {
    }

    static String transport(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        switch (v) {
            case "6":
            case "tcp":
                return "tcp";
            case "17":
            case "udp":
                return "udp";
            case "1":
                return "icmp";
            case "58":
                return "ipv6-icmp";
            case "2":
                return "igmp";
            default:
                return Character.isLetter(v.charAt(0)) ? v.toLowerCase(Locale.ROOT) : null;
        }
    }
}
