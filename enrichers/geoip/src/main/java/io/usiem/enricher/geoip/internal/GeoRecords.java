package io.usiem.enricher.geoip.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.maxmind.db.MaxMindDbConstructor;
import com.maxmind.db.MaxMindDbParameter;

/**
 * The parts of MaxMind's City/Country and ASN records we read: the reader decodes only these
 * fields into these classes (public, with annotated constructors, as the reader requires).
 */
public final class GeoRecords {
    private GeoRecords() {
    }

    /** A City or Country database record. */
    public static final class City {
        final @Nullable Named country;
        final @Nullable Named continent;
        final @Nullable Named city;
        final @Nullable Location location;
        final @Nullable List<Subdivision> subdivisions;

        @MaxMindDbConstructor
        public City(@MaxMindDbParameter(name = "country") @Nullable Named country,
                @MaxMindDbParameter(name = "continent") @Nullable Named continent,
                @MaxMindDbParameter(name = "city") @Nullable Named city,
                @MaxMindDbParameter(name = "location") @Nullable Location location,
                @MaxMindDbParameter(name = "subdivisions") @Nullable List<Subdivision> subdivisions) {
            this.country = country;
            this.continent = continent;
            this.city = city;
            this.location = location;
            this.subdivisions = subdivisions;
        }
    }

    /** Country, continent or city: a code and names by language. */
    public static final class Named {
        final @Nullable String isoCode;
        final @Nullable String code;
        final @Nullable Map<String, String> names;

        @MaxMindDbConstructor
        public Named(@MaxMindDbParameter(name = "iso_code") @Nullable String isoCode,
                @MaxMindDbParameter(name = "code") @Nullable String code,
                @MaxMindDbParameter(name = "names") @Nullable Map<String, String> names) {
            this.isoCode = isoCode;
            this.code = code;
            this.names = names;
        }

        @Nullable String english() {
            return names == null ? null : names.get("en");
        }
    }

    /** A region (state, province). */
    public static final class Subdivision {
        final @Nullable String isoCode;
        final @Nullable Map<String, String> names;

        @MaxMindDbConstructor
        public Subdivision(@MaxMindDbParameter(name = "iso_code") @Nullable String isoCode,
                @MaxMindDbParameter(name = "names") @Nullable Map<String, String> names) {
            this.isoCode = isoCode;
            this.names = names;
        }
    }

    /** Coordinates and time zone. */
    public static final class Location {
        final @Nullable Double latitude;
        final @Nullable Double longitude;
        final @Nullable String timeZone;

        @MaxMindDbConstructor
        public Location(@MaxMindDbParameter(name = "latitude") @Nullable Double latitude,
                @MaxMindDbParameter(name = "longitude") @Nullable Double longitude,
                @MaxMindDbParameter(name = "time_zone") @Nullable String timeZone) {
            this.latitude = latitude;
            this.longitude = longitude;
            this.timeZone = timeZone;
        }
    }

    /** An ASN database record. */
    public static final class Asn {
        final @Nullable Long number;
        final @Nullable String organization;

        @MaxMindDbConstructor
        public Asn(@MaxMindDbParameter(name = "autonomous_system_number") @Nullable Long number,
                @MaxMindDbParameter(name = "autonomous_system_organization") @Nullable String organization) {
            this.number = number;
            this.organization = organization;
        }
    }
}
