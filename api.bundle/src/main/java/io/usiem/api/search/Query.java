package io.usiem.api.search;

import io.usiem.api.event.IpAddress;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A node of a parsed query. Engines translate the tree with a {@link QueryVisitor}; the nodes are immutable
 * values. Field names are the event's JSON names ({@code source.ip}, {@code @timestamp}, {@code event.original});
 * a node without a field ({@code field == null}) searches the raw message.
 *
 * @since 1.1
 */
public sealed interface Query permits Query.MatchAll, Query.Term, Query.Phrase, Query.Wildcard, Query.Range,
        Query.Cidr, Query.Exists, Query.FreeText, Query.And, Query.Or, Query.Not {

    /**
     * @param visitor the engine's translator
     * @param <R> what the engine builds
     * @return what the visitor returned for this node
     */
    <R> R accept(QueryVisitor<R> visitor);

    /** Every event. */
    record MatchAll() implements Query {
        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.matchAll();
        }

        @Override
        public String toString() {
            return "*";
        }
    }

    /**
     * A field equals a value: exact for keywords, a number for numeric fields, an address for IP fields,
     * the analysed words for text fields.
     *
     * @param field the field name
     * @param value the value as typed, unescaped
     */
    record Term(String field, String value) implements Query {
        /** Checks the components. */
        public Term {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.term(this);
        }

        @Override
        public String toString() {
            return field + ":" + QueryParser.quoteIfNeeded(value);
        }
    }

    /**
     * A quoted value: the words in this order for text fields and the raw message, the whole value for keywords.
     *
     * @param field the field, or null for the raw message
     * @param text the text inside the quotes, unescaped
     */
    record Phrase(@Nullable String field, String text) implements Query {
        /** Checks the components. */
        public Phrase {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.phrase(this);
        }

        @Override
        public String toString() {
            return (field == null ? "" : field + ":") + QueryParser.quote(text);
        }
    }

    /**
     * A pattern with {@code *} (any characters) and {@code ?} (one character).
     *
     * @param field the field, or null for the words of the raw message
     * @param pattern the pattern, unescaped
     */
    record Wildcard(@Nullable String field, String pattern) implements Query {
        /** Checks the components. */
        public Wildcard {
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.wildcard(this);
        }

        @Override
        public String toString() {
            return (field == null ? "" : field + ":") + pattern;
        }
    }

    /**
     * Values between two bounds, compared in the field's type (numbers, addresses, times, strings). Time bounds
     * accept what {@link TimeExpressions#parse} does.
     *
     * @param field the field name
     * @param lower the lower bound, or null for none
     * @param upper the upper bound, or null for none
     * @param includeLower whether the lower bound matches
     * @param includeUpper whether the upper bound matches
     */
    record Range(String field, @Nullable String lower, @Nullable String upper, boolean includeLower,
            boolean includeUpper) implements Query {
        /** Checks the components. */
        public Range {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.range(this);
        }

        @Override
        public String toString() {
            return field + ":" + (includeLower ? "[" : "{") + (lower == null ? "*" : QueryParser.quoteIfNeeded(lower))
                    + " TO " + (upper == null ? "*" : QueryParser.quoteIfNeeded(upper)) + (includeUpper ? "]" : "}");
        }
    }

    /**
     * An IP field within a network.
     *
     * @param field the field name
     * @param network the network address (host bits may be set; they are ignored)
     * @param prefixLength the prefix length, 0-32 for IPv4, 0-128 for IPv6
     */
    record Cidr(String field, IpAddress network, int prefixLength) implements Query {
        /** Checks the components. */
        public Cidr {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(network, "network");
            if (prefixLength < 0 || prefixLength > (network.isV4() ? 32 : 128)) {
                throw new IllegalArgumentException("prefix length " + prefixLength + " out of range for " + network);
            }
        }

        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.cidr(this);
        }

        @Override
        public String toString() {
            return field + ":" + network + "/" + prefixLength;
        }
    }

    /**
     * The field has a value.
     *
     * @param field the field name
     */
    record Exists(String field) implements Query {
        /** Checks the components. */
        public Exists {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.exists(this);
        }

        @Override
        public String toString() {
            return field + ":*";
        }
    }

    /**
     * A word (or words joined by punctuation, such as {@code 10.0.0.1} or {@code foo-bar}) of the raw message.
     *
     * @param text the text as typed, unescaped
     */
    record FreeText(String text) implements Query {
        /** Checks the components. */
        public FreeText {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.freeText(this);
        }

        @Override
        public String toString() {
            return QueryParser.quoteIfNeeded(text);
        }
    }

    /**
     * All clauses match.
     *
     * @param clauses two or more clauses
     */
    record And(List<Query> clauses) implements Query {
        /** Copies the clauses. */
        public And {
            clauses = List.copyOf(clauses);
        }

        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.and(this);
        }

        @Override
        public String toString() {
            return join(clauses, " AND ");
        }
    }

    /**
     * At least one clause matches.
     *
     * @param clauses two or more clauses
     */
    record Or(List<Query> clauses) implements Query {
        /** Copies the clauses. */
        public Or {
            clauses = List.copyOf(clauses);
        }

        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.or(this);
        }

        @Override
        public String toString() {
            return join(clauses, " OR ");
        }
    }

    /**
     * The clause does not match.
     *
     * @param clause the negated clause
     */
    record Not(Query clause) implements Query {
        /** Checks the component. */
        public Not {
            Objects.requireNonNull(clause, "clause");
        }

        @Override
        public <R> R accept(QueryVisitor<R> v) {
            return v.not(this);
        }

        @Override
        public String toString() {
            return "NOT " + (clause instanceof And || clause instanceof Or ? "(" + clause + ")" : clause.toString());
        }
    }

    private static String join(List<Query> clauses, String op) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0) {
                sb.append(op);
            }
            sb.append(clauses.get(i));
        }
        return sb.append(')').toString();
    }
}
