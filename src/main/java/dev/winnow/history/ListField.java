package dev.winnow.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Excerpt;
import dev.winnow.common.Jackson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lists of paths inside one CSV field: JSON ({@code ["a", "b"]}) or Python's repr ({@code ['a', "it's"]}). Quotes,
 * escapes and commas inside names are honoured, so a name is never split.
 */
final class ListField {
    private static final ObjectMapper JSON = Jackson.mapper();

    private ListField() {
    }

    /**
     * A JSON list of one or more strings. Anything else is a rejection with its reason, never an exception: JSON
     * {@code null}, another type, an empty list, or an item that is not a non-blank string.
     */
    static List<String> parseJson(String column, String text) throws RowRejected {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RowRejected("bad-list", column + " is not JSON: " + abbreviate(text));
        }
        if (node == null || node.isMissingNode() || node.isNull()) throw new RowRejected("bad-list", column + " is JSON null, not a list");
        if (!node.isArray()) {
            throw new RowRejected("bad-list", column + " is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not a list: " + abbreviate(text));
        }
        List<String> out = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new RowRejected("bad-list", column + " item " + out.size() + " is "
                        + (item.isTextual() ? "blank" : "a JSON " + item.getNodeType().name().toLowerCase(Locale.ROOT))
                        + ", not a path: " + abbreviate(text));
            }
            out.add(item.asText());
        }
        return nonEmpty(column, out);
    }

    /** A list with no item names no rejected image: the row says nothing a decision can hold. */
    private static List<String> nonEmpty(String column, List<String> items) throws RowRejected {
        if (items.isEmpty()) throw new RowRejected("empty-list", column + " is an empty list: the row names no rejected image");
        return items;
    }

    /** Parses a Python list literal of strings (single or double quotes, backslash escapes). */
    static List<String> parsePython(String column, String text) throws RowRejected {
        String s = text.strip();
        if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            throw new RowRejected("bad-list", "not a [...] list: " + abbreviate(text));
        }
        List<String> out = new ArrayList<>();
        int i = 1, end = s.length() - 1;
        boolean expectItem = true;
        while (true) {
            while (i < end && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= end) break;
            char c = s.charAt(i);
            if (!expectItem) {
                if (c != ',') throw new RowRejected("bad-list", "expected ',' at position " + i + " in " + abbreviate(text));
                i++;
                expectItem = true;
                continue;
            }
            if (c != '\'' && c != '"') throw new RowRejected("bad-list", "expected a quoted string at position " + i + " in " + abbreviate(text));
            StringBuilder item = new StringBuilder();
            i++;
            boolean closed = false;
            while (i < end) {
                char d = s.charAt(i++);
                if (d == '\\' && i < end) {
                    char e = s.charAt(i++);
                    item.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> e;
                    });
                } else if (d == c) {
                    closed = true;
                    break;
                } else {
                    item.append(d);
                }
            }
            if (!closed) throw new RowRejected("bad-list", "unterminated string in " + abbreviate(text));
            if (item.toString().isBlank()) throw new RowRejected("bad-list", column + " item " + out.size() + " is blank: " + abbreviate(text));
            out.add(item.toString());
            expectItem = false;
        }
        return nonEmpty(column, out);
    }

    private static String abbreviate(String s) {
        return Excerpt.of(s);
    }
}
