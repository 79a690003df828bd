package dev.winnow.fuzz;

import dev.winnow.fuzz.LogSample.Damaged;
import dev.winnow.fuzz.LogSample.Rendered;
import dev.winnow.testing.LogFixtures;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Every way the fuzz damages a decision log; one damage per case. Add a kind here and the fuzz runs it. Each kind
 * says which rows it touched: every other row must still import with the meaning the clean log gives it.
 */
enum LogDamage {
    // ---- values of one row (issue 13.7: empty, huge, NaN, negative, swapped corners, quotes, line breaks)
    EMPTY_CELL {
        @Override
        Damaged apply(LogSample s, Random r) {
            return cell(s, r, anyColumn(s, r), v -> "");
        }
    },
    HUGE_CELL {
        @Override
        Damaged apply(LogSample s, Random r) {
            return cell(s, r, anyColumn(s, r), v -> v + "x".repeat(200_000 + r.nextInt(900_000)));
        }
    },
    NAN_CELL {
        @Override
        Damaged apply(LogSample s, Random r) {
            return cell(s, r, anyColumn(s, r), v -> List.of("NaN", "nan", "Infinity", "-inf").get(r.nextInt(4)));
        }
    },
    NEGATIVE_CELL {
        @Override
        Damaged apply(LogSample s, Random r) {
            return cell(s, r, anyColumn(s, r), v -> "-" + v);
        }
    },
    SWAPPED_CORNERS {
        @Override
        boolean appliesTo(LogFixtures.Format f) {
            return f.header.contains("crop_x1");
        }

        @Override
        Damaged apply(LogSample s, Random r) {
            int x1 = s.column("crop_x1"), x2 = s.column("crop_x2");
            int a = x1 >= 0 ? x1 : anyColumn(s, r), b = x2 >= 0 ? x2 : anyColumn(s, r);
            int i = r.nextInt(s.rows().size());
            List<String> row = new ArrayList<>(s.rows().get(i));
            Collections.swap(row, a, b);
            return rowDamaged(s.withRow(i, row), i, "swapped " + s.header().get(a) + " and " + s.header().get(b));
        }
    },
    /** Several rows, each with another wrong list value (issue 17.4: JSON null once crashed the whole file). */
    JSON_FIELD {
        @Override
        boolean appliesTo(LogFixtures.Format f) {
            return f.header.contains("neg_paths") || f.header.contains("rejected_paths");
        }

        @Override
        Damaged apply(LogSample s, Random r) {
            int col = s.column("neg_paths") >= 0 ? s.column("neg_paths") : s.column("rejected_paths");
            List<String> bad = new ArrayList<>(List.of("null", "42", "{\"a\": 1}", "[]", "[null]", "[[\"x.png\"]]", "[\"\"]",
                    "true", "[1, 2]", "\"x.png\"", "", "[\"unclosed.png\"", "['py.png']"));
            Collections.shuffle(bad, r);
            List<Integer> rows = new ArrayList<>(IntStream.range(0, s.rows().size()).boxed().toList());
            Collections.shuffle(rows, r);
            LogSample damaged = s;
            Set<Integer> touched = new HashSet<>();
            for (int k = 0; k < Math.min(3, rows.size() - 1); k++) {
                damaged = damaged.withCell(rows.get(k), col, bad.get(k));
                touched.add(rows.get(k));
            }
            return new Damaged(damaged.render("\n").bytes(), touched, false, s.header().get(col) + " = " + bad.subList(0, touched.size()));
        }
    },
    BAD_TIME {
        @Override
        Damaged apply(LogSample s, Random r) {
            int col = s.column("timestamp");
            String[] bad = {"yesterday", "1728000000", "0001-01-01T00:00:00Z", "2025-13-45T99:99:99Z", "20251399_999999", "now"};
            return cell(s, r, col >= 0 ? col : anyColumn(s, r), v -> bad[r.nextInt(bad.length)]);
        }
    },
    LINE_BREAK_IN_VALUE {
        @Override
        Damaged apply(LogSample s, Random r) {
            return cell(s, r, anyColumn(s, r), v -> v.substring(0, v.length() / 2) + (r.nextBoolean() ? "\n" : "\r\n")
                    + v.substring(v.length() / 2));
        }
    },
    QUOTES_IN_VALUE {
        @Override
        Damaged apply(LogSample s, Random r) {
            return cell(s, r, anyColumn(s, r), v -> "\"" + v + "\" \"");
        }
    },
    CONTROL_CHARACTER {
        @Override
        Damaged apply(LogSample s, Random r) {
            return cell(s, r, anyColumn(s, r), v -> v + (char) (1 + r.nextInt(8)));
        }
    },
    EXTRA_CELL {
        @Override
        Damaged apply(LogSample s, Random r) {
            int i = r.nextInt(s.rows().size());
            List<String> row = new ArrayList<>(s.rows().get(i));
            row.add(r.nextInt(row.size() + 1), "extra");
            return rowDamaged(s.withRow(i, row), i, "an extra cell");
        }
    },
    MISSING_CELL {
        @Override
        Damaged apply(LogSample s, Random r) {
            int i = r.nextInt(s.rows().size());
            List<String> row = new ArrayList<>(s.rows().get(i));
            row.remove(r.nextInt(row.size()));
            return rowDamaged(s.withRow(i, row), i, "a cell missing");
        }
    },

