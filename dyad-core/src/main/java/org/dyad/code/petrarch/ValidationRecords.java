package org.dyad.code.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a PETRARCH validation-records file ({@code PETR.UnitTest.records.xml}):
 * {@code <Sentence date="YYYYMMDD" id="…" category="…">} with {@code <EventCoding sourcecode=…
 * targetcode=… eventcode=…/>} elements (or {@code noevents="True"}, or {@code error="…"}) and the
 * sentence in {@code <Text>}. Records without text are skipped with a warning.
 */
public final class ValidationRecords {
    private final List<ValidationRecord> records;
    private final List<String> warnings;

    private ValidationRecords(List<ValidationRecord> records, List<String> warnings) {
        this.records = List.copyOf(records);
        this.warnings = List.copyOf(warnings);
    }

    public List<ValidationRecord> records() {
        return records;
    }

    public List<String> warnings() {
        return warnings;
    }

    public static ValidationRecords read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static ValidationRecords read(InputStream in) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            doc = b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a readable records file: " + e.getMessage(), e);
        }
        List<ValidationRecord> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        NodeList sentences = doc.getElementsByTagName("Sentence");
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            ValidationRecord r = record(s, warnings);
            if (r != null) {
                out.add(r);
            }
        }
        return new ValidationRecords(out, warnings);
    }

    private static ValidationRecord record(Element s, List<String> warnings) {
        String id = s.getAttribute("id").strip();
        NodeList texts = s.getElementsByTagName("Text");
        String text = texts.getLength() == 0 ? "" : texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            warnings.add("record " + id + ": no <Text>; skipped");
            return null;
        }
        LocalDate date = null;
        try {
            date = DatedCode.date(s.getAttribute("date").strip());
        } catch (IllegalArgumentException e) {
            warnings.add("record " + id + ": " + e.getMessage() + "; coded without a date");
        }
        List<ValidationRecord.Coding> codings = new ArrayList<>();
        boolean noEvents = false;
        String error = null;
        NodeList cs = s.getElementsByTagName("EventCoding");
        for (int k = 0; k < cs.getLength(); k++) {
            Element c = (Element) cs.item(k);
            if ("true".equalsIgnoreCase(c.getAttribute("noevents").strip())) {
                noEvents = true;
            } else if (!c.getAttribute("error").isBlank()) {
                error = c.getAttribute("error").strip();
            } else if (!c.getAttribute("eventcode").isBlank()) {
                codings.add(new ValidationRecord.Coding(c.getAttribute("sourcecode").strip(),
                        c.getAttribute("targetcode").strip(), c.getAttribute("eventcode").strip()));
            }
        }
        String category = s.getAttribute("category").strip();
        boolean discard = error != null && error.endsWith("discard");
        return new ValidationRecord(id, date, category.isEmpty() ? "other" : category, text, codings,
                noEvents || discard, error);
    }
}
