package org.dyad.store;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause assembled from fixed SQL fragments and a parallel list of bound values. */
final class Where {
    private final StringBuilder sql = new StringBuilder(" WHERE TRUE");
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code fragment} (constant SQL with {@code ?}s) when {@code value} is present, binding it once per {@code ?}. */
    Where and(String fragment, Object value) {
        if (value != null) {
            sql.append(" AND ").append(fragment);
            long marks = fragment.chars().filter(c -> c == '?').count();
            for (int i = 0; i < marks; i++) {
                params.add(value);
            }
        }
        return this;
    }

    /** Adds a constant condition. */
    Where and(String fragment) {
        sql.append(" AND ").append(fragment);
        return this;
    }

    /** Adds {@code fragment} with its own list of values. */
    Where andAll(String fragment, List<?> values) {
        sql.append(" AND ").append(fragment);
        params.addAll(values);
        return this;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> params() {
        return params;
    }
}
