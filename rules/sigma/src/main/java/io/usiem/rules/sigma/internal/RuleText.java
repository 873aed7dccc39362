package io.usiem.rules.sigma.internal;

/**
 * A rule file's text and where it came from.
 *
 * @param source the bundle or folder
 * @param path the file's path within it
 * @param yaml the file's text
 */
record RuleText(String source, String path, String yaml) {
    String where() {
        return source + ":" + path;
    }
}
