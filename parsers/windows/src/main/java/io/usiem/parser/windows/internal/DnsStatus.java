package io.usiem.parser.windows.internal;

/** Sysmon 22's QueryStatus (a Win32 DNS status) to the DNS response code names ECS uses. */
final class DnsStatus {
    private DnsStatus() {
    }

    static String responseCode(String status) {
        return switch (status) {
            case "0" -> "NOERROR";
            case "9001" -> "FORMERR";
            case "9002" -> "SERVFAIL";
            case "9003" -> "NXDOMAIN";
            case "9004" -> "NOTIMP";
            case "9005" -> "REFUSED";
            case "9006" -> "YXDOMAIN";
            case "9007" -> "YXRRSET";
            case "9008" -> "NXRRSET";
            case "9009" -> "NOTAUTH";
            case "9010" -> "NOTZONE";
            case "9501" -> "NODATA"; // DNS_INFO_NO_RECORDS: the name exists without records of the type
            default -> status;
        };
    }
}
