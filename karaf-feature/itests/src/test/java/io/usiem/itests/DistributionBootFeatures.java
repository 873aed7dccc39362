package io.usiem.itests;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads {@code featuresBoot} from the built distribution, so a test can stage the distribution's own boot
 * features before Pax Exam's: during a features deployment Karaf's resolver hook refuses to resolve any
 * other bundle, and Pax Exam installs its probe as soon as its own bundles start. With the distribution's
 * features in a first boot stage, that deployment is over before Pax Exam's stage begins.
 */
final class DistributionBootFeatures {
    private static final String CFG = "etc/org.apache.karaf.features.cfg";

    private DistributionBootFeatures() {
    }

    /** @return the distribution's boot features as Karaf's first boot stage: {@code (a, b, c)} */
    static String asFirstStage() {
        try {
            return "(" + read().trim() + ")";
        } catch (IOException e) {
            throw new IllegalStateException("cannot read featuresBoot from the distribution", e);
        }
    }

    private static String read() throws IOException {
        Path dist;
        try (Stream<Path> files = Files.list(Path.of("../distribution/target"))) {
            dist = files.filter(p -> p.getFileName().toString().endsWith(".tar.gz")).findFirst()
                    .orElseThrow(() -> new IOException("no distribution tar.gz built in ../distribution/target"));
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(dist)))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = field(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                String prefix = field(header, 345, 155);
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                byte[] body = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (path.endsWith(CFG)) {
                    Properties p = new Properties();
                    p.load(new ByteArrayInputStream(body));
                    return p.getProperty("featuresBoot");
                }
            }
        }
        throw new IOException(CFG + " not found in " + dist);
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
