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
 * AbuseIPDB API v2 {@code GET /api/v2/check?ipAddress=&maxAgeInDays=} with the {@code Key} header; the answer's
 * {@code data.abuseConfidenceScore} (0-100) is the score. HTTP 429 carries {@code Retry-After} seconds.
 */
final class AbuseIpDb implements Lookup {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String baseUrl;
    private final String key;
    private final int maxAgeDays;
    private final int threshold;

    AbuseIpDb(HttpClient http, String baseUrl, String key, int maxAgeDays, int threshold) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.key = key;
        this.maxAgeDays = maxAgeDays;
        this.threshold = threshold;
    }

    @Override
    public Answer ask(Kind kind, String value) throws IOException, InterruptedException {
        if (kind != Kind.IP) {
            return Answer.unknown();
        }
        URI uri = URI.create(baseUrl + "/api/v2/check?ipAddress=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
                + "&maxAgeInDays=" + maxAgeDays);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Key", key).header("Accept", "application/json").GET().build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() == 429) {
            return Answer.retryAfter(Gatherer.retryAfterMillis(resp, 60_000));
        }
        if (resp.statusCode() != 200) {
            throw new IOException("AbuseIPDB HTTP " + resp.statusCode() + ": " + Gatherer.clip(resp.body()));
        }
        JsonNode d = JSON.readTree(resp.body()).path("data");
        int score = d.path("abuseConfidenceScore").asInt(0);
        String summary = "score=" + score + " reports=" + d.path("totalReports").asInt(0)
                + (d.hasNonNull("countryCode") ? " country=" + d.path("countryCode").asText() : "")
                + (d.hasNonNull("isp") ? " isp=" + d.path("isp").asText() : "")
                + (d.path("isTor").asBoolean(false) ? " tor" : "");
        return new Answer(score, summary, score >= threshold, 0);
    }
}
