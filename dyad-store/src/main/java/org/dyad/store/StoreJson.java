package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.model.Document;

/** The Document contract as JSON, exactly as {@code dyad extract} writes it (field names from the records). */
public final class StoreJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private StoreJson() {
    }

    public static String write(Document d) {
        try {
            return MAPPER.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("document cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static Document read(String json) {
        try {
            return MAPPER.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Dyad document: " + e.getOriginalMessage(), e);
        }
    }
}
