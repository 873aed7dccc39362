package io.usiem.api.event;

import java.util.Objects;

/**
 * A named, typed field. The dictionary fields are the constants of {@link Fields}; any other name
 * (vendor fields such as Windows {@code EventData} names, which Sigma rules refer to) is a dynamic
 * field made with {@link #of(String, FieldType)}.
 *
 * <p>Two fields are equal when their names are equal. Dictionary fields are compared by identity
 * first, which is what makes lookups in an event cheap.
 */
public final class Field {
    private final String name;
    private final FieldType type;
    private final boolean dynamic;
    private final int hash;

    Field(String name, FieldType type, boolean dynamic) {
        this.name = Objects.requireNonNull(name, "name").intern();
        this.type = Objects.requireNonNull(type, "type");
        this.dynamic = dynamic;
        this.hash = this.name.hashCode();
    }

    /**
     * Returns the dictionary field of that name, or a dynamic field of the given type when the name is
     * not in the dictionary.
     *
     * @param name the dotted field name, for example {@code source.ip} or {@code CommandLine}
     * @param type the type used when the name is not a dictionary field
     * @return the field
     * @throws IllegalArgumentException if the name is empty
     */
    public static Field of(String name, FieldType type) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("field name must not be empty");
        }
        Field known = Fields.byName(name);
        return known != null ? known : new Field(name, type, true);
    }

    /**
     * Returns the dictionary field of that name, or a dynamic keyword field.
     *
     * @param name the field name
     * @return the field
     */
    public static Field of(String name) {
        return of(name, FieldType.KEYWORD);
    }

    /** @return the dotted field name */
    public String name() {
        return name;
    }

    /** @return the value type */
    public FieldType type() {
        return type;
    }

    /** @return true when the field is not part of the dictionary */
    public boolean isDynamic() {
        return dynamic;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Field && ((Field) o).hash == hash && ((Field) o).name.equals(name));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return name;
    }
}
