package org.ipfund.projections;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of events sent by {@code COPY … FROM STDIN} in CSV, on the connection of the transaction under way: a full
 * rebuild's way to write the rows of a table whose key it dropped, cheaper than inserts for the driver (no parameters
 * bound row by row) and for PostgreSQL (no statement per batch of rows).
 *
 * <p>Every value is written as PostgreSQL reads it back unchanged: text quoted (a quote doubled), so that a comma, a
 * quote, a line break or a backslash in a name stays what it was and an empty text stays empty; {@code null}
 * unquoted and empty, which is how CSV says NULL; amounts in plain notation with their scale; dates in ISO form. A
 * value of any other type is refused rather than written in a form that might read back otherwise.
 */
final class CopiedRows {

    private CopiedRows() {
    }

    /** Copies {@code values} (one array a row, in the order of {@code rows.columns()}) into the table; how many. */
    static long copy(JdbcTemplate jdbc, EventRows rows, List<Object[]> values) {
        String csv = csv(rows, values);
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                // as bytes: the driver encodes a Reader in chunks, which would split a character beyond the BMP
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(rows.copy(),
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException unread) {
                throw new UncheckedIOException(unread);
            }
        });
        if (copied == null || copied != values.size()) {
            throw new IllegalStateException("copied " + copied + " rows into " + rows.table() + " of " + values.size());
        }
        return copied;
    }

    static String csv(EventRows rows, List<Object[]> values) {
        StringBuilder csv = new StringBuilder(values.size() * 160);
        for (Object[] row : values) {
            if (row.length != rows.columns().size()) {
                throw new IllegalArgumentException(rows.table() + " has " + rows.columns().size() + " columns, not "
                        + row.length);
            }
            for (int column = 0; column < row.length; column++) {
                if (column > 0) {
                    csv.append(',');
                }
                value(csv, row[column]);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static void value(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        String text;
        if (value instanceof String string) {
            text = string;
        } else if (value instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else if (value instanceof Integer || value instanceof Long) {
            text = value.toString();
        } else if (value instanceof LocalDate date && date.getYear() >= 1 && date.getYear() <= 9999) {
            text = date.toString(); // outside those years ISO's form is not PostgreSQL's
        } else {
            throw new IllegalArgumentException("a " + value.getClass().getName() + " is not copied: " + value);
        }
        csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
