package io.usiem.parser.syslog.internal;

import io.usiem.api.event.LogSource;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The Sigma logsource of a syslog line by the program that wrote it: a Linux daemon's line is product {@code linux}
 * (SigmaHQ's {@code linux} rules with service {@code syslog}, {@code cron}, {@code sshd}, {@code vsftpd}, {@code clamav},
 * {@code guacamole}, or none), anything else stays the catch-all's product-less {@code syslog}. The programs are those
 * of a Linux distribution's own syslog (kernel, systemd, cron, the base daemons): a program name alone does not tell a
 * Linux host from another Unix, which differ little for these rules, and a device's own programs (a router's, an
 * appliance's) are not on the list.
 */
final class LinuxPrograms {
    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("cron", "cron"), Map.entry("CRON", "cron"), Map.entry("crond", "cron"), Map.entry("anacron", "cron"),
            Map.entry("crontab", "cron"), Map.entry("sshd", "sshd"), Map.entry("sshd-session", "sshd"),
            Map.entry("vsftpd", "vsftpd"), Map.entry("clamd", "clamav"), Map.entry("freshclam", "clamav"),
            Map.entry("clamav-milter", "clamav"), Map.entry("guacd", "guacamole"), Map.entry("guacamole", "guacamole"));
    private static final Set<String> DAEMONS = Set.of("kernel", "init", "named", "bind", "dhclient", "dhcpd", "dnsmasq",
            "NetworkManager", "nm-dispatcher", "wpa_supplicant", "rsyslogd", "syslog-ng", "auditd", "audispd", "polkitd",
            "dbus-daemon", "dbus-broker", "snapd", "containerd", "dockerd", "kubelet", "firewalld", "ufw", "iptables",
            "sudo", "su", "login", "agetty", "passwd", "useradd", "userdel", "usermod", "groupadd", "groupdel", "chpasswd",
            "udevd", "multipathd", "irqbalance", "smartd", "ntpd", "chronyd", "avahi-daemon", "accounts-daemon",
            "xinetd", "proftpd", "pure-ftpd", "in.tftpd", "postfix", "dovecot", "sendmail", "exim", "apt", "apt-get",
            "dpkg", "yum", "dnf", "rpm", "packagekitd", "unattended-upgrade", "logrotate", "anacron", "atd", "ModemManager",
            "bluetoothd", "cupsd", "lvm", "mdadm", "mount", "umount", "pam_unix", "unix_chkpwd", "gdm", "lightdm",
            "gnome-shell", "pulseaudio", "pipewire", "thermald", "rtkit-daemon", "colord", "fwupd", "tailscaled",
            "osqueryd", "falcon-sensor", "cbdaemon", "auoms", "sysmon", "mysqld", "mariadbd", "postgres", "sssd",
            "winbindd", "smbd", "nmbd", "nslcd", "ypbind", "nscd", "haveged", "rngd", "atopacctd", "sm-notify",
            "rpcbind", "rpc.statd", "nfsd", "exportfs", "keepalived", "haproxy", "corosync", "pacemakerd", "sudo-rs");
    private static final LogSource[] BY_SERVICE = {LogSource.of("linux", "syslog", null), LogSource.of("linux", "cron", null),
        LogSource.of("linux", "sshd", null), LogSource.of("linux", "vsftpd", null), LogSource.of("linux", "clamav", null),
        LogSource.of("linux", "guacamole", null)};

    private LinuxPrograms() {
    }

    /** @return every logsource this gives, for the parser's metadata */
    static LogSource[] all() {
        return BY_SERVICE.clone();
    }

    /**
     * @param program the syslog app name (tag), or null
     * @return the Linux logsource of that program's lines, or null when the program is not a Linux one
     */
    static @Nullable LogSource logSource(@Nullable String program) {
        if (program == null || program.isEmpty()) {
            return null;
        }
        String service = SERVICES.get(program);
        if (service == null) {
            if (!(DAEMONS.contains(program) || program.startsWith("systemd") || program.startsWith("postfix/")
                    || program.startsWith("dovecot") || program.startsWith("kworker"))) {
                return null;
            }
            service = "syslog";
        }
        for (LogSource ls : BY_SERVICE) {
            if (ls.service().equals(service)) {
                return ls;
            }
        }
        return null;
    }
}
