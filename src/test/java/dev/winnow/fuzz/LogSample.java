package dev.winnow.fuzz;

import dev.winnow.testing.LogFixtures;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A decision log as the fuzz builds it: one real format's header and good rows (ASCII, so a character offset is a
 * byte offset), and what a damage made of it: the bytes, which rows it touched, whether the whole file may now be
 * refused (its header or all of it was damaged).
 */
record LogSample(LogFixtures.Format format, List<String> header, List<List<String>> rows) {

    /** The sample as CSV with where each row's text starts and ends (end excludes the line end). */
    record Rendered(String text, int headerEnd, int[] rowStart, int[] rowEnd) {
        byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A damaged log: its bytes, the indices of rows it touched, and whether refusing the whole file is right. */
    record Damaged(byte[] bytes, Set<Integer> touched, boolean mayRefuse, String what) {
    }

    Rendered render(String lineEnd) {
        StringBuilder sb = new StringBuilder(line(header)).append(lineEnd);
        int headerEnd = sb.length() - lineEnd.length();
        int[] start = new int[rows.size()], end = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            start[i] = sb.length();
            sb.append(line(rows.get(i)));
            end[i] = sb.length();
            sb.append(lineEnd);
        }
        return new Rendered(sb.toString(), headerEnd, start, end);
    }

    /** One CSV line, quoting only where needed (as Python's csv module and commons-csv write). */
    static String line(List<String> cells) {
        String text = LogFixtures.csv(cells, List.of(), "\n");
        return text.substring(0, text.length() - 1);
    }

    LogSample withRow(int i, List<String> row) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.set(i, row);
        return new LogSample(format, header, copy);
    }

    LogSample withCell(int row, int col, String value) {
        return new LogSample(format, header, LogFixtures.withCell(rows, row, col, value));
    }

    int column(String name) {
        return header.indexOf(name);
    }
}
