package io.usiem.connector.datasets.internal;

/**
 * The label cloud range importers give each network, {@code provider|region|service}, read by the
 * cloud provider enricher. Azure's global tags have no region: the field is then empty.
 */
final class CloudLabel {
    private CloudLabel() {
    }

    static String format(String provider, String region, String service) {
        return provider + '|' + region.replace('|', '_') + '|' + service.replace('|', '_');
    }
}
