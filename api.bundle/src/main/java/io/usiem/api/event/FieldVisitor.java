package io.usiem.api.event;

import java.util.List;
import java.util.Map;

/**
 * Receives the fields of an event with their typed values, without boxing; used by stores,
 * serialisers and rule engines that walk every field. Methods default to doing nothing.
 */
public interface FieldVisitor {
    /** @param field a KEYWORD or TEXT field @param value its value */
    default void text(Field field, String value) {
    }

    /** @param field an IP field @param value its value */
    default void ip(Field field, IpAddress value) {
    }

    /** @param field a LONG field @param value its value */
    default void longValue(Field field, long value) {
    }

    /** @param field a DOUBLE field @param value its value */
    default void doubleValue(Field field, double value) {
    }

    /** @param field a TIMESTAMP field @param epochNanos nanoseconds since the epoch */
    default void timestamp(Field field, long epochNanos) {
    }

    /** @param field a BOOLEAN field @param value its value */
    default void booleanValue(Field field, boolean value) {
    }

    /** @param field a KEYWORD_LIST field @param values its immutable values */
    default void list(Field field, List<String> values) {
    }

    /** @param field an IP_LIST field @param values its immutable values @since 1.0 */
    default void ipList(Field field, List<IpAddress> values) {
    }

    /** @param field a LONG_LIST field @param values its immutable values @since 1.0 */
    default void longList(Field field, List<Long> values) {
    }

    /** @param field a DOUBLE_LIST field @param values its immutable values @since 1.0 */
    default void doubleList(Field field, List<Double> values) {
    }

    /** @param field an OBJECT_LIST field @param values its immutable objects @since 1.0 */
    default void objectList(Field field, List<Map<String, Object>> values) {
    }
}
