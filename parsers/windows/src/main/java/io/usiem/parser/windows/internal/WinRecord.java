package io.usiem.parser.windows.internal;

import com.fasterxml.jackson.core.JsonParser;
import io.usiem.api.event.Field;

import java.io.IOException;
import java.util.Arrays;

/**
 * One Windows event as read from any of the JSON shapes, before ECS mapping: the System header values and
 * the EventData/UserData name-value pairs in the order they came. Mutable, used by one parse call.
 */
final class WinRecord {
    /** The JSON shape the record came in, counted by the corpus test and named in the README. */
    enum Shape {
        /** evtx_dump / Windows XML as JSON: {@code {"Event":{"System":{...},"EventData":{...}}}}. */
        EVTX,
        /** Winlogbeat / Elastic Agent: {@code winlog.*}, {@code event.code}, {@code @timestamp}. */
        WINLOGBEAT,
        /** NXLog im_msvistalog (and the OTRF exports): header and EventData names side by side at the top level. */
        NXLOG,
        /** Azure Log Analytics SecurityEvent / WindowsEvent tables (EventData flattened or as a JSON string). */
        LOG_ANALYTICS,
        /** Fluent Bit's in_winevtlog: System members flattened, EventData values by position in StringInserts. */
        FLUENT_BIT,
        /**
         * Windows event XML ({@code <Event xmlns=...>}: wevtutil, WEF, NXLog to_xml, Splunk XmlWinEventLog, Sysmon
         * for Linux over syslog or in a Log Analytics Syslog row).
         */
        XML
    }

    Shape shape;
    String eventId;
    String channel;
    String provider;
    String providerGuid;
    String computer;
    String recordId;
    String task;
    String taskName;
    String opcode;
    String keywords;
    String level;
    String levelName;
    String version;
    String pid;
    String tid;
    String userSid;
    String userName;
    String userDomain;
    String userType;
    String activityId;
    String message;
    /** Times: UTC (or offset) text first choice, zone-less last; see {@link WinTimes}. */
    String timeSystem;
    String timeStamp;
    String timeLocal;
    /** NXLog's EventType (INFO, AUDIT_SUCCESS, AUDIT_FAILURE...). */
    String nxEventType;
    /** Winlogbeat's keyword names; null when the record gave the Keywords mask instead. */
    java.util.List<String> keywordNames;
    /** Unnamed Data values so far (named param1, param2... as Winlogbeat does). */
    int unnamed;
    /** True for Fluent Bit's in_winevtlog records (StringInserts). */
    boolean fluentBit;
    /** True when the line had a field only Log Analytics writes (TenantId, Type). */
    boolean logAnalytics;
    /** A Log Analytics Syslog row's SyslogMessage when it is event XML, else null. */
    String syslogXml;
    /** True when the record was cut short (a relay's message size limit) and holds the values read up to the cut. */
    boolean truncated;

    /** The reader's key table (roles and recent values of each name), or null. */
    Keys keys;
    /** Most records have 5-20 EventData values; Sysmon 1 and 4688 some 25. */
    String[] names = new String[16];
    String[] values = new String[16];
    /** The {@code winlog.event_data.<name>} field of each value when its key gave it, else null. */
    Field[] fields = new Field[16];
    int size;

    /** Bound on the value table a record kept for reuse may have grown to (a hostile line's 10,000 keys are not kept). */
    static final int MAX_KEPT_VALUES = 128;

    /** Empties the record for the next line: every field as a new record has it, but the key table and value arrays. */
    void reset() {
        shape = null;
        eventId = null;
        channel = null;
        provider = null;
        providerGuid = null;
        computer = null;
        recordId = null;
        task = null;
        taskName = null;
        opcode = null;
        keywords = null;
        level = null;
        levelName = null;
        version = null;
        pid = null;
        tid = null;
        userSid = null;
        userName = null;
        userDomain = null;
        userType = null;
        activityId = null;
        message = null;
        timeSystem = null;
        timeStamp = null;
        timeLocal = null;
        nxEventType = null;
        keywordNames = null;
        unnamed = 0;
        fluentBit = false;
        logAnalytics = false;
        syslogXml = null;
        truncated = false;
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        Arrays.fill(fields, 0, size, null);
        size = 0;
    }

    /** Adds the parser's current scalar under a name, its text reused when the name had it recently. */
    void putText(String name, JsonParser p) throws IOException {
        if (keys == null || name == null) {
            put(name, p.getText());
        } else {
            Keys.Key key = keys.get(name);
            put(key, key.text(p));
        }
    }

    /** Adds a value under a key's name, with the key's field. */
    void put(Keys.Key key, String value) {
        put(key.name, value, key.dataField());
    }

    /** Adds a value; a repeated name is added again and the last one wins (see {@link #get}), as in the XML. */
    void put(String name, String value) {
        put(name, value, null);
    }

    private void put(String name, String value, Field field) {
        if (name == null || value == null || name.isEmpty()) {
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
            fields = Arrays.copyOf(fields, size * 2);
        }
        names[size] = name;
        fields[size] = field;
        values[size++] = value;
    }

    /** Renames a value (a Fluent Bit positional one), dropping the field of its old name. */
    void rename(int i, String name) {
        names[i] = name;
        fields[i] = null;
    }

    /** Removes every value of that name; @return the last of them, or null */
    String remove(String name) {
        String last = null;
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                last = values[i];
            } else {
                names[w] = names[i];
                fields[w] = fields[i];
                values[w++] = values[i];
            }
        }
        for (int i = w; i < size; i++) {
            names[i] = null;
            fields[i] = null;
            values[i] = null;
        }
        size = w;
        return last;
    }

    void putUnnamed(String value) {
        if (value != null) {
            put(Names.param(++unnamed), value);
        }
    }

    /** @return the EventData value of that name (the last one), or null; names are Jackson-interned, so identity hits first */
    String get(String name) {
        for (int i = size - 1; i >= 0; i--) {
            if (names[i] == name) {
                return values[i];
            }
        }
        // Mostly a miss (the mappings ask for values a record may lack): names' hashes are cached, compared first.
        int h = name.hashCode();
        for (int i = size - 1; i >= 0; i--) {
            if (names[i].hashCode() == h && names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** @return the value unless absent or one of Windows' placeholders for "none" ({@code -}, empty) */
    String present(String name) {
        String v = get(name);
        return v == null || v.isEmpty() || "-".equals(v) ? null : v;
    }
}
