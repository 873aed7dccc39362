package io.usiem.parser.windows.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

import java.util.List;

/** Sysmon's TargetObject and Details to ECS registry.path/hive/key/value and registry.data.*. */
final class RegistryPaths {
    private RegistryPaths() {
    }

    static void map(EventBuilder b, String path, boolean endsWithValue) {
        b.set(Fields.REGISTRY_PATH, path);
        int first = path.indexOf('\\');
        String hive;
        int keyStart;
        if (path.regionMatches(true, 0, "\\REGISTRY\\MACHINE", 0, 17)) {
            hive = "HKLM";
            keyStart = 18;
        } else if (path.regionMatches(true, 0, "\\REGISTRY\\USER", 0, 14)) {
            hive = "HKU";
            keyStart = 15;
        } else if (first > 0) {
            hive = hive(path.substring(0, first));
            keyStart = first + 1;
        } else {
            String only = hive(path); // the hive itself (Sysmon 12 on HKCR)
            if (only != null) {
                b.set(WinFields.REGISTRY_HIVE, only);
            }
            return;
        }
        if (hive != null) {
            b.set(WinFields.REGISTRY_HIVE, hive);
        }
        if (keyStart >= path.length()) {
            return;
        }
        int last = path.lastIndexOf('\\');
        if (endsWithValue && last >= keyStart) {
            if (last > keyStart) {
                b.set(Fields.REGISTRY_KEY, path.substring(keyStart, last));
            }
            if (last + 1 < path.length()) {
                b.set(Fields.REGISTRY_VALUE, path.substring(last + 1));
            }
        } else if (endsWithValue && last < keyStart) {
            b.set(Fields.REGISTRY_VALUE, path.substring(keyStart));
        } else {
            b.set(Fields.REGISTRY_KEY, path.substring(keyStart));
        }
    }

    private static String hive(String h) {
        return switch (h.toUpperCase(java.util.Locale.ROOT)) {
            case "HKLM", "HKEY_LOCAL_MACHINE" -> "HKLM";
            case "HKU", "HKEY_USERS" -> "HKU";
            case "HKCU", "HKEY_CURRENT_USER" -> "HKCU";
            case "HKCR", "HKEY_CLASSES_ROOT" -> "HKCR";
            case "HKCC", "HKEY_CURRENT_CONFIG" -> "HKCC";
            default -> null;
        };
    }

    /** Details: {@code DWORD (0x00000001)} is SZ_DWORD 1, {@code QWORD (0x...-0x...)} SZ_QWORD, {@code Binary Data} REG_BINARY, else text. */
    static void data(EventBuilder b, String details) {
        if (details == null || details.isEmpty()) {
            return;
        }
        if (details.startsWith("DWORD (0x") && details.endsWith(")")) {
            long n = Ecs.number(details.substring(7, details.length() - 1));
            b.set(WinFields.REGISTRY_DATA_TYPE, "SZ_DWORD");
            b.set(Fields.REGISTRY_DATA_STRINGS, List.of(n >= 0 ? Long.toString(n) : details));
        } else if (details.startsWith("QWORD (")) {
            b.set(WinFields.REGISTRY_DATA_TYPE, "SZ_QWORD");
            b.set(Fields.REGISTRY_DATA_STRINGS, List.of(details));
        } else if (details.startsWith("Binary Data")) {
            b.set(WinFields.REGISTRY_DATA_TYPE, "REG_BINARY");
        } else {
            b.set(WinFields.REGISTRY_DATA_TYPE, "SZ_SZ");
            b.set(Fields.REGISTRY_DATA_STRINGS, List.of(details));
        }
    }
}
