package org.dyad.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.RawDocument;

/** Records every sink call, in order, for assertions. */
final class CollectingSink implements ReadSink {
    final List<RawDocument> documents = new ArrayList<>();
    final Map<String, String> skipped = new LinkedHashMap<>();
    final Map<String, String> failed = new LinkedHashMap<>();

    @Override
    public void document(RawDocument document) {
        documents.add(document);
    }

    @Override
    public void skipped(String origin, String reason) {
        skipped.put(origin, reason);
    }

    @Override
    public void failed(String input, String reason) {
        failed.put(input, reason);
    }

    int outcomes() {
        return documents.size() + skipped.size() + failed.size();
    }

    String summary() {
        return documents.size() + " documents, skipped " + skipped + ", failed " + failed;
    }
}
