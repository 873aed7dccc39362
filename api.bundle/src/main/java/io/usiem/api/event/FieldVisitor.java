package io.usiem.api.event;

import java.util.List;

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
}
