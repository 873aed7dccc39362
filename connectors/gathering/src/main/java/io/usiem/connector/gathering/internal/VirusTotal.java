package io.usiem.connector.gathering.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * VirusTotal API v3: {@code GET /api/v3/ip_addresses/{ip}}, {@code /domains/{domain}}, {@code /files/{hash}}
 * with the {@code x-apikey} header. The score is {@code data.attributes.last_analysis_stats.malicious}
 * (engines flagging it); 404 ({@code NotFoundError}) means VirusTotal does not know the object; 429
 * ({@code QuotaExceededError}) asks to come back later.
 */
final class VirusTotal implements Lookup {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String baseUrl;
    private final String key;
    private final int threshold;

    VirusTotal(HttpClient http, String baseUrl, String key, int threshold) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.key = key;
        this.threshold = threshold;
    }

    @Override
    public Answer ask(Kind kind, String value) throws IOException, InterruptedException {
        String path = switch (kind) {
            case IP -> "/api/v3/ip_addresses/";
            case DOMAIN -> "/api/v3/domains/";
            case HASH -> "/api/v3/files/";
        };
        URI uri = URI.create(baseUrl + path + URLEncoder.encode(value, StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("x-apikey", key).header("Accept", "application/json").GET().build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() == 429) {
            return Answer.retryAfter(Gatherer.retryAfterMillis(resp, 60_000));
        }
        if (resp.statusCode() == 404) {
            return Answer.unknown();
        }
        if (resp.statusCode() != 200) {
            throw new IOException("VirusTotal HTTP " + resp.statusCode() + ": " + Gatherer.clip(resp.body()));
        }
        JsonNode a = JSON.readTree(resp.body()).path("data").path("attributes");
        JsonNode stats = a.path("last_analysis_stats");
        int malicious = stats.path("malicious").asInt(0);
        int suspicious = stats.path("suspicious").asInt(0);
        String summary = "malicious=" + malicious + " suspicious=" + suspicious + " harmless=" + stats.path("harmless").asInt(0)
                + " reputation=" + a.path("reputation").asInt(0);
        return new Answer(malicious, summary, malicious >= threshold, 0);
    }
}
