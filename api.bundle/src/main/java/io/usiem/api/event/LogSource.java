package io.usiem.api.event;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * The Sigma logsource of an event: product, service and category as Sigma's taxonomy names them
 * ({@code windows}/{@code security}, {@code windows}/{@code sysmon} + {@code process_creation},
 * {@code linux}/{@code auth}). Rules are routed to events by it. Any part may be null. Immutable.
 *
 * @since 1.0
 */
public final class LogSource {
    private final String product;
    private final String service;
    private final String category;

    private LogSource(String product, String service, String category) {
        this.product = product;
        this.service = service;
        this.category = category;
    }

    /**
     * @param product Sigma product, or null
     * @param service Sigma service, or null
     * @param category Sigma category, or null
     * @return the logsource
     * @throws IllegalArgumentException when all three are null
     */
    public static LogSource of(@Nullable String product, @Nullable String service, @Nullable String category) {
        if (product == null && service == null && category == null) {
            throw new IllegalArgumentException("a logsource names at least one of product, service, category");
        }
        return new LogSource(product, service, category);
    }

    /** @return the product, or null */
    public @Nullable String product() {
        return product;
    }

    /** @return the service, or null */
    public @Nullable String service() {
        return service;
    }

    /** @return the category, or null */
    public @Nullable String category() {
        return category;
    }

    /**
     * @param category a Sigma category
     * @return this logsource with that category (a Sysmon event id decides its category)
     */
    public LogSource withCategory(@Nullable String category) {
        return Objects.equals(category, this.category) ? this : of(product, service, category);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogSource && Objects.equals(((LogSource) o).product, product)
                && Objects.equals(((LogSource) o).service, service) && Objects.equals(((LogSource) o).category, category);
    }

    @Override
    public int hashCode() {
        return Objects.hash(product, service, category);
    }

    /** @return {@code product/service/category} with {@code -} for an absent part */
    @Override
    public String toString() {
        return (product == null ? "-" : product) + "/" + (service == null ? "-" : service) + "/"
                + (category == null ? "-" : category);
    }
}
