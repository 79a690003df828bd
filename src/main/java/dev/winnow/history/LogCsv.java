package dev.winnow.history;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A log's CSV records, read so that one damaged line costs only itself. Records are found line by line: a line
 * whose quotes leave a field open is joined with the next lines until the field closes (a value may hold a line
 * break), unless the next line is a complete row of the header's width on its own: then the open quote is damage,
 * that line is skipped and reading resumes. Consecutive skipped lines are reported as one range. Cells are parsed
 * by commons-csv (RFC 4180: comma, double quotes, doubled quotes inside).
 */
final class LogCsv {
    /** A value spanning more lines than this is taken for an unclosed quote. */
    static final int MAX_RECORD_LINES = 100;

    /** One data record: the 1-based lines it spans and its cells. */
    record Row(int firstLine, int lastLine, List<String> cells) {
    }

    /** Lines that held no readable record. */
    record Skipped(int firstLine, int lastLine, String why) {
        int lines() {
            return lastLine - firstLine + 1;
        }
    }

    /** The header cannot be read; the whole file is refused. */
    static final class BadHeader extends Exception {
        BadHeader(String why) {
            super(why);
        }
    }

    /** What a file holds: the header with its line, then rows and skipped ranges in file order. */
    record Parsed(int headerLine, List<String> header, List<Object> items) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private LogCsv() {
    }

    static Parsed parse(List<String> lines) throws BadHeader {
        int h = 0;
        while (h < lines.size() && lines.get(h).isBlank()) h++;
        if (h == lines.size()) throw new BadHeader("the file holds no header line (only blank lines)");
        Scan head = Scan.of(lines.get(h));
        if (head.state != Scan.COMPLETE) {
            throw new BadHeader("the header (line " + (h + 1) + ") is not valid CSV: " + head.why);
        }
        List<String> header = cells(lines.get(h));
        if (header == null) throw new BadHeader("the header (line " + (h + 1) + ") is not valid CSV");
        int width = header.size();
        List<Object> items = new ArrayList<>();
        Skipped open = null;
        for (int i = h + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            Scan s = Scan.of(line);
            Row row = null;
            String why = s.why;
            if (s.state == Scan.COMPLETE) {
                List<String> c = cells(line);
                if (c != null) row = new Row(i + 1, i + 1, c);
                else why = "not valid CSV";
            } else if (s.state == Scan.OPEN) {
                int end = joinedEnd(lines, i, width);
                if (end > i) {
                    row = new Row(i + 1, end + 1, cells(String.join("\n", lines.subList(i, end + 1))));
                }
            }
            if (row != null) {
                if (open != null) items.add(open);
                open = null;
                items.add(row);
                i = row.lastLine() - 1;
            } else if (open != null && open.lastLine() == i) {
                open = new Skipped(open.firstLine(), i + 1, open.why());
            } else {
                if (open != null) items.add(open);
                open = new Skipped(i + 1, i + 1, why);
            }
        }
        if (open != null) items.add(open);
        return new Parsed(h + 1, header, items);
    }

    /**
     * The last line of a record that starts with an open quote at line {@code i}, or {@code i} when it does not close
     * into a record of the header's width before a line that is a whole row by itself.
     */
    private static int joinedEnd(List<String> lines, int i, int width) {
        StringBuilder text = new StringBuilder(lines.get(i));
        for (int j = i + 1; j < lines.size() && j - i < MAX_RECORD_LINES; j++) {
            String next = lines.get(j);
            Scan alone = Scan.of(next);
            if (alone.state == Scan.COMPLETE) {
                List<String> c = cells(next);
                if (c != null && c.size() == width) return i;
            }
            text.append('\n').append(next);
            Scan joined = Scan.of(text);
            if (joined.state == Scan.ERROR) return i;
            if (joined.state == Scan.COMPLETE) {
                List<String> c = cells(text.toString());
                return c != null && c.size() == width ? j : i;
            }
        }
        return i;
    }

    /** The cells of one complete record, or null when commons-csv does not read it as exactly one record. */
    private static List<String> cells(String record) {
        try (CSVParser p = CSVParser.parse(record, FORMAT)) {
            List<CSVRecord> all = p.getRecords();
            return all.size() == 1 ? all.get(0).toList() : null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * Where a text stands as CSV (RFC 4180 as commons-csv's default format reads it): complete, a quoted field still
     * open at its end, or an error, with the 1-based column of the cause.
     */
    private record Scan(int state, String why) {
        static final int COMPLETE = 0, OPEN = 1, ERROR = 2;

        static Scan of(CharSequence s) {
            int fieldStart = 0;
            boolean quoted = false, closed = false;
            int quoteAt = -1, line = 0, col = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                col++;
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            i++;
                            col++;
                        } else {
                            quoted = false;
                            closed = true;
                        }
                    } else if (c == '\n') {
                        line++;
                        col = 0;
                    }
                    continue;
                }
                if (c == ',' || c == '\n') {
                    fieldStart = i + 1;
                    closed = false;
                    if (c == '\n') {
                        line++;
                        col = 0;
                    }
                    continue;
                }
                if (closed) {
                    if (Character.isWhitespace(c)) continue;
                    return new Scan(ERROR, "character '" + c + "' after a closing quote at column " + col
                            + (line > 0 ? " of its line " + (line + 1) : "") + " (a quote inside a quoted value must be doubled)");
                }
                if (c == '"' && i == fieldStart) {
                    quoted = true;
                    quoteAt = col;
                }
            }
            if (quoted) return new Scan(OPEN, "a quote opened at column " + quoteAt + " is never closed");
            return new Scan(COMPLETE, null);
        }
    }
}
