package io.usiem.parser.windows.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

        Outcome(List<WinRecord> records, String error, boolean notMine) {
            this.records = records;
            this.error = error;
            this.notMine = notMine;
        }
    }

    private static final Outcome NOT_MINE = new Outcome(List.of(), null, true);
    private final JsonFactory factory;
    private final int maxRecords;

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
                current = new WinRecord();
                readTop(p, current);
                out.add(current);
            } else if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                    current = new WinRecord();
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
                return NOT_MINE;
            }
            finish(r);
        }
        return out.isEmpty() ? NOT_MINE : new Outcome(out, null, false);
    }

    /** A Windows record names its event id and where it came from; AAD, CloudTrail or Syslog rows do not. */
    private static boolean looksWindows(WinRecord r) {
        return r != null && (r.shape == WinRecord.Shape.EVTX || r.shape == WinRecord.Shape.WINLOGBEAT
                || (r.eventId != null && (r.channel != null || r.provider != null || r.computer != null)));
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
            switch (name) {
                case "Event":
                    if (t == JsonToken.START_OBJECT) {
                        r.shape = WinRecord.Shape.EVTX;
                        readEvtx(p, r);
                        continue;
                    }
                    break;
                case "winlog":
                    if (t == JsonToken.START_OBJECT) {
                        r.shape = WinRecord.Shape.WINLOGBEAT;
                        readWinlog(p, r);
                        continue;
                    }
                    break;
                case "event":
                    if (t == JsonToken.START_OBJECT) {
                        readEcsEvent(p, r);
                        continue;
                    }
                    break;
                case "host":
                    if (t == JsonToken.START_OBJECT) {
                        readEcsHost(p, r);
                        continue;
                    }
                    break;
                case "log":
                    if (t == JsonToken.START_OBJECT) {
                        readEcsLog(p, r);
                        continue;
                    }
                    break;
                case "message":
                    if (t == JsonToken.VALUE_STRING) {
                        r.message = p.getText();
                        continue;
                    }
                    break;
                case "StringInserts":
                    if (t == JsonToken.START_ARRAY) {
                        // Fluent Bit's in_winevtlog: the EventData values by position, without their names.
                        r.fluentBit = true;
                        readUnnamedArray(p, r);
                        continue;
                    }
                    break;
                case "EventData":
                case "UserData":
                    if (t == JsonToken.VALUE_STRING) {
                        readEmbedded(p.getText(), r);
                        continue;
                    }
                    if (t == JsonToken.START_OBJECT) {
                        readData(p, r);
                        continue;
                    }
                    break;
                default:
                    break;
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                int role = name.startsWith("winlog.") ? FlatKeys.DATA : FlatKeys.role(name);
                if (role != FlatKeys.IGNORE) { // shipper metadata is not even decoded
                    flat(name, role, p.getText(), r);
                }
            }
        }
    }

    /** Log Analytics' WindowsEvent keeps EventData as a JSON string of its own. */
    private void readEmbedded(String json, WinRecord r) throws IOException {
        String s = json.trim();
        if (s.isEmpty() || (s.charAt(0) != '{' && s.charAt(0) != '[')) {
            r.put("EventData", json);
            return;
        }
        try (JsonParser q = factory.createParser(s)) {
            JsonToken t = q.nextToken();
            if (t == JsonToken.START_OBJECT) {
                readData(q, r);
            } else {
                readUnnamedArray(q, r);
            }
        } catch (JsonProcessingException e) {
            r.put("EventData", json); // kept whole rather than lost
        }
    }

    private static void flat(String name, int role, String value, WinRecord r) {
        if (name.startsWith("winlog.")) {
            dottedWinlog(name, value, r);
            return;
        }
        switch (role) {
            case FlatKeys.DATA -> r.put(name, value);
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
                    r.put(name, value);
                }
            }
            case FlatKeys.NX_EVENT_TYPE -> r.nxEventType = value;
            case FlatKeys.LOG_ANALYTICS -> {
                // "Type" names the Log Analytics table, but Sysmon 25 has a Type of its own ("Image is replaced").
                if ("Type".equals(name) && !FlatKeys.isLogAnalyticsTable(value)) {
                    r.put(name, value);
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

    /** Winlogbeat output flattened to dotted keys ({@code winlog.event_data.Image}). */
    private static void dottedWinlog(String name, String value, WinRecord r) {
        r.shape = WinRecord.Shape.WINLOGBEAT;
        if (name.startsWith("winlog.event_data.") || name.startsWith("winlog.user_data.")) {
            r.put(name.substring(name.indexOf('.', 7) + 1).intern(), value);
            return;
        }
        winlogScalar(name.substring(7), value, r);
    }

    private static void winlogScalar(String key, String value, WinRecord r) {
        switch (key) {
            case "channel" -> r.channel = value;
            case "event_id" -> r.eventId = value;
            case "provider_name" -> r.provider = value;
            case "provider_guid" -> r.providerGuid = value;
            case "computer_name" -> r.computer = value;
            case "record_id" -> r.recordId = value;
            case "time_created" -> r.timeSystem = value;
            case "task" -> r.taskName = value;
            case "opcode" -> r.opcode = value;
            case "version" -> r.version = value;
            case "activity_id" -> r.activityId = value;
            case "process.pid" -> r.pid = value;
            case "process.thread.id" -> r.tid = value;
            case "user.identifier" -> r.userSid = value;
            case "user.name" -> r.userName = value;
            case "user.domain" -> r.userDomain = value;
            case "user.type" -> r.userType = value;
            default -> {
                // api, outcome and others Winlogbeat derives
            }
        }
    }

    private void readWinlog(JsonParser p, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                switch (name) {
                    case "event_data", "user_data" -> readData(p, r);
                    case "process" -> readNested(p, r, "process.");
                    case "user" -> readNested(p, r, "user.");
                    default -> p.skipChildren();
                }
            } else if (t == JsonToken.START_ARRAY) {
                if ("keywords".equals(name)) {
                    List<String> kw = new ArrayList<>(2);
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                        if (t.isScalarValue()) {
                            kw.add(p.getText());
                        } else {
                            p.skipChildren();
                        }
                    }
                    r.keywordNames = kw;
                } else {
                    p.skipChildren();
                }
            } else if (t != JsonToken.VALUE_NULL) {
                winlogScalar(name, p.getText(), r);
            }
        }
    }

    /** winlog.process and winlog.user: scalar members and one more level (process.thread.id). */
    private static void readNested(JsonParser p, WinRecord r, String prefix) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                readNested(p, r, prefix + name + ".");
            } else if (t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                winlogScalar(prefix + name, p.getText(), r);
            }
        }
    }

    private static void readEcsEvent(JsonParser p, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                switch (name) {
                    case "code" -> {
                        if (r.eventId == null) {
                            r.eventId = p.getText();
                        }
                    }
                    case "provider" -> {
                        if (r.provider == null) {
                            r.provider = p.getText();
                        }
                    }
                    default -> {
                        // event.* the mapping sets itself
                    }
                }
            }
        }
    }

    private static void readEcsHost(JsonParser p, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (("name".equals(name) || "hostname".equals(name)) && t == JsonToken.VALUE_STRING && r.computer == null) {
                r.computer = p.getText();
            }
        }
    }

    private static void readEcsLog(JsonParser p, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if ("level".equals(name) && t == JsonToken.VALUE_STRING) {
                r.levelName = p.getText();
            }
        }
    }

    private void readEvtx(JsonParser p, WinRecord r) throws IOException {
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
                case "EventData", "UserData" -> readData(p, r);
                case "RenderingInfo" -> EvtxSystem.readRendering(p, r);
                default -> p.skipChildren();
            }
        }
    }

    /**
     * EventData/UserData members: {@code "Name": value} pairs (evtx_dump, Winlogbeat), {@code Data} as an
     * array of {@code {"#attributes":{"Name":..},"#text":..}} or {@code {"@Name":..,"#text":..}} objects
     * (other XML-to-JSON converters), unnamed {@code Data} strings, and UserData's inner element, whose
     * members are flattened.
     */
    private static void readData(JsonParser p, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("Data".equals(name)) {
                readDataElement(p, t, r);
            } else if (t == JsonToken.START_OBJECT) {
                if ("#attributes".equals(name) || name.startsWith("xmlns")) {
                    p.skipChildren();
                } else {
                    readNamedOrNested(p, name, r);
                }
            } else if (t == JsonToken.START_ARRAY) {
                r.put(name, joinArray(p));
            } else if (t != JsonToken.VALUE_NULL && name.charAt(0) != '@' && !"#text".equals(name)) {
                r.put(name, p.getText());
            } else if ("#text".equals(name) && t != JsonToken.VALUE_NULL) {
                r.putUnnamed(p.getText());
            }
        }
    }

    /** An element that is either {@code {"#text": v}} (a value with attributes) or a container (UserData's). */
    private static void readNamedOrNested(JsonParser p, String elementName, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("#text".equals(name)) {
                if (t == JsonToken.START_ARRAY) {
                    r.put(elementName, joinArray(p));
                } else if (t == JsonToken.START_OBJECT) {
                    p.skipChildren();
                } else if (t != JsonToken.VALUE_NULL) {
                    r.put(elementName, p.getText());
                }
            } else if ("Data".equals(name)) {
                readDataElement(p, t, r);
            } else if (t == JsonToken.START_OBJECT) {
                if ("#attributes".equals(name) || name.startsWith("xmlns")) {
                    p.skipChildren();
                } else {
                    readNamedOrNested(p, name, r);
                }
            } else if (t == JsonToken.START_ARRAY) {
                r.put(name, joinArray(p));
            } else if (t != JsonToken.VALUE_NULL && name.charAt(0) != '@') {
                r.put(name, p.getText());
            }
        }
    }

    private static void readDataElement(JsonParser p, JsonToken t, WinRecord r) throws IOException {
        if (t == JsonToken.START_ARRAY) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (t == JsonToken.START_OBJECT) {
                    readDataObject(p, r);
                } else if (t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if (t != JsonToken.VALUE_NULL) {
                    r.putUnnamed(p.getText());
                }
            }
        } else if (t == JsonToken.START_OBJECT) {
            readDataObject(p, r);
        } else if (t != JsonToken.VALUE_NULL) {
            r.putUnnamed(p.getText());
        }
    }

    /** One Data element as an object: a Name attribute and a text, or only a text (one value or a list). */
    private static void readDataObject(JsonParser p, WinRecord r) throws IOException {
        String dataName = null;
        String text = null;
        List<String> texts = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "#attributes" -> {
                    if (t == JsonToken.START_OBJECT) {
                        String a;
                        while ((a = p.nextFieldName()) != null) {
                            JsonToken at = p.nextToken();
                            if ("Name".equals(a) && at == JsonToken.VALUE_STRING) {
                                dataName = p.getText();
                            } else if (at == JsonToken.START_OBJECT || at == JsonToken.START_ARRAY) {
                                p.skipChildren();
                            }
                        }
                    } else if (t == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    }
                }
                case "@Name", "Name", "-Name", "_Name" -> {
                    if (t == JsonToken.VALUE_STRING) {
                        dataName = p.getText();
                    } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    }
                }
                case "#text", "text", "#value", "value", "_", "$" -> {
                    if (t == JsonToken.START_ARRAY) {
                        texts = new ArrayList<>();
                        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                            if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
                                texts.add(p.getText());
                            } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                                p.skipChildren();
                            }
                        }
                    } else if (t == JsonToken.START_OBJECT) {
                        p.skipChildren();
                    } else if (t != JsonToken.VALUE_NULL) {
                        text = p.getText();
                    }
                }
                default -> {
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    }
                }
            }
        }
        if (dataName != null && !dataName.isEmpty()) {
            r.put(dataName.intern(), text != null ? text : texts != null ? String.join(",", texts) : "");
        } else if (texts != null) {
            for (String v : texts) {
                r.putUnnamed(v);
            }
        } else {
            r.putUnnamed(text);
        }
    }

    private static void readUnnamedArray(JsonParser p, WinRecord r) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                r.putUnnamed(p.getText());
            }
        }
    }

    private static String joinArray(JsonParser p) throws IOException {
        StringBuilder sb = new StringBuilder();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(p.getText());
            }
        }
        return sb.toString();
    }
}
