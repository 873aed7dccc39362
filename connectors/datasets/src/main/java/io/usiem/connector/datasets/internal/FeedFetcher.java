package io.usiem.connector.datasets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Fetches a feed from an http(s) URL with {@code If-None-Match} / {@code If-Modified-Since}, or from a
 * file (a {@code file:} URL or a path) when its modification time changed. Remembers the validators
 * between calls; one instance per feed, used by one thread at a time.
 */
final class FeedFetcher {
    private final HttpClient http;
    private final String source;
    private @Nullable String etag;
    private @Nullable String lastModified;
    private long fileMtime = -1;

    /** What a fetch gave. */
    interface Body {
        void read(InputStream in) throws IOException;
    }

    FeedFetcher(HttpClient http, String source) {
        this.http = http;
        this.source = source;
    }

    /** @return true when new content was read by {@code body}, false when unchanged (304 or same mtime) */
    boolean fetch(Body body) throws IOException, InterruptedException {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(source)).timeout(Duration.ofSeconds(60)).GET();
            if (etag != null) {
                rb.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                rb.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> resp = http.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = resp.body()) {
                if (resp.statusCode() == 304) {
                    return false;
                }
                if (resp.statusCode() != 200) {
                    throw new IOException("HTTP " + resp.statusCode() + " from " + source);
                }
                body.read(in);
            }
            etag = resp.headers().firstValue("ETag").orElse(null);
            lastModified = resp.headers().firstValue("Last-Modified").orElse(null);
            return true;
        }
        Path p = source.startsWith("file:") ? Path.of(URI.create(source)) : Path.of(source);
        long mtime = Files.getLastModifiedTime(p).toMillis();
        if (mtime == fileMtime) {
            return false;
        }
        try (InputStream in = Files.newInputStream(p)) {
            body.read(in);
        }
        fileMtime = mtime;
        return true;
    }
}
