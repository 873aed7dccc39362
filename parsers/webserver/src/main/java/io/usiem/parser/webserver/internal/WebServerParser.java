package io.usiem.parser.webserver.internal;

import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Fields;
import io.usiem.api.event.LogSource;
import io.usiem.api.event.OriginRole;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.ParseResult;
import io.usiem.api.parser.ParserMetadata;
import io.usiem.api.parser.RawLog;
import io.usiem.api.parser.SyslogClock;
import io.usiem.api.parser.SyslogHeader;

import java.time.ZoneId;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Parses the access logs (formats compiled once from the configured Apache LogFormat or nginx log_format
 * strings) and the error logs of Apache httpd or nginx, bare or behind a syslog header, into ECS as
 * Elastic's Apache and Nginx integrations do. One instance per configured log source.
 */
@Component(service = LogParser.class, configurationPid = WebServerConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = WebServerConfig.class, factory = true)
public final class WebServerParser implements LogParser {
    static final LogSource APACHE = LogSource.of("apache", null, "webserver");
    static final LogSource NGINX = LogSource.of("nginx", null, "webserver");

    private final boolean nginx;
    private final WebFields fields;
    private final LogFormat[] formats;
    private final boolean errorLogs;
    private final SyslogClock clock;
    private final ParserMetadata metadata;
    private final int maxVars;

    /** @param config the configuration; an unknown product, time zone or an unreadable format fails activation */
    @Activate
    public WebServerParser(WebServerConfig config) {
        this(config.name(), config.product(), ConfigArrays.items(config.sourceTypes()), ConfigArrays.items(config.formats()), config.errorLogs(),
                SyslogClock.configuredZone(WebServerConfig.FACTORY_PID, config.timezone()));
    }

    WebServerParser(String name, String product, List<String> sourceTypes, List<String> formats, boolean errorLogs, ZoneId zone) {
        if (!"apache".equals(product) && !"nginx".equals(product)) {
            throw new IllegalArgumentException(WebServerConfig.FACTORY_PID + ": product must be apache or nginx, not '" + product + "'");
        }
        this.nginx = "nginx".equals(product);
        this.fields = nginx ? WebFields.NGINX : WebFields.APACHE;
        this.formats = new LogFormat[formats.size()];
        int max = 0;
        for (int i = 0; i < formats.size(); i++) {
            try {
                this.formats[i] = LogFormat.compile(formats.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(WebServerConfig.FACTORY_PID + " '" + name + "': format " + (i + 1) + ": " + e.getMessage(), e);
            }
            max = Math.max(max, this.formats[i].vars.length);
        }
        this.maxVars = max;
        this.errorLogs = errorLogs;
        this.clock = new SyslogClock(zone);
        this.metadata = Metadata.of(name, nginx, sourceTypes);
    }

    @Override
    public ParserMetadata metadata() {
        return metadata;
    }

    @Override
    public ParseResult parse(RawLog raw) {
        String line = raw.message();
        boolean inputReadHeader = raw.header().fieldCount() > 0 || !line.equals(raw.original());
        SyslogHeader h = new SyslogHeader();
        if (!inputReadHeader) {
            String error = h.read(line, clock, raw.receivedNanos());
            if (error != null) {
                return ParseResult.notMine();
            }
        }
        int body = h.bodyStart();
        if (body >= line.length()) {
            return ParseResult.notMine();
        }
        EventBuilder b = raw.newEventBuilder().category(EventCategory.WEB_SERVER).originRole(OriginRole.HOST)
                .observer(nginx ? "nginx" : "apache", nginx ? "nginx" : "httpd").logSource(nginx ? NGINX : APACHE)
                .set(Fields.EVENT_MODULE, fields.product);
        if (h.present()) {
            h.setOn(b, OriginRole.HOST);
        }
        String error;
        if (errorLogs && !nginx && ErrorLogs.looksApache(line, body)) {
            b.set(Fields.EVENT_DATASET, "apache.error");
            error = ErrorLogs.apache(b, line, body, fields, clock);
        } else if (errorLogs && nginx && ErrorLogs.looksNginx(line, body)) {
            b.set(Fields.EVENT_DATASET, "nginx.error");
            error = ErrorLogs.nginx(b, line, body, fields, clock);
        } else {
            return access(raw, line, body, b);
        }
        if (error != null) {
            return ParseResult.formatError(error);
        }
        for (io.usiem.api.event.Field f : EventCategory.WEB_SERVER.requiredFields()) {
            if (!b.has(f)) {
                // Most error lines name no request (a module failing, a file missing): a web event, not a request one.
                b.category(EventCategory.GENERIC).ecsCategory(io.usiem.api.event.EcsCategory.WEB);
                break;
            }
        }
        return ParseResult.parsed(b.build());
    }

    private ParseResult access(RawLog raw, String line, int body, EventBuilder b) {
        int[] start = new int[maxVars];
        int[] end = new int[maxVars];
        LogFormat prefix = null;
        for (LogFormat format : formats) {
            int m = format.scan(line, body, start, end);
            if (m == LogFormat.FULL) {
                return fill(b, line, format, start, end);
            }
            if (m == LogFormat.PREFIX && prefix == null) {
                prefix = format;
            }
        }
        if (prefix != null) {
            prefix.scan(line, body, start, end);
            return fill(b, line, prefix, start, end);
        }
        boolean claimed = raw.sourceType() != null && metadata.sourceTypes().contains(raw.sourceType());
        return claimed ? ParseResult.formatError("matches none of the " + formats.length + " configured access log formats")
                : ParseResult.notMine();
    }

    private ParseResult fill(EventBuilder b, String line, LogFormat format, int[] start, int[] end) {
        b.set(Fields.EVENT_DATASET, nginx ? "nginx.access" : "apache.access");
        String error = Access.fill(b, line, format, start, end, fields, clock);
        return error == null ? ParseResult.parsed(b.build()) : ParseResult.formatError(error);
    }
}
