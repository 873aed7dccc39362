package io.usiem.parser.windows.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads EventData/UserData objects, in every way XML-to-JSON converters and shippers write them, into a {@link WinRecord}. */
final class EventDataReader {
    private EventDataReader() {
    }

    /**
     * EventData/UserData members: {@code "Name": value} pairs (evtx_dump, Winlogbeat), {@code Data} as an
     * array of {@code {"#attributes":{"Name":..},"#text":..}} or {@code {"@Name":..,"#text":..}} objects
     * (other XML-to-JSON converters), unnamed {@code Data} strings, and UserData's inner element, whose
     * members are flattened.
     */
    static void readData(JsonParser p, WinRecord r) throws IOException {
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
            } else if (t != JsonToken.VALUE_NULL && !name.startsWith("@") && !"#text".equals(name)) {
                r.putText(name, p);
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
                    r.putText(elementName, p);
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
            } else if (t != JsonToken.VALUE_NULL && !name.startsWith("@")) {
                r.putText(name, p);
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

    static void readUnnamedArray(JsonParser p, WinRecord r) throws IOException {
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
