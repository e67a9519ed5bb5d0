package org.dyad.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * A task's rows, computed one input at a time as Spark pulls them, so a task holds the outcomes
 * of one input (a file, a line) rather than of its whole partition.
 */
final class RowBatches {
    private RowBatches() {
    }

    static <T> Iterator<Row> of(Iterator<T> inputs, Function<T, List<Row>> rowsOf) {
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && inputs.hasNext()) {
                    current = rowsOf.apply(inputs.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
