package io.usiem.parser.windows.internal;

import io.usiem.api.event.LogSource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Channel to Sigma service (the taxonomy's windows-* logsources), and event id to Sigma category for the
 * channels whose rules are written per category (Sysmon, PowerShell, Security 4688).
 */
final class WinChannels {
    /** What a channel is to this parser. */
    enum Kind { SECURITY, SYSMON, SYSMON_LINUX, POWERSHELL, POWERSHELL_CLASSIC, SYSTEM, OTHER }

    /** Sysmon for Linux's channel: the same event XML as Windows Sysmon, about a Linux host. */
    static final String SYSMON_LINUX_CHANNEL = "Linux-Sysmon/Operational";
    /**
     * Sysmon for Linux's logsource: product linux, as SigmaHQ's Linux rules name it; service sysmon, as for
     * Windows Sysmon (rules naming only product and category are free of it).
     */
    static final LogSource LINUX_SYSMON = LogSource.of("linux", "sysmon", null);

    static final String PRODUCT = "windows";
    private static final Map<String, String> SERVICES = new HashMap<>();
    private static final Map<String, LogSource> BY_SERVICE = new HashMap<>();
    private static final Map<String, LogSource> BY_CHANNEL = new HashMap<>();
    static final LogSource WINDOWS = LogSource.of(PRODUCT, null, null);
    private static final String[] SYSMON_CATEGORIES = new String[30];

    static {
        service("security", "Security");
        service("system", "System");
        service("application", "Application");
        service("sysmon", "Microsoft-Windows-Sysmon/Operational");
        service("powershell", "Microsoft-Windows-PowerShell/Operational", "PowerShellCore/Operational");
        service("powershell-classic", "Windows PowerShell");
        service("taskscheduler", "Microsoft-Windows-TaskScheduler/Operational");
        service("wmi", "Microsoft-Windows-WMI-Activity/Operational");
        service("ntlm", "Microsoft-Windows-NTLM/Operational");
        service("dhcp", "Microsoft-Windows-DHCP-Server/Operational");
        service("printservice-admin", "Microsoft-Windows-PrintService/Admin");
        service("printservice-operational", "Microsoft-Windows-PrintService/Operational");
        service("smbclient-security", "Microsoft-Windows-SmbClient/Security");
        service("smbclient-connectivity", "Microsoft-Windows-SmbClient/Connectivity");
        service("smbserver-connectivity", "Microsoft-Windows-SMBServer/Connectivity");
        service("terminalservices-localsessionmanager", "Microsoft-Windows-TerminalServices-LocalSessionManager/Operational");
        service("codeintegrity-operational", "Microsoft-Windows-CodeIntegrity/Operational");
        service("applocker", "Microsoft-Windows-AppLocker/MSI and Script", "Microsoft-Windows-AppLocker/EXE and DLL",
                "Microsoft-Windows-AppLocker/Packaged app-Deployment", "Microsoft-Windows-AppLocker/Packaged app-Execution");
        service("msexchange-management", "MSExchange Management");
        service("windefend", "Microsoft-Windows-Windows Defender/Operational");
        service("firewall-as", "Microsoft-Windows-Windows Firewall With Advanced Security/Firewall");
        service("bits-client", "Microsoft-Windows-Bits-Client/Operational");
        service("security-mitigations", "Microsoft-Windows-Security-Mitigations/Kernel Mode",
                "Microsoft-Windows-Security-Mitigations/User Mode");
        service("diagnosis-scripted", "Microsoft-Windows-Diagnosis-Scripted/Operational");
        service("shell-core", "Microsoft-Windows-Shell-Core/Operational");
        service("openssh", "OpenSSH/Operational");
        service("ldap", "Microsoft-Windows-LDAP-Client/Debug");
        service("bitlocker", "Microsoft-Windows-BitLocker/BitLocker Management");
        service("vhdmp", "Microsoft-Windows-VHDMP/Operational");
        service("appxdeployment-server", "Microsoft-Windows-AppXDeploymentServer/Operational");
        service("lsa-server", "Microsoft-Windows-LSA/Operational");
        service("appxpackaging-om", "Microsoft-Windows-AppxPackaging/Operational");
        service("dns-client", "Microsoft-Windows-DNS Client Events/Operational");
        service("appmodel-runtime", "Microsoft-Windows-AppModel-Runtime/Admin");
        service("capi2", "Microsoft-Windows-CAPI2/Operational");
        service("certificateservicesclient-lifecycle-system",
                "Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational");
        service("kernel-shimengine", "Microsoft-Windows-Kernel-ShimEngine/Operational",
                "Microsoft-Windows-Kernel-ShimEngine/Diagnostic");
        service("application-experience", "Microsoft-Windows-Application-Experience/Program-Telemetry",
                "Microsoft-Windows-Application-Experience/Program-Compatibility-Assistant");
        service("ntfs", "Microsoft-Windows-Ntfs/Operational");
        service("hyper-v-worker", "Microsoft-Windows-Hyper-V-Worker");
        service("kernel-event-tracing", "Microsoft-Windows-Kernel-EventTracing");
        service("sense", "Microsoft-Windows-SENSE/Operational");
        service("servicebus-client", "Microsoft-ServiceBus-Client/Admin", "Microsoft-ServiceBus-Client/Operational");
        service("iis-configuration", "Microsoft-IIS-Configuration/Operational");
        service("dns-server", "DNS Server");
        service("dns-server-analytic", "Microsoft-Windows-DNSServer/Analytical");
        service("driver-framework", "Microsoft-Windows-DriverFrameworks-UserMode/Operational");

        String[] c = SYSMON_CATEGORIES;
        c[1] = "process_creation";
        c[2] = "file_change";
        c[3] = "network_connection";
        c[4] = "sysmon_status";
        c[5] = "process_termination";
        c[6] = "driver_load";
        c[7] = "image_load";
        c[8] = "create_remote_thread";
        c[9] = "raw_access_thread";
        c[10] = "process_access";
        c[11] = "file_event";
        c[12] = "registry_add";
        c[13] = "registry_set";
        c[14] = "registry_rename";
        c[15] = "create_stream_hash";
        c[16] = "sysmon_status";
        c[17] = "pipe_created";
        c[18] = "pipe_created";
        c[19] = "wmi_event";
        c[20] = "wmi_event";
        c[21] = "wmi_event";
        c[22] = "dns_query";
        c[23] = "file_delete";
        c[24] = "clipboard_change";
        c[25] = "process_tampering";
        c[26] = "file_delete_detected";
        c[27] = "file_block_executable";
        c[28] = "file_block_shredding";
        c[29] = "file_executable_detected";
    }

    private WinChannels() {
    }

    private static void service(String service, String... channels) {
        BY_SERVICE.put(service, LogSource.of(PRODUCT, service, null));
        for (String ch : channels) {
            SERVICES.put(ch.toLowerCase(Locale.ROOT), service);
            BY_CHANNEL.put(ch, BY_SERVICE.get(service));
        }
    }

    static Kind kind(String channel) {
        if (channel == null) {
            return Kind.OTHER;
        }
        switch (channel.length()) {
            case 8:
                return channel.equalsIgnoreCase("Security") ? Kind.SECURITY : Kind.OTHER;
            case 6:
                return channel.equalsIgnoreCase("System") ? Kind.SYSTEM : Kind.OTHER;
            case 36:
                return channel.equalsIgnoreCase("Microsoft-Windows-Sysmon/Operational") ? Kind.SYSMON : Kind.OTHER;
            case 40:
                return channel.equalsIgnoreCase("Microsoft-Windows-PowerShell/Operational") ? Kind.POWERSHELL : Kind.OTHER;
            case 26:
                return channel.equalsIgnoreCase("PowerShellCore/Operational") ? Kind.POWERSHELL : Kind.OTHER;
            case 24:
                return channel.equalsIgnoreCase(SYSMON_LINUX_CHANNEL) ? Kind.SYSMON_LINUX : Kind.OTHER;
            case 18:
                return channel.equalsIgnoreCase("Windows PowerShell") ? Kind.POWERSHELL_CLASSIC : Kind.OTHER;
            default:
                return Kind.OTHER;
        }
    }

    /** @return the logsource of the channel (product windows, the service when Sigma names one) */
    static LogSource logSource(String channel) {
        if (channel == null) {
            return WINDOWS;
        }
        LogSource exact = BY_CHANNEL.get(channel); // channels come spelled as the manifest spells them
        if (exact != null) {
            return exact;
        }
        String service = SERVICES.get(channel.toLowerCase(Locale.ROOT));
        return service == null ? WINDOWS : BY_SERVICE.get(service);
    }

    /**
     * @param id Sysmon event id
     * @param eventType Sysmon's EventType data (12: CreateKey, DeleteKey, DeleteValue...)
     * @return the Sigma category, or null
     */
    static String sysmonCategory(int id, String eventType) {
        if (id == 12 && eventType != null && eventType.startsWith("Delete")) {
            return "registry_delete";
        }
        if (id == 255) {
            return "sysmon_error";
        }
        return id > 0 && id < SYSMON_CATEGORIES.length ? SYSMON_CATEGORIES[id] : null;
    }

    /** @return the channel a kind's events are written to, or {@code fallback} for other kinds */
    static String channelOf(Kind kind, String fallback) {
        return switch (kind) {
            case SECURITY -> "Security";
            case SYSTEM -> "System";
            case SYSMON -> "Microsoft-Windows-Sysmon/Operational";
            case SYSMON_LINUX -> SYSMON_LINUX_CHANNEL;
            case POWERSHELL -> "Microsoft-Windows-PowerShell/Operational";
            case POWERSHELL_CLASSIC -> "Windows PowerShell";
            default -> fallback;
        };
    }

    /**
     * @return the ECS dataset, as Elastic's System and Windows integrations name them; Sysmon for Linux as
     *     Elastic's Sysmon for Linux integration does (its one data stream, {@code sysmon_linux.log})
     */
    static String dataset(Kind kind, String channel) {
        return switch (kind) {
            case SECURITY -> "system.security";
            case SYSTEM -> "system.system";
            case SYSMON -> "windows.sysmon_operational";
            case SYSMON_LINUX -> "sysmon_linux.log";
            case POWERSHELL -> "windows.powershell_operational";
            case POWERSHELL_CLASSIC -> "windows.powershell";
            default -> "Application".equalsIgnoreCase(channel) ? "system.application" : "windows.forwarded";
        };
    }

    /** @return event.module as Winlogbeat's modules set it */
    static String module(Kind kind) {
        return switch (kind) {
            case SECURITY -> "security";
            case SYSMON, SYSMON_LINUX -> "sysmon";
            case POWERSHELL, POWERSHELL_CLASSIC -> "powershell";
            default -> "windows";
        };
    }
}
