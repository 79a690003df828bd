package dev.winnow.history;

import dev.winnow.common.Excerpt;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * The times a log may give, and nothing else:
 * <ul>
 *   <li>an ISO-8601 time with a zone, {@code 2025-10-05T03:25:40.984589Z} or {@code 2025-07-28T04:06:06+00:00}:
 *       stored as the UTC instant ({@code 2025-10-05T03:25:40.984589Z});</li>
 *   <li>a local time without a zone, {@code 2025-10-05T03:25:40} or {@code 2025-10-05 03:25:40} (fractions allowed),
 *       or the file-name stamp {@code 20250727_224840}: stored as {@code 2025-07-27T22:48:40}, still without zone;</li>
 *   <li>an empty value: the decision is stored with time unknown and counted (every format allows it).</li>
 * </ul>
 * Anything else ("yesterday", a number, a year outside 1970-2100) rejects the row with its reason.
 */
final class LogTime {
    static final int MIN_YEAR = 1970, MAX_YEAR = 2100;
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();
    private static final DateTimeFormatter STAMP = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendValue(ChronoField.MONTH_OF_YEAR, 2).appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral('_')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .toFormatter();
    private static final List<String> DOCUMENTED = List.of("2025-10-05T03:25:40.984589Z", "2025-07-28T04:06:06+00:00",
            "2025-10-05 03:25:40", "20250727_224840");

    private LogTime() {
    }

    /** The stored form of a logged time; null for an empty value; rejects anything else. */
    static String normalize(String column, String value) throws RowRejected {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            OffsetDateTime t = OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return plausible(column, value, t.getYear(), t.toInstant().toString());
        } catch (DateTimeParseException e) {
            // not a zoned time: try the local forms
        }
        for (DateTimeFormatter f : List.of(LOCAL, STAMP)) {
            try {
                LocalDateTime t = LocalDateTime.parse(v, f);
                return plausible(column, value, t.getYear(), DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        throw new RowRejected("bad-timestamp", column + " = '" + Excerpt.of(value) + "' is not a time (expected e.g. "
                + String.join(", ", DOCUMENTED) + ", or empty)");
    }

    /** The stored form of a time already in the store (written before times were checked): itself when unparseable. */
    static String normalizeStored(String value) {
        try {
            return normalize("stored", value);
        } catch (RowRejected e) {
            return value;
        }
    }

    private static String plausible(String column, String value, int year, String normalized) throws RowRejected {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new RowRejected("bad-timestamp", column + " = '" + Excerpt.of(value) + "' is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        return normalized;
    }
}