    // ---- bytes of one row (issue 17: quotes, bytes)
    UNBALANCED_QUOTE {
        @Override
        Damaged apply(LogSample s, Random r) {
            return insert(s, r, "\"".getBytes(StandardCharsets.US_ASCII));
        }
    },
    RANDOM_BYTES_IN_ROW {
        @Override
        Damaged apply(LogSample s, Random r) {
            byte[] junk = new byte[1 + r.nextInt(16)];
            r.nextBytes(junk);
            return insert(s, r, junk);
        }
    },
    NUL_BYTE {
        @Override
        Damaged apply(LogSample s, Random r) {
            return insert(s, r, new byte[] {0});
        }
    },
    NOT_UTF8_BYTE {
        @Override
        Damaged apply(LogSample s, Random r) {
            return insert(s, r, new byte[] {(byte) (0x80 + r.nextInt(0x80))});
        }
    },
    TRUNCATED {
        @Override
        Damaged apply(LogSample s, Random r) {
            Rendered t = s.render("\n");
            int cut = t.headerEnd() + 1 + r.nextInt(t.text().length() - t.headerEnd() - 1);
            Set<Integer> touched = IntStream.range(0, s.rows().size()).filter(i -> t.rowEnd()[i] > cut).boxed()
                    .collect(Collectors.toSet());
            return new Damaged(t.text().substring(0, cut).getBytes(StandardCharsets.UTF_8), touched, false, "cut at " + cut);
        }
    },
    JOINED_LINES {
        @Override
        Damaged apply(LogSample s, Random r) {
            Rendered t = s.render("\n");
            int i = r.nextInt(s.rows().size() - 1);
            String text = t.text().substring(0, t.rowEnd()[i]) + t.text().substring(t.rowEnd()[i] + 1);
            return new Damaged(text.getBytes(StandardCharsets.UTF_8), Set.of(i, i + 1), false, "rows " + i + " and " + (i + 1) + " joined");
        }
    },
    REPEATED_ROW {
        @Override
        Damaged apply(LogSample s, Random r) {
            List<List<String>> rows = new ArrayList<>(s.rows());
            rows.add(r.nextInt(rows.size() + 1), rows.get(r.nextInt(rows.size())));
            return same(new LogSample(s.format(), s.header(), rows).render("\n").bytes(), "a row repeated");
        }
    },
    BLANK_LINES {
        @Override
        Damaged apply(LogSample s, Random r) {
            return same(s.render("\n").text().replace("\n", r.nextBoolean() ? "\n\n" : "\n  \n").getBytes(StandardCharsets.UTF_8),
                    "blank lines");
        }
    },

