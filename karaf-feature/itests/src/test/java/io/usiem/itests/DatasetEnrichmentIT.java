package io.usiem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.usiem.api.dataset.DatasetRegistry;
import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;
import io.usiem.api.input.EventIngest;
import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.api.sink.EventSink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Datasets and enrichment in the real distribution, as an analyst uses them: the siem:dataset* commands create,
 * fill, import, look up and remove datasets, and live events going through the pipeline are tagged and annotated
 * by the booted enrichers (threat intel, cloud provider, asset tags, never-seen IPs, GeoIP from the real GeoLite2
 * 2019 databases, CC BY-SA 4.0, org.elasticsearch:geolite2-databases).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DatasetEnrichmentIT {
    private static final String AWS_RANGES = "{\"syncToken\":\"1732700000\",\"createDate\":\"2026-11-27-09-53-08\","
            + "\"prefixes\":[{\"ip_prefix\":\"52.94.76.0/22\",\"region\":\"us-west-2\",\"service\":\"AMAZON\","
            + "\"network_border_group\":\"us-west-2\"},{\"ip_prefix\":\"3.5.140.0/22\",\"region\":\"ap-northeast-2\","
            + "\"service\":\"S3\",\"network_border_group\":\"ap-northeast-2\"}],\"ipv6_prefixes\":[{\"ipv6_prefix\":"
            + "\"2600:1f14::/35\",\"region\":\"us-west-2\",\"service\":\"EC2\",\"network_border_group\":\"us-west-2\"}]}";

    @Inject
    BundleContext context;

    @Inject
    EventIngest ingest;

    @Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() throws IOException {
        // The GeoLite2 City database from the test class path, copied where the container's enricher reads it.
        Path geo = Path.of("target", "geoip").toAbsolutePath();
        Files.createDirectories(geo);
        Path city = geo.resolve("GeoLite2-City.mmdb");
        try (InputStream in = DatasetEnrichmentIT.class.getResourceAsStream("/GeoLite2-City.mmdb")) {
            assertNotNull("org.elasticsearch:geolite2-databases is a test dependency", in);
            Files.copy(in, city, StandardCopyOption.REPLACE_EXISTING);
        }
        return ItSupport.distribution(18103, 11101, 44447,
                editConfigurationFilePut("etc/io.usiem.enricher.geoip.cfg", "city.database", city.toString()),
                // A fresh install learns for an hour before it tags never-seen addresses; the test starts fresh.
                editConfigurationFilePut("etc/io.usiem.enricher.neverseen.cfg", "learning.seconds", "0"));
    }

    @Test
    public void datasetCommandsFillDatasetsAndTheEnrichersTagLiveEvents() throws Exception {
        ItSupport.await(context, DatasetRegistry.class);
        ItSupport.await(context, Enricher.class);
        ItSupport.await(context, LogParser.class);
        String token = "dsit" + UUID.randomUUID().toString().replace("-", "");
        TokenSink sink = new TokenSink(token);
        ServiceRegistration<EventSink> registration = context.registerService(EventSink.class, sink, null);
        try {
            // The feature's empty blocklist (IP_SET), filled by hand.
            // Options before arguments, as everywhere in the Karaf shell (an option after one is refused).
            String added = shell("siem:dataset-add blocklist 8.8.8.8");
            assertFalse(added, added.toLowerCase().contains("error"));
            assertTrue(shell("siem:dataset --contains 8.8.8.8 blocklist").contains("8.8.8.8: "));
            // A CIDR set created from the shell and filled from the AWS ip-ranges.json format.
            shell("siem:dataset-add --kind CIDR_SET aws");
            Path ranges = Files.createTempFile("ip-ranges", ".json");
            Files.writeString(ranges, AWS_RANGES, StandardCharsets.UTF_8);
            String imported = shell("siem:dataset-import --format aws aws " + ranges);
            assertTrue(imported, imported.contains("Imported 3 entries into aws"));
            String lookup = shell("siem:dataset --contains 52.94.77.1 aws");
            assertTrue(lookup, lookup.contains("aws|us-west-2|AMAZON"));
            // The asset tag enricher's host dataset (TEXT_MAP), value in its documented form.
            shell("siem:dataset-add assets gw-" + token + " \"criticality=high_impact;owner=netops;tags=dmz\"");
            String listed = shell("siem:datasets");
            for (String name : List.of("blocklist", "aws", "assets", "ioc")) {
                assertTrue(listed, listed.contains(name));
            }

            String first = "<13>Feb  5 17:32:18 gw-" + token + " kernel: " + token
                    + " action=allow src=8.8.8.8 dst=52.94.76.5 dport=443";
            assertEquals(1, ingest.ingestAll(List.of(RawLog.of(first))));
            Event e = sink.await(first, 5, TimeUnit.MINUTES);
            assertNotNull("the line went through the pipeline", e);
            String json = e.toString();
            assertTrue(json, e.hasTag("blocklisted"));
            assertField(json, "threat.indicator.ip", "8.8.8.8");
            assertField(json, "threat.indicator.provider", "blocklist");
            assertField(json, "cloud.provider", "aws");
            assertField(json, "cloud.region", "us-west-2");
            assertField(json, "host.asset.criticality", "high_impact");
            assertField(json, "host.asset.owner", "netops");
            assertTrue(json, e.hasTag("dmz"));
            assertEquals(json, "US", e.getText(Fields.SOURCE_GEO_COUNTRY_ISO_CODE));
            assertTrue(json, e.hasTag("never_seen_ip"));

            // Removed from the blocklist, the aws dataset dropped: the next event has neither; its addresses are
            // no longer new.
            String removed = shell("siem:dataset-remove blocklist 8.8.8.8");
            assertTrue(removed, removed.contains("Removed 8.8.8.8"));
            String dropped = shell("siem:dataset-remove aws");
            assertTrue(dropped, dropped.contains("Removed dataset aws"));
            assertFalse(shell("siem:datasets").contains("aws"));
            String second = first.replace("action=allow", "action=deny");
            assertEquals(1, ingest.ingestAll(List.of(RawLog.of(second))));
            Event again = sink.await(second, 5, TimeUnit.MINUTES);
            assertNotNull("the second line went through the pipeline", again);
            String json2 = again.toString();
            assertFalse(json2, again.hasTag("blocklisted"));
            assertFalse(json2, json2.contains("\"cloud.provider\""));
            assertFalse(json2, json2.contains("\"threat.indicator."));
            assertFalse(json2, again.hasTag("never_seen_ip"));
            assertField(json2, "host.asset.criticality", "high_impact");
            assertEquals(json2, "US", again.getText(Fields.SOURCE_GEO_COUNTRY_ISO_CODE));
        } finally {
            registration.unregister();
        }
    }

    private static void assertField(String json, String field, String value) {
        assertTrue(field + " = " + value + " in " + json, json.contains("\"" + field + "\":\"" + value + "\""));
    }

    private String shell(String command) throws Exception {
        return ItSupport.shell(sessions, command);
    }
}
