package io.usiem.connector.sysloginput.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Datagrams the operating system dropped before the listener could read them (its receive buffer was full), read
 * from Linux's {@code /proc/net/udp} and {@code /proc/net/udp6} for the listener's port. These drops happen below
 * Netty, so without this they would be silent. Elsewhere the figure is unknown and not reported.
 */
final class UdpSocketDrops {
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/udp"), Path.of("/proc/net/udp6"));

    private UdpSocketDrops() {
    }

    /** @param port the listener's local port @return datagrams dropped on sockets bound to it, or -1 when unknown */
    static long dropped(int port) {
        String hexPort = ":" + String.format(Locale.ROOT, "%04X", port);
        long total = -1;
        for (Path table : TABLES) {
            if (!Files.isReadable(table)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(table)) {
                    String[] cols = line.trim().split("\\s+");
                    // sl local_address rem_address st ... drops (the last column)
                    if (cols.length > 3 && cols[1].endsWith(hexPort)) {
                        total = Math.max(total, 0) + Long.parseLong(cols[cols.length - 1]);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return total;
            }
        }
        return total;
    }
}
