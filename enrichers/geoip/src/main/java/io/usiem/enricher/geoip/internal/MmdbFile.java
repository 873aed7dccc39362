package io.usiem.enricher.geoip.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;

/**
 * One MaxMind DB file and its open reader, swapped when the file changes (modification time or
 * size). The previous reader is closed one check later, so lookups that still hold it finish.
 */
final class MmdbFile {
    private static final Logger LOG = LoggerFactory.getLogger(MmdbFile.class);

    private final @Nullable Path path;
    private volatile @Nullable Reader reader;
    private @Nullable Reader retired;
    private long mtime = -1;
    private long size = -1;
    private volatile String status = "not loaded";

    /** @param path the file, null when disabled */
    MmdbFile(@Nullable Path path) {
        this.path = path;
    }

    @Nullable Reader reader() {
        return reader;
    }

    String status() {
        return status;
    }

    /** Opens the file, or reopens it when it changed. Called from the watcher thread only. @return whether a new reader was published */
    synchronized boolean check() {
        closeRetired();
        if (path == null) {
            status = "disabled";
            return false;
        }
        try {
            if (!Files.isRegularFile(path)) {
                status = "missing: " + path;
                return false;
            }
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            long m = a.lastModifiedTime().toMillis();
            if (m == mtime && a.size() == size && reader != null) {
                return false;
            }
            // Read into memory: a file replaced or deleted under a mapped reader cannot pull pages from under lookups.
            Reader r = new Reader(new File(path.toString()), Reader.FileMode.MEMORY, new CHMCache());
            retired = reader;
            reader = r;
            mtime = m;
            size = a.size();
            status = "loaded " + r.getMetadata().databaseType() + " built " + r.getMetadata().buildTime() + " from " + path;
            LOG.info("GeoIP database {}", status);
            return true;
        } catch (IOException | RuntimeException e) {
            status = "failed to load " + path + ": " + e.getMessage() + (reader != null ? "; previous database kept" : "");
            LOG.warn("GeoIP database {}", status);
            return false;
        }
    }

    private void closeRetired() {
        Reader r = retired;
        retired = null;
        if (r != null) {
            try {
                r.close();
            } catch (IOException e) {
                LOG.debug("Closing a retired GeoIP reader failed", e);
            }
        }
    }

    synchronized void close() {
        closeRetired();
        Reader r = reader;
        reader = null;
        if (r != null) {
            try {
                r.close();
            } catch (IOException e) {
                LOG.debug("Closing the GeoIP reader failed", e);
            }
        }
    }
}
