package io.usiem.connector.datasets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.usiem.api.event.IpAddress;

class ImporterTest {
    static final Path CORPUS = Path.of("../../../shared/corpus/intel");

    private static List<StoredDataset.Change> read(FeedFormat f, ImportOptions o, String resource) throws IOException {
        try (InputStream in = ImporterTest.class.getResourceAsStream("/feeds/" + resource)) {
            return Importer.read(f, o, in);
        }
    }

    private static CidrDataset cidr(List<StoredDataset.Change> changes) {
        CidrDataset d = new CidrDataset("c", () -> 0L);
        d.apply(changes);
        return d;
    }

    private static IpAddress ip(String s) {
        return IpAddress.parse(s);
    }

    @Test
    void aws() throws IOException {
        CidrDataset d = cidr(read(FeedFormat.AWS, ImportOptions.DEFAULTS, "ip-ranges.json"));
        assertEquals(6, d.size(), "the duplicate AMAZON/S3 prefix keeps the later, more specific service");
        assertEquals("aws|ap-northeast-2|S3", d.match(ip("3.5.141.9")));
        assertEquals("aws|us-east-1|EC2", d.match(ip("52.95.255.70")));
        assertEquals("aws|us-west-2|EC2", d.match(ip("2600:1f14::1")));
        assertNull(d.match(ip("8.8.8.8")));
    }

    @Test
    void azure() throws IOException {
        CidrDataset d = cidr(read(FeedFormat.AZURE, ImportOptions.DEFAULTS, "ServiceTags_Public.json"));
        assertEquals("azure|westeurope|AzureStorage", d.match(ip("13.69.40.10")), "the /24 service tag inside the region's /17");
        assertEquals("azure|westeurope|AzureCloud.westeurope", d.match(ip("13.69.41.10")));
        assertEquals("azure||AzureAD", d.match(ip("20.190.130.1")));
        assertEquals("azure||AzureAD", d.match(ip("2603:1006:2000::5")));
    }

    @Test
    void gcp() throws IOException {
        CidrDataset d = cidr(read(FeedFormat.GCP, ImportOptions.DEFAULTS, "cloud.json"));
        assertEquals("gcp|us-central1|Google Cloud", d.match(ip("35.199.200.1")));
        assertEquals("gcp|africa-south1|Google Cloud", d.match(ip("2600:1900:8001::1")));
    }

    @Test
    void stix() throws IOException {
        List<StoredDataset.Change> c = read(FeedFormat.STIX, ImportOptions.DEFAULTS, "indicators.stix.json");
        List<String> keys = c.stream().map(StoredDataset.Change::key).toList();
        assertEquals(List.of("198.51.100.23", "login-micros0ft.example", "http://login-micros0ft.example/o365/index.php",
                "AEC070645FE53EE3B3763059376134F058CC337247C978ADD178B6CCDFB0019F", "8f14e45fceea167a5a36dedd4bea2543",
                "2001:db8:dead::1", "192.0.2.0/25"), keys, "revoked and non-STIX patterns are skipped");
        assertEquals("Emotet C2", c.get(0).value());
        TextSetDataset hashes = new TextSetDataset("h", () -> 0L);
        hashes.apply(c);
        assertTrue(hashes.contains("aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f"));
        IpSetDataset ips = new IpSetDataset("i", () -> 0L);
        assertEquals(2, ips.apply(c), "an IP set takes the addresses only");
        CidrDataset nets = cidr(c);
        assertEquals("Botnet v6 and v4 net", nets.match(ip("192.0.2.100")));
    }

    @Test
    void mispAttributesAndEvent() throws IOException {
        List<String> keys = read(FeedFormat.MISP, ImportOptions.DEFAULTS, "misp-attributes.json").stream()
                .map(StoredDataset.Change::key).toList();
        assertEquals(List.of("198.51.100.77", "203.0.113.9", "evil.example",
                "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f"), keys, "to_ids=false and comments skipped");
        List<StoredDataset.Change> ev = read(FeedFormat.MISP, ImportOptions.DEFAULTS, "misp-event.json");
        assertEquals(List.of("update.ransom.example", "8F14E45FCEEA167A5A36DEDD4BEA2543", "2001:db8::bad"),
                ev.stream().map(StoredDataset.Change::key).toList());
        assertEquals("Ransomware campaign 2024-01", ev.get(0).value());
    }

    @Test
    void csvWithQuotesHeaderAndValueColumn() throws IOException {
        List<StoredDataset.Change> c = read(FeedFormat.CSV, new ImportOptions(0, 2, ',', true, 1), "list.csv");
        assertEquals(3, c.size());
        assertEquals("198.51.100.5", c.get(0).key());
        assertEquals("scanner, aggressive", c.get(0).value());
        assertEquals("phish \"kit\"", c.get(2).value());
    }

    @Test
    void plainSkipsCommentsAndTakesTheFirstToken() throws IOException {
        String text = "# comment\n; other\n\n198.51.100.1 # inline\n 198.51.100.2\tfoo\n10.0.0.0/8\n";
        List<StoredDataset.Change> c = Importer.read(FeedFormat.PLAIN, ImportOptions.DEFAULTS,
                new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of("198.51.100.1", "198.51.100.2", "10.0.0.0/8"), c.stream().map(StoredDataset.Change::key).toList());
    }

    @Test
    void ipsumCorpusWithMinimumCount() throws IOException {
        Path f = CORPUS.resolve("ipsum/ipsum.txt");
        Assumptions.assumeTrue(Files.exists(f), "IPsum corpus absent: " + f.toAbsolutePath());
        List<StoredDataset.Change> all;
        List<StoredDataset.Change> three;
        try (InputStream in = Files.newInputStream(f)) {
            all = Importer.read(FeedFormat.IPSUM, new ImportOptions(0, -1, ',', false, 1), in);
        }
        try (InputStream in = Files.newInputStream(f)) {
            three = Importer.read(FeedFormat.IPSUM, new ImportOptions(0, -1, ',', false, 3), in);
        }
        assertTrue(all.size() > 50_000, "ipsum has many addresses: " + all.size());
        assertTrue(three.size() < all.size() && !three.isEmpty());
        IpMapDataset d = new IpMapDataset("ipsum", () -> 0L);
        assertEquals(three.size(), d.apply(three), "every IPsum line is a valid address");
        assertEquals("10", d.get(ip("77.90.185.20")));
        assertTrue(three.stream().allMatch(c -> Integer.parseInt(c.value()) >= 3));
    }

    @Test
    void fireholCorpus() throws IOException {
        Path f = CORPUS.resolve("firehol/feodo.ipset");
        Assumptions.assumeTrue(Files.exists(f), "FireHOL corpus absent: " + f.toAbsolutePath());
        List<StoredDataset.Change> c;
        try (InputStream in = Files.newInputStream(f)) {
            c = Importer.read(FeedFormat.FIREHOL, ImportOptions.DEFAULTS, in);
        }
        IpSetDataset d = new IpSetDataset("feodo", () -> 0L);
        assertEquals(c.size(), d.apply(c));
        assertTrue(d.contains(ip("2.50.11.28")));
        assertFalse(d.contains(ip("2.50.11.29")));
    }
}
