package org.dyad.learn;

import java.util.ArrayList;
import java.util.List;
import org.dyad.code.cameo.CameoTable;
import org.dyad.code.cameo.PloverType;
import org.dyad.eval.CsvRecords;

/**
 * Codebook definitions as extra labelled text for the act heads (root, five-class, PLOVER type):
 * each CAMEO code's name and description ({@code cameo-codes.csv}), and each PLOVER event/mode
 * definition ({@code PLOVER_structured_codebook_updated.csv}). They are definitions, not news
 * sentences, so they say nothing about whether a sentence holds an event and carry no spans.
 */
public final class DefinitionExamples {

    private DefinitionExamples() {
    }

    /** CAMEO code definitions: "name. description" with the code's root and PLOVER type. */
    public static List<CodedSentence> cameo(String csv, CameoTable table) {
        List<List<String>> rows = CsvRecords.parse(csv);
        List<CodedSentence> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<String> h = rows.get(0);
        int code = h.indexOf("code");
        int name = h.indexOf("name");
        int description = h.indexOf("description");
        if (code < 0 || name < 0 || description < 0) {
            throw new IllegalArgumentException("CAMEO codebook CSV needs code, name and description columns");
        }
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() <= Math.max(code, Math.max(name, description)) || !r.get(code).matches("\\d{2,4}")) {
                continue;
            }
            String d = "NA".equals(r.get(description)) ? "" : r.get(description).strip();
            String text = (r.get(name).strip() + ". " + d).strip();
            String plover = table.ploverFor(r.get(code)).map(PloverType::event).orElse(null);
            out.add(new CodedSentence("cameo-codebook-examples/cameo-codes.csv:row" + i + ":definition",
                    "definition:cameo:" + r.get(code), text, null, r.get(code).substring(0, 2), null, plover, null,
                    List.of(), false));
        }
        return out;
    }

    /** PLOVER definitions: "event definition mode definition" with the event type. */
    public static List<CodedSentence> plover(String csv) {
        List<List<String>> rows = CsvRecords.parse(csv);
        List<CodedSentence> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<String> h = rows.get(0);
        int event = h.indexOf("event");
        int eventDef = h.indexOf("event_def");
        int modeDef = h.indexOf("mode_def");
        if (event < 0 || eventDef < 0 || modeDef < 0) {
            throw new IllegalArgumentException("PLOVER codebook CSV needs event, event_def and mode_def columns");
        }
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() <= Math.max(event, Math.max(eventDef, modeDef)) || r.get(event).isBlank()) {
                continue;
            }
            String text = (r.get(modeDef).strip() + ". " + r.get(eventDef).strip()).strip();
            out.add(new CodedSentence("plover-gsr/ngec-2025-plover-codebook/PLOVER_structured_codebook_updated.csv:row"
                    + i, "definition:plover:" + r.get(event).strip(), text, null, null, null, r.get(event).strip(), null,
                    List.of(), false));
        }
        return out;
    }
}
