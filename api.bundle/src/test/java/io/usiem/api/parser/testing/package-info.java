/**
 * The parsers' shared test harness, shipped in the API's test-jar (a parser's pom adds
 * {@code io.usiem:io.usiem.api:test-jar} in test scope).
 *
 * <ul>
 * <li>{@link io.usiem.api.parser.testing.GoldenFiles}: {@code src/test/resources/golden/<name>.log} in,
 * {@code <name>.expected} compared line by line (event JSON read back with {@code EventJsonReader},
 * {@code NOT_MINE}, {@code FORMAT_ERROR: reason}); {@code -Dusiem.golden.update=true} rewrites the expected
 * file, which you then review.</li>
 * <li>{@link io.usiem.api.parser.testing.LineMutator} and {@link io.usiem.api.parser.testing.ParserFuzzing}:
 * 100,000 seeded mutations of valid lines through a parser; no exception may escape (the failure quotes the
 * mutated line), every result keeps the {@code ParseResult} contract, and the counts per kind come back for
 * the test's own thresholds.</li>
 * </ul>
 *
 * A parser's test keeps what is its own: the parser's construction and zone, the alphabet of its format's
 * separators and any extra mutation kind, its received time and source types, and its extra assertions.
 * Test code only: nothing here is exported by the API bundle.
 */
package io.usiem.api.parser.testing;
