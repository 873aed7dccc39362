package io.usiem.api.search;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Translates a {@link Query} tree into an engine's own query (a Lucene query, an OpenSearch JSON query).
 *
 * @param <R> what the engine builds
 * @since 1.1
 */
@ConsumerType
public interface QueryVisitor<R> {
    /** @return the engine's match-all */
    R matchAll();

    /** @param q the node @return its translation */
    R term(Query.Term q);

    /** @param q the node @return its translation */
    R phrase(Query.Phrase q);

    /** @param q the node @return its translation */
    R wildcard(Query.Wildcard q);

    /** @param q the node @return its translation */
    R range(Query.Range q);

    /** @param q the node @return its translation */
    R cidr(Query.Cidr q);

    /** @param q the node @return its translation */
    R exists(Query.Exists q);

    /** @param q the node @return its translation */
    R freeText(Query.FreeText q);

    /** @param q the node; translate its clauses with this visitor @return its translation */
    R and(Query.And q);

    /** @param q the node; translate its clauses with this visitor @return its translation */
    R or(Query.Or q);

    /** @param q the node; translate its clause with this visitor @return its translation */
    R not(Query.Not q);
}
