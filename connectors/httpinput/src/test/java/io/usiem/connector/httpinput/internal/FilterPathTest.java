package io.usiem.connector.httpinput.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FilterPathTest {
    @Test
    void patternsAsElasticsearchReadsThem() {
        FilterPath f = FilterPath.of("errors,items.*.error,items.*.status");
        assertTrue(f.includes("errors"));
        assertFalse(f.includes("took"));
        assertTrue(f.includes("items", "create", "status"));
        assertTrue(f.includes("items", "index", "error"));
        assertFalse(f.includes("items", "index", "_id"));
        assertTrue(FilterPath.of("**.status").includes("items", "create", "status"));
        assertTrue(FilterPath.of("items.*.err*").includes("items", "create", "error"));
        assertTrue(FilterPath.of("items").includes("items", "create", "_shards"));
        assertTrue(FilterPath.of("-took").includes("took"), "exclusions are not supported: everything is sent");
        assertTrue(FilterPath.of("-took").includes("items", "index", "_id"));
        assertTrue(FilterPath.of(null).includes("items", "index", "_id"));
    }
}
