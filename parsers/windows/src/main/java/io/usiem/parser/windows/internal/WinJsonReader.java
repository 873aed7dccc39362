package io.usiem.parser.windows.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads a line of JSON into {@link WinRecord}s with Jackson's streaming parser, whatever the shape:
 * evtx_dump's {@code Event.System}/{@code Event.EventData} (with {@code #attributes}), Winlogbeat's
 * {@code winlog.*}, or a flattened record (NXLog, Log Analytics). A top-level array gives one record per
 * object. Thread-safe: all state is per call.
 */
final class WinJsonReader {
    /** Result of {@link #read}: the records, or why not. */
    static final class Outcome {
        final List<WinRecord> records;
        final String error;
        final boolean notMine;
        /** A Log Analytics Syslog row's or a shipper's message that is event XML (Sysmon for Linux), for the XML reader. */
        final String embeddedXml;

        Outcome(List<WinRecord> records, String error, boolean notMine) {
            this(records, error, notMine, null);
        }

        Outcome(List<WinRecord> records, String error, boolean notMine, String embeddedXml) {
            this.records = records;
            this.error = error;
            this.notMine = notMine;
            this.embeddedXml = embeddedXml;
        }
    }

    private static final Outcome NOT_MINE = new Outcome(List.of(), null, true);
    private final JsonFactory factory;
    /** Channels, providers, computers, accounts and process names repeat from record to record. */
    private final Keys keys = new Keys();
    private final int maxRecords;
    /**
     * A record the parser has mapped and handed back, for the next line: a record and its value tables are
     * a tenth of what a line allocates. Taken by one thread at a time; a thread finding none makes one.
     */
    private final AtomicReference<WinRecord> spare = new AtomicReference<>();

    WinJsonReader(JsonFactory factory, int maxRecords) {
        this.factory = factory;
        this.maxRecords = maxRecords;
    }

