package io.usiem.parser.windows.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Reads {@code Event.System} (and {@code Event.RenderingInfo}) of the XML-as-JSON shape. Values come as
 * plain members ({@code "Channel": "Security"}), as {@code {"#text": 7045, "#attributes": {...}}}, or as
 * attributes only ({@code "TimeCreated": {"#attributes": {"SystemTime": ...}}}); xmltodict-style
 * converters write attributes as {@code "@SystemTime"}, and evtx_dump's {@code --separate-json-attributes} as
 * {@code "TimeCreated_attributes": {"SystemTime": ...}}.
 */
final class EvtxSystem {
    private EvtxSystem() {
    }

    static void read(JsonParser p, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                // evtx_dump --separate-json-attributes (Hayabusa, Chainsaw) writes "TimeCreated_attributes": {...}
                readElement(p, name.endsWith("_attributes") ? name.substring(0, name.length() - 11) : name, r);
            } else if (t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                value(name, p.getText(), r);
            }
        }
    }

    /** An element with attributes: its text is its value, its attributes fill the header. */
    private static void readElement(JsonParser p, String element, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("#attributes".equals(name) && t == JsonToken.START_OBJECT) {
                readElement(p, element, r);
            } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                String text = p.getText();
                if ("#text".equals(name) || "text".equals(name)) {
                    value(element, text, r);
                } else {
                    attribute(element, name.startsWith("@") ? name.substring(1) : name, text, r);
                }
            }
        }
    }

    /** A System member's text (JSON and XML shapes alike). */
    static void value(String element, String text, WinRecord r) {
        switch (element) {
            case "EventID" -> r.eventId = text;
            case "Version" -> r.version = text;
            case "Level" -> r.level = text;
            case "Task" -> r.task = text;
            case "Opcode" -> r.opcode = text;
            case "Keywords" -> r.keywords = text;
            case "EventRecordID" -> r.recordId = text;
            case "Channel" -> r.channel = text;
            case "Computer" -> r.computer = text;
            default -> {
                // Qualifiers and other members not mapped
            }
        }
    }

    /** A System member's attribute (JSON and XML shapes alike). */
    static void attribute(String element, String attr, String text, WinRecord r) {
        switch (element) {
            case "Provider" -> {
                if ("Name".equals(attr)) {
                    r.provider = text;
                } else if ("Guid".equals(attr)) {
                    r.providerGuid = text;
                }
            }
            case "TimeCreated" -> {
                if ("SystemTime".equals(attr)) {
                    r.timeSystem = text;
                }
            }
            case "Correlation" -> {
                if ("ActivityID".equals(attr)) {
                    r.activityId = text;
                }
            }
            case "Execution" -> {
                if ("ProcessID".equals(attr)) {
                    r.pid = text;
                } else if ("ThreadID".equals(attr)) {
                    r.tid = text;
                }
            }
            case "Security" -> {
                // Sysmon for Linux spells it UserId (the login uid, "0" for root).
                if ("UserID".equals(attr) || "UserId".equals(attr)) {
                    r.userSid = text;
                }
            }
            default -> {
                // EventID's Qualifiers and the like
            }
        }
    }

    /** RenderingInfo of forwarded events: the rendered message and task and opcode names. */
    static void readRendering(JsonParser p, WinRecord r) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (t == JsonToken.VALUE_STRING) {
                rendering(name, p.getText(), r);
            }
        }
    }

    /** A RenderingInfo member's text (JSON and XML shapes alike). */
    static void rendering(String name, String text, WinRecord r) {
        switch (name) {
            case "Message" -> r.message = text;
            case "Task" -> r.taskName = text;
            case "Opcode" -> r.opcode = text;
            case "Level" -> r.levelName = text;
            default -> {
                // Channel and Provider repeat System
            }
        }
    }
}