    // ---- the whole file, meaning kept (issue 17: line endings, reordered columns, quoting; 13.2: encodings)
    CRLF {
        @Override
        Damaged apply(LogSample s, Random r) {
            return same(s.render("\r\n").bytes(), "CR LF");
        }
    },
    CR_ONLY {
        @Override
        Damaged apply(LogSample s, Random r) {
            return same(s.render("\r").bytes(), "CR");
        }
    },
    ALL_QUOTED {
        @Override
        Damaged apply(LogSample s, Random r) {
            return same(LogFixtures.allQuoted(s.header(), s.rows(), "\n").getBytes(StandardCharsets.UTF_8), "every field quoted");
        }
    },
    COLUMNS_SHUFFLED {
        @Override
        Damaged apply(LogSample s, Random r) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, s.header().size()).boxed().toList());
            Collections.shuffle(order, r);
            List<List<String>> rows = s.rows().stream().map(row -> order.stream().map(row::get).toList()).toList();
            return same(new LogSample(s.format(), order.stream().map(s.header()::get).toList(), rows).render("\n").bytes(),
                    "columns in order " + order);
        }
    },
    BOM_UTF8 {
        @Override
        Damaged apply(LogSample s, Random r) {
            return same(LogFixtures.encoded(s.render("\n").text(), StandardCharsets.UTF_8, true), "UTF-8 BOM");
        }
    },
    UTF16 {
        @Override
        Damaged apply(LogSample s, Random r) {
            String text = s.render(r.nextBoolean() ? "\n" : "\r\n").text();
            return switch (r.nextInt(4)) {
                case 0 -> same(LogFixtures.encoded(text, StandardCharsets.UTF_16LE, true), "UTF-16LE BOM");
                case 1 -> same(LogFixtures.encoded(text, StandardCharsets.UTF_16BE, true), "UTF-16BE BOM");
                case 2 -> same(LogFixtures.encoded(text, StandardCharsets.UTF_16LE, false), "UTF-16LE without BOM");
                default -> same(LogFixtures.encoded(text, StandardCharsets.UTF_16BE, false), "UTF-16BE without BOM");
            };
        }
    },
    WINDOWS_1252 {
        @Override
        Damaged apply(LogSample s, Random r) {
            int i = r.nextInt(s.rows().size()), col = anyColumn(s, r);
            String text = s.withCell(i, col, s.rows().get(i).get(col) + "é").render("\n").text();
            return new Damaged(text.getBytes(Charset.forName("windows-1252")), Set.of(i), false, "Windows-1252, é in row " + i);
        }
    },

    // ---- the header or the whole file: refusing it is right, with a reason
    QUOTE_IN_HEADER {
        @Override
        Damaged apply(LogSample s, Random r) {
            String text = s.render("\n").text();
            int at = r.nextInt(text.indexOf('\n'));
            return all(s, text.substring(0, at) + "\"" + text.substring(at), "a quote in the header at " + at);
        }
    },
    HEADER_COLUMN_RENAMED {
        @Override
        Damaged apply(LogSample s, Random r) {
            List<String> header = new ArrayList<>(s.header());
            int col = r.nextInt(header.size());
            header.set(col, header.get(col) + "_x");
            return all(s, new LogSample(s.format(), header, s.rows()).render("\n").text(), "header column " + col + " renamed");
        }
    },
    RANDOM_FILE {
        @Override
        Damaged apply(LogSample s, Random r) {
            byte[] b = new byte[1 + r.nextInt(8192)];
            r.nextBytes(b);
            return new Damaged(b, all(s), true, "random bytes");
        }
    },
    EMPTY_FILE {
        @Override
        Damaged apply(LogSample s, Random r) {
            return new Damaged(new byte[r.nextInt(3)], all(s), true, "empty");
        }
    };

    abstract Damaged apply(LogSample s, Random r);

    /** Whether the damage means something for logs of this format (most apply to every format). */
    boolean appliesTo(LogFixtures.Format f) {
        return true;
    }

    private static int anyColumn(LogSample s, Random r) {
        return r.nextInt(s.header().size());
    }

    private static Damaged cell(LogSample s, Random r, int col, java.util.function.UnaryOperator<String> f) {
        int i = r.nextInt(s.rows().size());
        return rowDamaged(s.withCell(i, col, f.apply(s.rows().get(i).get(col))), i, s.header().get(col) + " of row " + i);
    }

    private static Damaged rowDamaged(LogSample s, int i, String what) {
        return new Damaged(s.render("\n").bytes(), Set.of(i), false, what);
    }

    /** Inserts bytes inside one row's text. */
    private static Damaged insert(LogSample s, Random r, byte[] what) {
        Rendered t = s.render("\n");
        int i = r.nextInt(s.rows().size());
        int at = t.rowStart()[i] + r.nextInt(t.rowEnd()[i] - t.rowStart()[i] + 1);
        byte[] b = t.bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.write(what, 0, what.length);
        out.write(b, at, b.length - at);
        return new Damaged(out.toByteArray(), Set.of(i), false, what.length + " byte(s) into row " + i + " at " + at);
    }

    private static Damaged same(byte[] bytes, String what) {
        return new Damaged(bytes, Set.of(), false, what);
    }

    /** The header is damaged: the file may be refused, and no row is sure to keep its meaning. */
    private static Damaged all(LogSample s, String text, String what) {
        return new Damaged(text.getBytes(StandardCharsets.UTF_8), all(s), true, what);
    }

    private static Set<Integer> all(LogSample s) {
        return new HashSet<>(IntStream.range(0, s.rows().size()).boxed().toList());
    }
}
