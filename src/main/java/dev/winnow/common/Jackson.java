package dev.winnow.common;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one JSON mapper every package uses (Jackson's mapper is thread-safe once configured and costly to build;
 * twenty private copies had been made). It keeps Jackson's defaults and is never reconfigured: a call that needs
 * other settings takes one of the immutable readers or writers below.
 */
public final class Jackson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectReader LENIENT = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);

    private Jackson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Indented, as a person reads it: --json results, reports, model metadata. */
    public static ObjectWriter pretty() {
        return PRETTY;
    }

    /**
     * For the files Winnow writes and later reads back (model metadata, reports): fields it does not know (a newer
     * Winnow's) are skipped and NaN reads as a number (a metric that could not be measured).
     */
    public static ObjectReader lenient() {
        return LENIENT;
    }
}
