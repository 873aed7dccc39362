/**
 * The search SPI: a parsed query tree any engine can execute ({@link Query}, built by {@link QueryParser}
 * from the analyst's query language), search requests with a time window and search-after paging,
 * aggregations, and the {@link CallerContext} every call carries so that access control, tenants and
 * field protection can be added without changing the interfaces. Stores provide {@link EventSearch} and
 * {@link AlertSearch}; the shell and REST call them.
 *
 * @since 1.1
 */
@Export
@NullMarked
@Version("1.0.0")
package io.usiem.api.search;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
