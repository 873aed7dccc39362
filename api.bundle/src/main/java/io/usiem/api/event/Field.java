package io.usiem.api.event;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A named, typed field. The dictionary fields are the constants of {@link Fields}; any other name
 * (vendor fields such as {@code winlog.event_data.CommandLine}, which Sigma rules refer to) is a dynamic
 * field made with {@link #of(String, FieldType)}.
 *
 * <p>Two fields are equal when their names are equal. Dictionary fields are compared by identity
 * first, which is what makes lookups in an event cheap.
 *
 * <p>Names a log must not be able to write are never dynamic fields: the header keys of the event's JSON
 * ({@code @timestamp}, {@code tags}, {@code organization.id}, {@code event.kind}, {@code event.category},
 * {@code event.type}, {@code event.original}, {@code ecs.version}, {@code observer.vendor}, everything
 * under {@code usiem.}), the objects that hold dictionary fields ({@code source}, {@code event}) and
 * names below a dictionary leaf ({@code source.ip.x}). {@link #of(String, FieldType)} moves such a name
 * under {@link #SHADOWED_PREFIX}, so a key=value pair {@code organization.id=evil} becomes
 * {@code usiem.shadowed.organization.id} and can neither change the tenant nor make a store reject the
 * document.
 */
public final class Field {
    /**
     * Where dynamic fields whose names are reserved go.
     *
     * @since 1.0
     */
    public static final String SHADOWED_PREFIX = "usiem.shadowed.";

    /** Dynamic fields are cached so parsers pay a hash lookup, not an allocation, per field; bounded against hostile keys. */
    private static final int CACHE_LIMIT = 65_536;
    private static final ConcurrentHashMap<String, Field[]> DYNAMIC = new ConcurrentHashMap<>();
    private static final int TYPES = FieldType.values().length;

    private final String name;
    private final FieldType type;
    private final boolean dynamic;
    private final int hash;
    /** Position in the dictionary (the binary codec's field id), -1 for dynamic fields. */
    int id = -1;

    Field(String name, FieldType type, boolean dynamic) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.dynamic = dynamic;
        this.hash = this.name.hashCode();
    }

    /**
     * Returns the dictionary field of that name, or a dynamic field of the given type when the name is
     * not in the dictionary. A reserved name (see the class comment) gives a dynamic field under
     * {@link #SHADOWED_PREFIX}. Cheap: a dynamic field is made once per name and type, then looked up.
     *
     * @param name the dotted field name, for example {@code source.ip} or {@code winlog.event_data.Image}
     * @param type the type used when the name is not a dictionary field
     * @return the field
     * @throws IllegalArgumentException if the name is null or empty
     */
    public static Field of(String name, FieldType type) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("field name must not be empty");
        }
        Objects.requireNonNull(type, "type");
        Field known = Fields.byName(name);
        if (known != null) {
            return known;
        }
        Field[] byType = DYNAMIC.get(name);
        if (byType != null && byType[type.ordinal()] != null) {
            return byType[type.ordinal()];
        }
        String effective = ReservedNames.isReserved(name) ? SHADOWED_PREFIX + name : name;
        Field made = new Field(effective, type, true);
        if (byType != null || DYNAMIC.size() < CACHE_LIMIT) {
            DYNAMIC.compute(name, (k, old) -> {
                Field[] copy = old == null ? new Field[TYPES] : old.clone();
                if (copy[type.ordinal()] == null) {
                    copy[type.ordinal()] = made;
                }
                return copy;
            });
        }
        return made;
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

    /**
     * @param name a field name
     * @return whether a log may not use the name as it is (see the class comment)
     * @since 1.0
     */
    public static boolean isReserved(String name) {
        return Fields.byName(name) == null && ReservedNames.isReserved(name);
    }

    /** A dynamic field of the same name and another type; how a builder stores a vendor value of a new type. */
    Field withType(FieldType newType) {
        if (newType == type) {
            return this;
        }
        return new Field(name, newType, true);
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
