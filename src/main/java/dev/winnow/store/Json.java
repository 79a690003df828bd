package dev.winnow.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Jackson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON columns: lists of names, maps of named numbers. */
final class Json {
    private static final ObjectMapper MAPPER = Jackson.mapper();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode JSON column", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt JSON column in store: " + json, e);
        }
    }

    static List<String> stringList(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            return MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt JSON list in store: " + json, e);
        }
    }

    static Map<String, Double> doubleMap(String json) {
        if (json == null || json.isBlank()) return Map.of();
        try {
            return new TreeMap<>(MAPPER.readValue(json, new TypeReference<Map<String, Double>>() { }));
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt JSON map in store: " + json, e);
        }
    }

    static Map<Long, Double> longDoubleMap(String json) {
        if (json == null || json.isBlank()) return Map.of();
        try {
            Map<String, Double> raw = MAPPER.readValue(json, new TypeReference<Map<String, Double>>() { });
            Map<Long, Double> out = new LinkedHashMap<>();
            raw.forEach((k, v) -> out.put(Long.parseLong(k), v));
            return out;
        } catch (JsonProcessingException | NumberFormatException e) {
            throw new StoreException("corrupt JSON score map in store: " + json, e);
        }
    }
}
