package io.usiem.parser.windows.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads Winlogbeat and Elastic Agent documents: the {@code winlog} object (or dotted {@code winlog.*} keys) and the ECS {@code event}, {@code host} and {@code log} objects. */
final class WinlogbeatReader {
    private WinlogbeatReader() {
    }

    /** Winlogbeat output flattened to dotted keys ({@code winlog.event_data.Image}). */
    static void dotted(String name, String value, WinRecord r) {
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

    static void readWinlog(JsonParser p, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                switch (name) {
                    case "event_data", "user_data" -> EventDataReader.readData(p, r);
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

    static void readEcsEvent(JsonParser p, WinRecord r) throws IOException {
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

    static void readEcsHost(JsonParser p, WinRecord r) throws IOException {
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

    static void readEcsLog(JsonParser p, WinRecord r) throws IOException {
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

}
