package dev.winnow.testing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Good rows in every real decision-log format (the headers of ../shared/real-logs and the current crop log), each
 * row a different decision, so a test can damage some and know exactly which must still import.
 */
public final class LogFixtures {
    private LogFixtures() {
    }

    /** The log formats Winnow reads, with the header the real files carry. */
    public enum Format {
        SELECT_CROP("select_crop_log.csv", "session_id,set_id,directory,image_count,chosen_index,chosen_path,crop_x1,crop_y1,crop_x2,"
                + "crop_y2,timestamp,image_0_path,image_0_stage,width_0,height_0,image_1_path,image_1_stage,width_1,height_1"),
        ANOMALY("anomaly_cases.csv", "session_id,set_id,project,chosen_stage,max_rejected_stage,chosen_path,rejected_paths,timestamp"),
        SELECTION("historical_selection_log.csv", "session_id,set_id,chosen_path,neg_paths,timestamp"),
        HISTORICAL_CROP("historical_crop_log.csv", "session_id,set_id,directory,chosen_path,chosen_stage,timestamp,time_diff_days,raw_mtime,final_mtime"),
        EXTRACTED_CROP("mojo1_crop_log.csv", "session_id,set_id,directory,chosen_path,chosen_stage,timestamp,note,mtime"),
        CROP("crop_log.csv", "timestamp,project_id,filename,crop_x1,crop_y1,crop_x2,crop_y2,width,height");

        public final String fileName;
        public final List<String> header;

        Format(String fileName, String header) {
            this.fileName = fileName;
            this.header = List.of(header.split(","));
        }
    }

    /** {@code n} distinct good rows of the format for project {@code project}. */
    public static List<List<String>> rows(Format f, String project, int n, long seed) {
        Random r = new Random(seed);
        List<List<String>> out = new ArrayList<>();
        LocalDateTime t0 = LocalDateTime.of(2025, 7, 1, 8, 0).plusMinutes(r.nextInt(100_000));
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT);
        for (int i = 0; i < n; i++) {
            LocalDateTime t = t0.plusMinutes(7L * i);
            String s1 = stamp.format(t), s2 = stamp.format(t.plusSeconds(64)), s3 = stamp.format(t.plusSeconds(131));
            String gen = project + "/" + s1 + "_stage1_generated.png";
            String up = project + "/" + s2 + "_stage2_upscaled.png";
            String enh = project + "/" + s3 + "_stage3_enhanced.png";
            String iso = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.plusHours(3)) + "Z";
            String local = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t), later = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.plusDays(60));
            int x1 = 100 + r.nextInt(300), y1 = r.nextInt(200), w = 900 + r.nextInt(300);
            out.add(switch (f) {
                case SELECT_CROP -> List.of("2025-10-04 21:23:51", "t_" + Long.toHexString(r.nextLong()), project, "2", "1", up,
                        x1 + ".0", y1 + ".0", (x1 + w) + ".0", (y1 + w * 3 / 2) + ".0", iso, gen, "stage1_generated", "832", "1216", up,
                        "stage2_upscaled", "1664", "2432");
                case ANOMALY -> List.of("20251004_231807", "group_" + i, project, "1", "2", "PROJECT_ROOT/" + gen,
                        "['PROJECT_ROOT/" + up + "']", iso);
                case SELECTION -> List.of(project + "_historical", s1, "PROJECT_ROOT/training data/" + up,
                        "[\"PROJECT_ROOT/training data/" + gen + "\"]", s1);
                case HISTORICAL_CROP -> List.of(project + "_historical", s1, project, "PROJECT_ROOT/training data/" + enh, "3.0",
                        s1, String.format(Locale.ROOT, "%.6f", 60 + r.nextDouble() * 20), local + "+00:00", later + "+00:00");
                case EXTRACTED_CROP -> List.of(project + "_historical_extraction", s1, project, "PROJECT_ROOT/training data/" + enh,
                        "3.0", s1, "Crop coordinates not available (image already cropped)", later + "+00:00");
                case CROP -> List.of(iso, project, s2 + "_stage2_upscaled.png",
                        String.format(Locale.ROOT, "%.6f", x1 / 1664.0), String.format(Locale.ROOT, "%.6f", y1 / 2432.0),
                        String.format(Locale.ROOT, "%.6f", (x1 + w) / 1664.0), String.format(Locale.ROOT, "%.6f", Math.min(1.0, (y1 + w * 1.5) / 2432.0)),
                        "1664", "2432");
            });
        }
        return out;
    }

    /** The rows as CSV text (quotes only where needed), with the given line end. */
    public static String csv(List<String> header, List<List<String>> rows, String lineEnd) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator(lineEnd).get())) {
            p.printRecord(header);
            for (List<String> row : rows) p.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The rows with one cell replaced; the given rows are left alone. */
    public static List<List<String>> withCell(List<List<String>> rows, int row, int col, String value) {
        List<List<String>> copy = new ArrayList<>(rows);
        List<String> changed = new ArrayList<>(rows.get(row));
        changed.set(col, value);
        copy.set(row, changed);
        return copy;
    }

    /** The header and rows with every field quoted, as some spreadsheet exports write them. */
    public static String allQuoted(List<String> header, List<List<String>> rows, String lineEnd) {
        StringBuilder sb = new StringBuilder();
        List<List<String>> lines = new ArrayList<>(List.of(header));
        lines.addAll(rows);
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) sb.append(i == 0 ? "" : ",").append('"').append(line.get(i).replace("\"", "\"\"")).append('"');
            sb.append(lineEnd);
        }
        return sb.toString();
    }

    /** The text in a Unicode encoding, with its byte-order mark when asked (UTF-8, UTF-16LE or UTF-16BE). */
    public static byte[] encoded(String text, java.nio.charset.Charset cs, boolean byteOrderMark) {
        byte[] body = text.getBytes(cs);
        if (!byteOrderMark) return body;
        byte[] mark = switch (cs.name()) {
            case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> throw new IllegalArgumentException("no byte-order mark for " + cs);
        };
        byte[] out = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }
}
