package io.jadis.provider.internal.query;

import io.jadis.provider.internal.repository.RepositoryType;
import jakarta.data.page.CursoredPage;
import jakarta.data.page.Page;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What a query method returns, read from its declared return type. */
enum ResultShape {
    SINGLE, OPTIONAL, LIST, ARRAY, STREAM, PAGE, CURSORED_PAGE, COUNT_LONG, COUNT_INT, BOOLEAN, VOID;

    /** Whether the shape carries several results (and so may take Limit, Sort, Order, PageRequest). */
    boolean isMultiple() {
        return this == LIST || this == ARRAY || this == STREAM || this == PAGE || this == CURSORED_PAGE;
    }

    static ResultShape of(Class<?> raw) {
        if (raw == void.class || raw == Void.class) {
            return VOID;
        }
        if (raw == long.class || raw == Long.class) {
            return COUNT_LONG;
        }
        if (raw == int.class || raw == Integer.class) {
            return COUNT_INT;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return BOOLEAN;
        }
        if (raw == Optional.class) {
            return OPTIONAL;
        }
        if (raw.isArray()) {
            return ARRAY;
        }
        if (raw == Stream.class) {
            return STREAM;
        }
        if (raw == CursoredPage.class) {
            return CURSORED_PAGE;
        }
        if (raw == Page.class) {
            return PAGE;
        }
        if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
            return LIST;
        }
        return SINGLE;
    }

    /** The type of one result: the element type of containers, else the type itself. */
    static Class<?> elementType(ResultShape shape, Type resolved) {
        Class<?> raw = RepositoryType.raw(resolved);
        return switch (shape) {
            case ARRAY -> raw.getComponentType();
            case OPTIONAL, LIST, STREAM, PAGE, CURSORED_PAGE -> {
                Type arg = RepositoryType.argument(resolved, 0);
                yield arg == null ? Object.class : RepositoryType.raw(arg);
            }
            default -> raw;
        };
    }
}