    Outcome read(String text, int start) {
        List<WinRecord> out = new ArrayList<>(1);
        WinRecord current = null;
        try (JsonParser p = factory.createParser(start == 0 ? text : text.substring(start))) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                current = take();
                readTop(p, current);
                out.add(current);
            } else if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                    current = new WinRecord();
                    current.keys = keys;
                    readTop(p, current);
                    if (out.size() < maxRecords) {
                        out.add(current);
                    }
                }
                if (t != JsonToken.END_ARRAY) {
                    return looksWindows(current) || !out.isEmpty()
                            ? new Outcome(List.of(), "a record array holds something other than objects", false) : NOT_MINE;
                }
            } else {
                return NOT_MINE;
            }
            if (p.nextToken() != null) {
                return new Outcome(List.of(), "content after the end of the JSON record", false);
            }
        } catch (JsonProcessingException e) {
            if (looksWindows(current) || !out.isEmpty()) {
                return new Outcome(List.of(), "malformed JSON: " + e.getOriginalMessage(), false);
            }
            return NOT_MINE;
        } catch (IOException e) {
            return new Outcome(List.of(), "unreadable JSON: " + e.getMessage(), false);
        }
        for (WinRecord r : out) {
            if (!looksWindows(r)) {
                // A Log Analytics Syslog row, or a shipper's JSON (Filebeat, Elastic Agent, Fluent Bit) whose message is
                // the syslog line, is not a Windows record, but the event XML Sysmon for Linux wrote in it is.
                String xml = out.size() != 1 ? null : r.logAnalytics && r.syslogXml != null ? r.syslogXml
                        : r.message != null && XmlScan.xmlStart(r.message) >= 0 ? r.message : null;
                return xml != null ? new Outcome(List.of(), null, true, xml) : NOT_MINE;
            }
            finish(r);
        }
        return out.isEmpty() ? NOT_MINE : new Outcome(out, null, false);
    }

    private WinRecord take() {
        WinRecord r = spare.getAndSet(null);
        if (r == null) {
            r = new WinRecord();
            r.keys = keys;
        }
        return r;
    }

    /** Hands back a record whose event is built (nothing of the event refers to the record or its tables). */
    void release(WinRecord r) {
        if (r.names.length <= WinRecord.MAX_KEPT_VALUES) {
            r.reset();
            spare.set(r);
        }
    }

    /** A Windows record names its event id and where it came from; AAD, CloudTrail or Syslog rows do not. */
    private static boolean looksWindows(WinRecord r) {
        return r != null && (r.shape == WinRecord.Shape.EVTX || r.shape == WinRecord.Shape.WINLOGBEAT
                || (r.eventId != null && (r.channel != null || r.provider != null || r.computer != null)));
    }

    /** A top-level value of a flat record by its name, as the NXLog shape has it (NXLog's XML: {@code to_xml}). */
    void flatValue(String name, String value, WinRecord r) {
        if (value != null && !name.isEmpty()) {
            Keys.Key key = keys.get(name);
            if (key.top == Keys.TOP_MESSAGE) {
                r.message = value;
            } else if (key.role != FlatKeys.IGNORE) {
                flat(key, value, r);
            }
        }
    }

    /** Completes a flat record as {@link #read} does (the NXLog header's user, Fluent Bit's positions). */
    static void finishFlat(WinRecord r) {
        r.shape = null;
        finish(r);
    }

    private static void finish(WinRecord r) {
        if (r.fluentBit) {
            // Fluent Bit's ProcessID and ThreadID are the System header (NXLog's WFP events have a ProcessID datum).
            r.pid = r.remove("ProcessID");
            r.tid = r.tid != null ? r.tid : r.remove("ThreadID");
            r.shape = WinRecord.Shape.FLUENT_BIT;
            PositionalTemplates.apply(r);
        }
        if (r.shape == null) {
            r.shape = r.logAnalytics ? WinRecord.Shape.LOG_ANALYTICS : WinRecord.Shape.NXLOG;
            // Without NXLog's UserID header, AccountName and Domain are the event's own data (7045's service account).
            if (r.userSid == null) {
                if (r.userName != null) {
                    r.put("AccountName", r.userName);
                    r.userName = null;
                }
                if (r.userDomain != null) {
                    r.put("Domain", r.userDomain);
                    r.userDomain = null;
                }
            }
        }
    }

    private void readTop(JsonParser p, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                if (!readContainer(p, t, name, r)) {
                    p.skipChildren();
                }
            } else if (t != JsonToken.VALUE_NULL) {
                Keys.Key key = keys.get(name);
                if (key.top != 0 && t == JsonToken.VALUE_STRING) { // one test for the many keys with no top-level role
                    top(key.top, p, r);
                } else if (key.role != FlatKeys.IGNORE) { // shipper metadata is not even decoded
                    flat(key, key.text(p), r);
                }
            }
        }
    }

    /** A top-level string whose key has a role of its own: the message, EventData as JSON text, a Syslog row's message. */
    private void top(int role, JsonParser p, WinRecord r) throws IOException {
        if (role == Keys.TOP_MESSAGE) {
            r.message = p.getText();
        } else if (role == Keys.TOP_EVENT_DATA) {
            readEmbedded(p, r);
        } else {
            String m = p.getText();
            r.syslogXml = XmlScan.xmlStart(m) >= 0 ? m : null;
        }
    }

    /** A top-level object or array: @return whether read, false when it is to be skipped */
    private static boolean readContainer(JsonParser p, JsonToken t, String name, WinRecord r) throws IOException {
        boolean object = t == JsonToken.START_OBJECT;
        switch (name) {
            case "Event" -> {
                if (object) {
                    r.shape = WinRecord.Shape.EVTX;
                    readEvtx(p, r);
                }
            }
            case "winlog" -> {
                if (object) {
                    r.shape = WinRecord.Shape.WINLOGBEAT;
                    WinlogbeatReader.readWinlog(p, r);
                }
            }
            case "event" -> {
                if (object) {
                    WinlogbeatReader.readEcsEvent(p, r);
                }
            }
            case "host" -> {
                if (object) {
                    WinlogbeatReader.readEcsHost(p, r);
                }
            }
            case "log" -> {
                if (object) {
                    WinlogbeatReader.readEcsLog(p, r);
                }
            }
            case "StringInserts" -> {
                if (!object) {
                    // Fluent Bit's in_winevtlog: the EventData values by position, without their names.
                    r.fluentBit = true;
                    EventDataReader.readUnnamedArray(p, r);
                    return true;
                }
                return false;
            }
            case "EventData", "UserData" -> {
                if (object) {
                    EventDataReader.readData(p, r);
                }
            }
            default -> {
                return false;
            }
        }
        return object;
    }

    /**
     * Log Analytics' WindowsEvent keeps EventData as a JSON string of its own. It is read where the outer
     * parser decoded it: no String of it, and no copy into a fresh token buffer (the outer parser holds the
     * recycled one, so a nested {@code createParser(String)} allocated 8 KB per record).
     */
    private void readEmbedded(JsonParser p, WinRecord r) throws IOException {
        char[] chars = p.getTextCharacters();
        int from = p.getTextOffset();
        int to = from + p.getTextLength();
        while (from < to && chars[from] <= ' ') { // as String.trim
            from++;
        }
        while (to > from && chars[to - 1] <= ' ') {
            to--;
        }
        if (from == to || (chars[from] != '{' && chars[from] != '[')) {
            r.put("EventData", p.getText());
            return;
        }
        // The nested parser has its own buffers: the outer one's current text stays valid for the fallback.
        try (JsonParser q = factory.createParser(chars, from, to - from)) {
            JsonToken t = q.nextToken();
            if (t == JsonToken.START_OBJECT) {
                EventDataReader.readData(q, r);
            } else {
                EventDataReader.readUnnamedArray(q, r);
            }
        } catch (JsonProcessingException e) {
            r.put("EventData", p.getText()); // kept whole rather than lost
        }
    }

    private static void flat(Keys.Key key, String value, WinRecord r) {
        String name = key.name;
        if (key.role == Keys.WINLOG_DOTTED) {
            WinlogbeatReader.dotted(name, value, r);
            return;
        }
        switch (key.role) {
            case FlatKeys.DATA -> r.put(key, value);
            case FlatKeys.EVENT_ID -> r.eventId = value;
            case FlatKeys.CHANNEL -> r.channel = value;
            case FlatKeys.COMPUTER -> r.computer = value;
            case FlatKeys.PROVIDER -> r.provider = value;
            case FlatKeys.PROVIDER_GUID -> r.providerGuid = value;
            case FlatKeys.RECORD_ID -> r.recordId = value;
            case FlatKeys.TASK -> r.task = value;
            case FlatKeys.TASK_NAME -> r.taskName = value;
            case FlatKeys.OPCODE -> r.opcode = value;
            case FlatKeys.OPCODE_VALUE -> {
                if (r.opcode == null) {
                    r.opcode = value;
                }
            }
            case FlatKeys.KEYWORDS -> r.keywords = value;
            case FlatKeys.LEVEL -> r.level = value;
            case FlatKeys.LEVEL_NAME -> r.levelName = value;
            case FlatKeys.VERSION -> r.version = value;
            case FlatKeys.PID -> r.pid = value;
            case FlatKeys.TID -> r.tid = value;
            case FlatKeys.USER_SID -> r.userSid = value;
            case FlatKeys.USER_NAME -> r.userName = value;
            case FlatKeys.USER_DOMAIN -> r.userDomain = value;
            case FlatKeys.USER_TYPE -> r.userType = value;
            case FlatKeys.ACTIVITY -> r.activityId = value;
            case FlatKeys.MESSAGE -> r.message = value;
            case FlatKeys.TIME_CREATED -> r.timeSystem = value;
            case FlatKeys.TIME_LOCAL -> r.timeLocal = value;
            case FlatKeys.TIMESTAMP -> r.timeStamp = value;
            case FlatKeys.EVENT_TYPE -> {
                if (FlatKeys.isNxlogEventType(value)) {
                    r.nxEventType = value;
                } else {
                    r.put(key, value);
                }
            }
            case FlatKeys.NX_EVENT_TYPE -> r.nxEventType = value;
            case FlatKeys.LOG_ANALYTICS -> {
                // "Type" names the Log Analytics table, but Sysmon 25 has a Type of its own ("Image is replaced").
                if ("Type".equals(name) && !FlatKeys.isLogAnalyticsTable(value)) {
                    r.put(key, value);
                } else {
                    r.logAnalytics = true;
                }
            }
            case FlatKeys.STRING_SUFFIXED -> r.put(name.substring(0, name.lastIndexOf('_')).intern(), value);
            default -> {
                // shipper metadata
            }
        }
    }

    private static void readEvtx(JsonParser p, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                if (t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
                continue;
            }
            switch (name) {
                case "System" -> EvtxSystem.read(p, r);
                case "EventData", "UserData" -> EventDataReader.readData(p, r);
                case "RenderingInfo" -> EvtxSystem.readRendering(p, r);
                default -> p.skipChildren();
            }
        }
    }

}
