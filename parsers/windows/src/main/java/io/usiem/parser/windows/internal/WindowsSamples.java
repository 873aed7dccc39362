package io.usiem.parser.windows.internal;

import io.usiem.api.event.LogSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser's published samples (real OTRF Security-Datasets records, MIT, and records written from the
 * evtx_dump and Winlogbeat formats and as event XML, Sysmon for Linux's syslog line among them; see
 * samples.jsonl beside this class) and the Sigma logsources its events carry.
 */
final class WindowsSamples {
    static final String[] SAMPLES = load();

    static final LogSource[] LOG_SOURCES = {
        LogSource.of("windows", "security", null), LogSource.of("windows", "security", "process_creation"),
        LogSource.of("windows", "system", null), LogSource.of("windows", "application", null),
        LogSource.of("windows", "sysmon", "process_creation"), LogSource.of("windows", "sysmon", "file_change"),
        LogSource.of("windows", "sysmon", "network_connection"), LogSource.of("windows", "sysmon", "process_termination"),
        LogSource.of("windows", "sysmon", "driver_load"), LogSource.of("windows", "sysmon", "image_load"),
        LogSource.of("windows", "sysmon", "create_remote_thread"), LogSource.of("windows", "sysmon", "raw_access_thread"),
        LogSource.of("windows", "sysmon", "process_access"), LogSource.of("windows", "sysmon", "file_event"),
        LogSource.of("windows", "sysmon", "registry_add"), LogSource.of("windows", "sysmon", "registry_delete"),
        LogSource.of("windows", "sysmon", "registry_set"), LogSource.of("windows", "sysmon", "registry_rename"),
        LogSource.of("windows", "sysmon", "create_stream_hash"), LogSource.of("windows", "sysmon", "pipe_created"),
        LogSource.of("windows", "sysmon", "wmi_event"), LogSource.of("windows", "sysmon", "dns_query"),
        LogSource.of("windows", "sysmon", "file_delete"), LogSource.of("windows", "sysmon", "clipboard_change"),
        LogSource.of("windows", "sysmon", "process_tampering"), LogSource.of("windows", "sysmon", "file_delete_detected"),
        LogSource.of("windows", "sysmon", "file_block_executable"), LogSource.of("windows", "sysmon", "file_block_shredding"),
        LogSource.of("windows", "sysmon", "file_executable_detected"), LogSource.of("windows", "sysmon", "sysmon_status"),
        LogSource.of("windows", "powershell", "ps_script"), LogSource.of("windows", "powershell", "ps_module"),
        LogSource.of("windows", "powershell-classic", "ps_classic_start"),
        LogSource.of("windows", "powershell-classic", "ps_classic_provider_start"),
        LogSource.of("windows", "powershell-classic", "ps_classic_script"),
        LogSource.of("windows", "taskscheduler", null), LogSource.of("windows", "wmi", null),
        LogSource.of("windows", "windefend", null), LogSource.of("windows", null, null),
        LogSource.of("linux", "sysmon", "process_creation"), LogSource.of("linux", "sysmon", "network_connection"),
        LogSource.of("linux", "sysmon", "process_termination"), LogSource.of("linux", "sysmon", "raw_access_thread"),
        LogSource.of("linux", "sysmon", "file_event"), LogSource.of("linux", "sysmon", "file_delete"),
        LogSource.of("linux", "sysmon", "sysmon_status"), LogSource.of("linux", "sysmon", null)};

    private WindowsSamples() {
    }

    private static String[] load() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = WindowsSamples.class.getResourceAsStream("samples.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("samples.jsonl is missing from the bundle");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.toArray(new String[0]);
    }
}
