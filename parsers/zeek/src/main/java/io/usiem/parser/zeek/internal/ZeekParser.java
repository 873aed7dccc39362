package io.usiem.parser.zeek.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.LogSource;
import io.usiem.api.event.OriginRole;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Zeek logs as JSON (one object per line; the log from {@code _path}, the declared source type
 * {@code zeek.<log>}, or the columns) and as TSV with the {@code #separator}/{@code #fields}/{@code #types}
 * header, tracked per origin, or with the default field order of the declared log. ECS as Elastic's Zeek
 * integration maps it, every other column under {@code zeek.<dataset>.*}.
 */
@Component(service = LogParser.class, configurationPid = ZeekConfig.PID)
@Designate(ocd = ZeekConfig.class)
public final class ZeekParser implements LogParser {
    static final String[] LOGS = {"conn", "dns", "http", "ssl", "x509", "files", "notice", "weird", "kerberos",
        "smb_files", "smb_mapping", "ssh"};
    private static final int MAX_LOGS = 256;

    static final ParserMetadata METADATA = buildMetadata();

    private final JsonFactory json = new JsonFactory();
    private final ZeekHeaders headers;
    private final ConcurrentHashMap<String, ZeekLog> logs = new ConcurrentHashMap<>();

    /** Makes a parser with the default settings. */
    public ZeekParser() {
        this(4096);
    }

    /** @param config the configuration; a bound outside 1..1000000 fails activation */
    @Activate
    public ZeekParser(ZeekConfig config) {
        this(checked(config.maxOrigins()));
    }

    private ZeekParser(int maxOrigins) {
        this.headers = new ZeekHeaders(maxOrigins);
    }

    private static int checked(int maxOrigins) {
        if (maxOrigins < 1 || maxOrigins > 1_000_000) {
            throw new IllegalArgumentException("io.usiem.parser.zeek: maxOrigins must be 1 to 1000000, not " + maxOrigins);
        }
        return maxOrigins;
    }

    private static ParserMetadata buildMetadata() {
        String[] types = new String[LOGS.length + 1];
        LogSource[] sources = new LogSource[LOGS.length];
        types[0] = "zeek";
        for (int i = 0; i < LOGS.length; i++) {
            types[i + 1] = "zeek." + LOGS[i];
            sources[i] = new ZeekLog(LOGS[i]).logSource;
        }
        return ParserMetadata.builder("zeek")
                .source("Zeek", "Zeek")
                .description("Zeek logs (conn, dns, http, ssl, x509, files, notice, weird, kerberos, smb, ssh and others) as JSON or TSV with #fields header.")
                .sourceTypes(types)
                .categories(EventCategory.NETWORK, EventCategory.DNS, EventCategory.INTRUSION, EventCategory.AUTHENTICATION,
                        EventCategory.FILE, EventCategory.GENERIC)
                .fields(Fields.SOURCE_IP, Fields.SOURCE_PORT, Fields.DESTINATION_IP, Fields.DESTINATION_PORT,
                        Fields.NETWORK_TRANSPORT, Fields.NETWORK_PROTOCOL, Fields.NETWORK_DIRECTION, Fields.NETWORK_BYTES,
                        Fields.NETWORK_PACKETS, Fields.SOURCE_BYTES, Fields.DESTINATION_BYTES, Fields.EVENT_DURATION,
                        Fields.DNS_QUESTION_NAME, Fields.DNS_QUESTION_TYPE, Fields.DNS_RESPONSE_CODE, Fields.DNS_ANSWERS,
                        Fields.DNS_RESOLVED_IP, Fields.HTTP_REQUEST_METHOD, Fields.HTTP_RESPONSE_STATUS_CODE,
                        Fields.URL_ORIGINAL, Fields.USER_AGENT_ORIGINAL, Fields.TLS_VERSION, Fields.TLS_CIPHER,
                        Fields.TLS_CLIENT_SERVER_NAME, Fields.FILE_NAME, Fields.FILE_HASH_SHA256, Fields.RULE_NAME,
                        Fields.USER_NAME, Fields.EVENT_OUTCOME, Fields.RELATED_IP, ZeekFields.SESSION_ID)
                .samples(ZeekSamples.LINES)
                .logSources(sources)
                .build();
    }

    @Override
    public ParserMetadata metadata() {
        return METADATA;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        try {
            return parseLine(raw);
        } catch (ZeekFormatException e) {
            return ParseResult.formatError(e.getMessage());
        } catch (RuntimeException e) {
            return ParseResult.formatError("Zeek record not mappable: " + e);
        }
    }

    private ParseResult parseLine(RawLog raw) {
        String line = raw.message();
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1); // a file copied through Windows: CR LF line ends
        }
        String declaredLog = declaredLog(raw.sourceType());
        boolean declared = raw.sourceType() != null;
        if (line.startsWith("#")) {
            return ZeekHeaderLines.apply(line, headers.origin(originKey(raw)), declared);
        }
        int start = jsonStart(line);
        if (start >= 0) {
            return parseJson(raw, line, start, declaredLog, declared);
        }
        return parseTsv(raw, line, declaredLog, declared);
    }

    private ParseResult parseJson(RawLog raw, String line, int start, String declaredLog, boolean declared) {
        ZeekJson record = new ZeekJson();
        try (JsonParser p = start == 0 ? json.createParser(line) : json.createParser(line.substring(start))) {
            p.nextToken();
            record.read(p);
            if (p.nextToken() != null) {
                return ParseResult.formatError("text after the Zeek JSON object");
            }
        } catch (JsonEOFException e) {
            return declared || line.contains("\"id.orig_h\"") ? ParseResult.formatError("truncated Zeek JSON: the line ends inside the record")
                    : ParseResult.notMine();
        } catch (JsonProcessingException e) {
            return declared ? ParseResult.formatError("malformed Zeek JSON: " + e.getOriginalMessage()) : ParseResult.notMine();
        } catch (IOException e) {
            return ParseResult.formatError("unreadable Zeek JSON: " + e);
        }
        String logName = record.path != null ? record.path : declaredLog != null && !declaredLog.isEmpty() ? declaredLog
                : ZeekGuess.log(record);
        if (logName == null || !ZeekLog.validName(logName)) {
            // Only a record that is Zeek's beyond doubt is a format error when guessing: ts, a connection id and a Zeek uid.
            Object uid = record.get("uid");
            boolean zeekish = record.get("ts") != null && record.get("id.orig_h") != null && uid instanceof String
                    && ((String) uid).length() >= 8 && ((String) uid).charAt(0) == 'C';
            if (declared || zeekish || record.path != null) {
                return ParseResult.formatError(logName == null
                        ? "Zeek JSON record of unknown log: no _path, and the source type names no log (use zeek.<log>)"
                        : "invalid Zeek log name in _path");
            }
            return ParseResult.notMine();
        }
        if (!declared && record.get("ts") == null) {
            return ParseResult.notMine();
        }
        ZeekLog log = log(logName);
        EventBuilder b = raw.newEventBuilder();
        ZeekLine s = new ZeekLine();
        for (int i = 0; i < record.names.size(); i++) {
            ZeekMapper.put(log, record.names.get(i), record.values.get(i), b, s);
        }
        return finish(raw, log, b, s);
    }

    private ParseResult parseTsv(RawLog raw, String line, String declaredLog, boolean declared) {
        String key = originKey(raw);
        ZeekHeaders.Origin origin = headers.find(key);
        TsvHeader current = origin == null ? null : origin.current;
        char separator = current != null ? current.separator : '\t';
        if (line.indexOf(separator) < 0) {
            return declared ? ParseResult.formatError("neither Zeek JSON nor a Zeek TSV line") : ParseResult.notMine();
        }
        String[] columns = ZeekTsv.split(line, separator);
        TsvHeader h = origin == null ? null : origin.forColumns(columns.length);
        if (h == null && declaredLog != null && !declaredLog.isEmpty()) {
            h = ZeekDefaults.header(declaredLog, columns.length);
            if (h != null && h.fields.length != columns.length) {
                return ParseResult.formatError("Zeek TSV line of " + columns.length + " columns, the default " + declaredLog
                        + " order has " + h.fields.length + " (send the #fields header)");
            }
        }
        if (h == null) {
            if (current != null) {
                return ParseResult.formatError("Zeek TSV line of " + columns.length + " columns, the #fields header of "
                        + current.log + " has " + current.fields.length);
            }
            if (!declared) {
                return ParseResult.notMine();
            }
            return ParseResult.formatError("Zeek TSV line without a #fields header for this input"
                    + (declaredLog == null || declaredLog.isEmpty() ? "; declare the source type zeek.<log> to use the default field order"
                            : "; zeek." + declaredLog + " has no default field order"));
        }
        ZeekLog log = log(h.log);
        EventBuilder b = raw.newEventBuilder();
        ZeekLine s = new ZeekLine();
        for (int i = 0; i < columns.length; i++) {
            Object v = ZeekTsv.value(columns[i], h.type(i), h);
            if (v != null) {
                ZeekMapper.put(log, h.fields[i], v, b, s);
            }
        }
        return finish(raw, log, b, s);
    }

    private static ParseResult finish(RawLog raw, ZeekLog log, EventBuilder b, ZeekLine s) {
        s.finish(log, b);
        if (raw.header().fieldCount() > 0 && raw.header().get(Fields.LOG_SYSLOG_HOSTNAME) instanceof String) {
            // Forwarded by syslog (the input read the header): the sensor it names is the observer.
            b.set(Fields.OBSERVER_HOSTNAME, (String) raw.header().get(Fields.LOG_SYSLOG_HOSTNAME));
        }
        b.observer("Zeek", "Zeek").originRole(OriginRole.OBSERVER)
                .set(Fields.EVENT_MODULE, "zeek").set(Fields.EVENT_DATASET, log.dataset);
        return ParseResult.parsed(b.build());
    }

    private ZeekLog log(String name) {
        ZeekLog log = logs.get(name);
        if (log == null) {
            log = new ZeekLog(name);
            if (logs.size() < MAX_LOGS) {
                ZeekLog raced = logs.putIfAbsent(name, log);
                log = raced == null ? log : raced;
            }
        }
        return log;
    }

    /** @return the log a source type names ({@code zeek.conn}, {@code zeek_conn}, {@code zeek:conn}), "" for plain zeek, null otherwise */
    static String declaredLog(String sourceType) {
        if (sourceType == null || !sourceType.startsWith("zeek")) {
            return null;
        }
        if (sourceType.length() == 4) {
            return "";
        }
        char sep = sourceType.charAt(4);
        return sep == '.' || sep == '_' || sep == ':' ? sourceType.substring(5) : null;
    }

    /** The TSV header belongs to one file of one sender through one input. */
    private static String originKey(RawLog raw) {
        Object path = raw.header().get(Fields.LOG_FILE_PATH);
        return raw.input() + '\u0001' + raw.originHost() + '\u0001' + raw.originIp() + '\u0001' + raw.sourceType() + '\u0001' + path;
    }

    /** @return where a JSON object starts (bare, or behind a syslog header without quotes), or -1 */
    static int jsonStart(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i < n && line.charAt(i) == '{') {
            return i;
        }
        int brace = line.indexOf("{\"", i);
        if (brace < 0) {
            return -1;
        }
        for (int k = i; k < brace; k++) {
            char c = line.charAt(k);
            if (c == '"' || c == '\t') {
                return -1;
            }
        }
        return brace;
    }
}
