package org.dyad.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON form of the document contract, used by every writer and reader of JSON Lines. */
public final class DocumentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DocumentJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Document d) {
        try {
            return MAPPER.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise document " + d.id(), e);
        }
    }

    public static Document read(String line) {
        try {
            return MAPPER.readValue(line, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Dyad document: " + e.getOriginalMessage(), e);
        }
    }
}
