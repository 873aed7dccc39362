package io.usiem.enricher.geoip.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;

/**
 * The ECS geo and AS fields of one address field ({@code source}, {@code destination}...), those the
 * dictionary lacks defined here. {@code geo.location} is written as {@code lat}/{@code lon}, the
 * object form of an Elasticsearch geo_point.
 */
final class GeoFields {
    final Field ip;
    final Field countryIso;
    final Field countryName;
    final Field continentName;
    final Field continentCode;
    final Field cityName;
    final Field regionIso;
    final Field regionName;
    final Field lat;
    final Field lon;
    final Field timezone;
    final Field asNumber;
    final Field asOrg;

    private GeoFields(String prefix, Field ip) {
        this.ip = ip;
        this.countryIso = prefix.equals("source") ? Fields.SOURCE_GEO_COUNTRY_ISO_CODE
                : prefix.equals("destination") ? Fields.DESTINATION_GEO_COUNTRY_ISO_CODE
                : Field.of(prefix + ".geo.country_iso_code", FieldType.KEYWORD);
        this.countryName = Field.of(prefix + ".geo.country_name", FieldType.KEYWORD);
        this.continentName = Field.of(prefix + ".geo.continent_name", FieldType.KEYWORD);
        this.continentCode = Field.of(prefix + ".geo.continent_code", FieldType.KEYWORD);
        this.cityName = Field.of(prefix + ".geo.city_name", FieldType.KEYWORD);
        this.regionIso = Field.of(prefix + ".geo.region_iso_code", FieldType.KEYWORD);
        this.regionName = Field.of(prefix + ".geo.region_name", FieldType.KEYWORD);
        this.lat = Field.of(prefix + ".geo.location.lat", FieldType.DOUBLE);
        this.lon = Field.of(prefix + ".geo.location.lon", FieldType.DOUBLE);
        this.timezone = Field.of(prefix + ".geo.timezone", FieldType.KEYWORD);
        this.asNumber = prefix.equals("source") ? Fields.SOURCE_AS_NUMBER
                : prefix.equals("destination") ? Fields.DESTINATION_AS_NUMBER
                : Field.of(prefix + ".as.number", FieldType.LONG);
        this.asOrg = prefix.equals("source") ? Fields.SOURCE_AS_ORGANIZATION_NAME
                : prefix.equals("destination") ? Fields.DESTINATION_AS_ORGANIZATION_NAME
                : Field.of(prefix + ".as.organization.name", FieldType.KEYWORD);
    }

    /** @param ipField {@code source.ip}, {@code destination.ip}, {@code client.ip}, or {@code server.ip} */
    static GeoFields of(String ipField) {
        return switch (ipField.trim()) {
            case "source.ip" -> new GeoFields("source", Fields.SOURCE_IP);
            case "destination.ip" -> new GeoFields("destination", Fields.DESTINATION_IP);
            case "client.ip" -> new GeoFields("client", Fields.CLIENT_IP);
            case "server.ip" -> new GeoFields("server", Fields.SERVER_IP);
            default -> throw new IllegalArgumentException("GeoIP enricher: ip.fields takes source.ip, destination.ip, client.ip, server.ip; not " + ipField);
        };
    }
}
