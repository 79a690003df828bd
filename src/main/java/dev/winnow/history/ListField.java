package dev.winnow.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Jackson;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of paths inside one CSV field: JSON ({@code ["a", "b"]}) or Python's repr ({@code ['a', "it's"]}). Quotes,
 * escapes and commas inside names are honoured, so a name is never split.
 */
final class ListField {
    private static final ObjectMapper JSON = Jackson.mapper();

    private ListField() {
    }

    static List<String> parseJson(String text) throws RowRejected {
        try {
            return JSON.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new RowRejected("bad-list", "not a JSON list of strings: " + abbreviate(text));
        }
    }

    /** Parses a Python list literal of strings (single or double quotes, backslash escapes). */
    static List<String> parsePython(String text) throws RowRejected {
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
            out.add(item.toString());
            expectItem = false;
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
