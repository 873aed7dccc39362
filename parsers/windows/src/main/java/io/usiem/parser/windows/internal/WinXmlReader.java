package io.usiem.parser.windows.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Windows event XML ({@code <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">}, as
 * wevtutil, Windows Event Forwarding, NXLog {@code to_xml}, Splunk's XmlWinEventLog and Sysmon for Linux write
 * it; or an {@code <Events>} wrapper of several) into {@link WinRecord}s, filled through the same
 * {@link EvtxSystem} code as the XML-as-JSON shape so both give the same event. The JDK's StAX reader, with
 * DTDs and external entities off: a DTD is refused, an undeclared entity is an error, character references
 * decode. Thread-safe: all state is per call.
 */
final class WinXmlReader {
    private static final WinJsonReader.Outcome NOT_MINE = new WinJsonReader.Outcome(List.of(), null, true);
    private static final String EVENT_NAMESPACE = "http://schemas.microsoft.com/win/2004/08/events/event";
    private static final String DTD_REFUSED = "a DTD is not allowed in event XML (entities are not expanded)";
    private final XMLInputFactory factory;
    private final int maxRecords;
    /** Reads an NXLog {@code to_xml} record's flat members by the JSON shape's key roles. */
    private final WinJsonReader flat;

    WinXmlReader(WinJsonReader flat, int maxRecords) {
        // The JDK's own implementation, not one found on the class path (no service lookup in OSGi). It makes a new
        // reader per call (instance reuse is off unless asked for), so one configured factory serves every thread.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        this.factory = f;
        this.maxRecords = maxRecords;
        this.flat = flat;
    }

    /** @param text a line @param start where its XML starts ({@link XmlScan#xmlStart}) @return the records, or why not */
    WinJsonReader.Outcome read(String text, int start) {
        String xml = start == 0 ? text : text.substring(start);
        int doctype = xml.indexOf("<!DOCTYPE");
        if (doctype >= 0 && (doctype < xml.indexOf("<Event") || xml.indexOf("<Event") < 0)) {
            // Never handed to the XML reader: a DTD has no place in event XML (and the JDK's reader prints to stderr
            // on some cut ones).
            return XmlScan.namesEvent(xml) ? new WinJsonReader.Outcome(List.of(), DTD_REFUSED, false) : NOT_MINE;
        }
        Run run = new Run(xml);
        XMLStreamReader x = null;
        try {
            x = factory.createXMLStreamReader(new StringReader(xml));
            return run.document(x);
        } catch (XMLStreamException | RuntimeException e) {
            return run.failed(e);
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException e) {
                    // nothing held open: the input is a string
                }
            }
        }
    }

    /** One line's reading: the records so far and the value being read, for a record cut inside it. */
    private final class Run {
        private final String xml;
        private final List<WinRecord> records = new ArrayList<>(1);
        private WinRecord current;
        /**
         * The XML is a Windows event's, not just a root named Event: it has the events namespace, a System element
         * or (NXLog's to_xml) an EventID one. Only then is a broken or incomplete one a format error.
         */
        private boolean windows;
        /** The current record's System element was read to its end. */
        private boolean systemDone;
        /** The name of the EventData value being read, for a record cut inside it. */
        private String openName;

        Run(String xml) {
            this.xml = xml;
        }

        WinJsonReader.Outcome document(XMLStreamReader x) throws XMLStreamException {
            int e = x.getEventType();
            while (e != XMLStreamConstants.START_ELEMENT) {
                if (e == XMLStreamConstants.DTD) {
                    // SUPPORT_DTD off only ignores it; a DTD in front of an event is an attack or a mistake, not a record.
                    return XmlScan.namesEvent(xml) ? error(DTD_REFUSED) : NOT_MINE;
                }
                if (e == XMLStreamConstants.CHARACTERS && !x.isWhiteSpace() || e == XMLStreamConstants.END_DOCUMENT) {
                    return NOT_MINE;
                }
                e = x.next();
            }
            String root = x.getLocalName();
            windows = EVENT_NAMESPACE.equals(x.getNamespaceURI());
            if ("Event".equals(root)) {
                event(x);
            } else if ("Events".equals(root)) {
                while ((e = x.next()) != XMLStreamConstants.END_ELEMENT) {
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        if ("Event".equals(x.getLocalName()) && records.size() < maxRecords) {
                            event(x);
                        } else {
                            skip(x);
                        }
                    }
                }
                if (records.isEmpty()) {
                    return windows ? error("an Events element without any Event") : NOT_MINE;
                }
            } else {
                return NOT_MINE;
            }
            while (x.hasNext()) {
                x.next(); // the reader itself refuses a second root element or text after the root
            }
            return finished();
        }

        private WinJsonReader.Outcome finished() {
            for (WinRecord r : records) {
                if (r.eventId == null) {
                    return windows ? error("event XML without an EventID") : NOT_MINE;
                }
            }
            return new WinJsonReader.Outcome(records, null, false);
        }

        private void event(XMLStreamReader x) throws XMLStreamException {
            current = new WinRecord();
            current.shape = WinRecord.Shape.XML;
            systemDone = false;
            records.add(current);
            boolean system = false;
            int e;
            while ((e = x.next()) != XMLStreamConstants.END_ELEMENT) {
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "System" -> {
                        windows = true;
                        system(x);
                        system = true;
                        systemDone = true;
                    }
                    case "EventData" -> eventData(x);
                    case "UserData" -> userData(x);
                    case "RenderingInfo" -> rendering(x);
                    // NXLog's to_xml writes its fields (EventTime, Hostname, EventID, TargetUserName...) as elements.
                    default -> {
                        if (system) {
                            skip(x); // ProcessingErrorData and the like
                        } else {
                            String name = x.getLocalName();
                            windows |= "EventID".equals(name);
                            flat.flatValue(name, text(x), current);
                        }
                    }
                }
            }
            if (!system) {
                WinJsonReader.finishFlat(current);
                current.shape = WinRecord.Shape.XML;
            }
        }

        private void system(XMLStreamReader x) throws XMLStreamException {
            int e;
            while ((e = x.next()) != XMLStreamConstants.END_ELEMENT) {
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = x.getLocalName();
                for (int i = 0; i < x.getAttributeCount(); i++) {
                    EvtxSystem.attribute(element, x.getAttributeLocalName(i), x.getAttributeValue(i), current);
                }
                EvtxSystem.value(element, text(x), current);
            }
        }

        /** Named Data values, unnamed ones as param1..., Binary and any other element by its name. */
        private void eventData(XMLStreamReader x) throws XMLStreamException {
            int e;
            while ((e = x.next()) != XMLStreamConstants.END_ELEMENT) {
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = x.getLocalName();
                String name = "Data".equals(element) ? x.getAttributeValue(null, "Name") : element;
                openName = name != null && !name.isEmpty() ? name : null;
                String value = text(x);
                openName = null;
                if (name == null || name.isEmpty()) {
                    current.putUnnamed(value);
                } else {
                    current.put(name.intern(), value);
                }
            }
        }

        /** UserData's element flattened: every element without child elements is a value under its name. */
        private void userData(XMLStreamReader x) throws XMLStreamException {
            int depth = 0;
            String leaf = null;
            StringBuilder text = new StringBuilder();
            while (true) {
                int e = x.next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        String name = x.getLocalName();
                        if ("Data".equals(name) && x.getAttributeValue(null, "Name") != null) {
                            name = x.getAttributeValue(null, "Name");
                        }
                        leaf = name.isEmpty() ? null : name;
                        text.setLength(0);
                        openName = leaf;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (leaf != null) {
                            text.append(x.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 0) {
                            return;
                        }
                        if (leaf != null) {
                            current.put(leaf.intern(), text.toString());
                        }
                        leaf = null;
                        openName = null;
                        depth--;
                    }
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        }

        /** RenderingInfo of forwarded events: the rendered message, level, task, opcode and keyword names. */
        private void rendering(XMLStreamReader x) throws XMLStreamException {
            int e;
            while ((e = x.next()) != XMLStreamConstants.END_ELEMENT) {
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if ("Keywords".equals(x.getLocalName())) {
                    List<String> names = new ArrayList<>(2);
                    while ((e = x.next()) != XMLStreamConstants.END_ELEMENT) {
                        if (e == XMLStreamConstants.START_ELEMENT) {
                            String k = text(x);
                            if (!k.isEmpty()) {
                                names.add(k);
                            }
                        }
                    }
                    if (!names.isEmpty()) {
                        current.keywordNames = names;
                    }
                } else {
                    EvtxSystem.rendering(x.getLocalName(), text(x), current);
                }
            }
        }

        /** @return the element's text (its child elements skipped), the reader left at its end tag */
        private String text(XMLStreamReader x) throws XMLStreamException {
            String single = null;
            StringBuilder more = null;
            int depth = 0;
            while (true) {
                int e = x.next();
                switch (e) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (depth == 0) {
                            if (single == null) {
                                single = x.getText();
                            } else {
                                if (more == null) {
                                    more = new StringBuilder(single);
                                }
                                more.append(x.getText());
                            }
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 0) {
                            return more != null ? more.toString() : single != null ? single : "";
                        }
                        depth--;
                    }
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        }

        private void skip(XMLStreamReader x) throws XMLStreamException {
            int depth = 0;
            while (true) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (e == XMLStreamConstants.END_ELEMENT && depth-- == 0) {
                    return;
                }
            }
        }

        /**
         * The reader failed. Nothing of a Windows event read yet: not an event (a foreign line with an
         * {@code <Event>} in its text must stay another parser's). Cut short after its System header
         * (syslog relays and Log Analytics cut long messages, Sysmon's command lines make them long): the record
         * with the values read so far, the one being read when cut kept as far as it goes, marked truncated.
         * Otherwise malformed.
         */
        WinJsonReader.Outcome failed(Exception e) {
            if (!windows) {
                return NOT_MINE;
            }
            Location at = e instanceof XMLStreamException xe ? xe.getLocation() : null;
            int offset = at == null ? -1 : at.getCharacterOffset();
            // The reader places an error at (or, counting buffered characters, past) the end when the input ran out.
            String end = xml.stripTrailing();
            boolean atEnd = offset >= xml.length() && !end.endsWith("</Event>") && !end.endsWith("</Events>");
            if (atEnd && current != null && systemDone && current.eventId != null && records.size() == 1) {
                String cut = openName == null ? null : XmlScan.cutValue(xml);
                if (cut != null) {
                    current.put(openName.intern(), cut);
                }
                current.truncated = true;
                return new WinJsonReader.Outcome(records, null, false);
            }
            if (atEnd) {
                return error("truncated event XML: it ends before the record does");
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int m = message.indexOf("Message: ");
            message = m >= 0 ? message.substring(m + 9) : message;
            return error("malformed event XML" + (offset >= 0 ? " at character " + offset : "") + ": " + message.strip());
        }

        private WinJsonReader.Outcome error(String reason) {
            return new WinJsonReader.Outcome(List.of(), reason, false);
        }
    }
}
