package org.dyad.eval;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a MEANTIME (NewsReader, CAT XML) article: {@code <token t_id sentence>} elements and
 * {@code <Markables><TIMEX3 type value functionInDocument><token_anchor t_id/>}. Sentence 0 is the
 * title and sentence 1 the dateline holding the creation time; the text is the title and the body,
 * with tokens joined by spaces except before closing punctuation.
 */
public final class MeantimeReader {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "'s", "n't", "%",
            "'", "''", "'re", "'ve", "'ll", "'d", "'m");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "$", "``");

    private MeantimeReader() {
    }

    public static MeantimeDocument read(String name, InputStream xml) throws IOException {
        org.w3c.dom.Document dom = parse(xml);
        NodeList tokens = dom.getElementsByTagName("token");
        StringBuilder text = new StringBuilder();
        Map<String, int[]> spans = new HashMap<>();
        StringBuilder dateline = new StringBuilder();
        int lastSentence = -1;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            int sentence = Integer.parseInt(t.getAttribute("sentence"));
            if (sentence == 1) {
                // the dateline: its date is the creation time, given as the document date
                dateline.append(t.getTextContent()).append(' ');
                continue;
            }
            String word = t.getTextContent();
            if (sentence != lastSentence && lastSentence >= 0) {
                text.append("\n\n");
            } else if (lastSentence >= 0 && !NO_SPACE_BEFORE.contains(word) && !endsWithOpener(text)) {
                text.append(' ');
            }
            lastSentence = sentence;
            spans.put(t.getAttribute("t_id"), new int[] {text.length(), text.length() + word.length()});
            text.append(word);
        }
        String creationTime = null;
        List<MeantimeDocument.Timex> timexes = new ArrayList<>();
        NodeList marks = dom.getElementsByTagName("TIMEX3");
        for (int i = 0; i < marks.getLength(); i++) {
            Element m = (Element) marks.item(i);
            if ("CREATION_TIME".equals(m.getAttribute("functionInDocument"))) {
                creationTime = day(m.getAttribute("value"));
                continue;
            }
            int[] span = span(m, spans);
            if (span != null && !m.getAttribute("value").isBlank()) {
                timexes.add(new MeantimeDocument.Timex(m.getAttribute("type"), m.getAttribute("value"), span[0], span[1]));
            }
        }
        if (creationTime == null) {
            // two articles have no CREATION_TIME mark: their dateline sentence still says the date
            creationTime = org.dyad.clean.PublishedDateParser.toIso(dateline.toString()).map(MeantimeReader::day).orElse(null);
        }
        timexes.sort(java.util.Comparator.comparingInt(MeantimeDocument.Timex::start));
        return new MeantimeDocument(name, creationTime, text.toString(), timexes);
    }

    private static boolean endsWithOpener(StringBuilder text) {
        for (String o : NO_SPACE_AFTER) {
            int from = text.length() - o.length();
            if (from >= 0 && text.substring(from).equals(o) && (from == 0 || text.charAt(from - 1) == ' '
                    || text.charAt(from - 1) == '\n')) {
                return true;
            }
        }
        return false;
    }

    /** The span from the first to the last anchored token, or null when a token is not in the text. */
    private static int[] span(Element timex, Map<String, int[]> spans) {
        NodeList anchors = timex.getElementsByTagName("token_anchor");
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int i = 0; i < anchors.getLength(); i++) {
            int[] s = spans.get(((Element) anchors.item(i)).getAttribute("t_id"));
            if (s == null) {
                return null;
            }
            start = Math.min(start, s[0]);
            end = Math.max(end, s[1]);
        }
        return end < 0 ? null : new int[] {start, end};
    }

    /** YYYY-MM-DD; one article writes its creation time DD-MM-YYYY. */
    private static String day(String value) {
        if (value != null && value.matches("\\d{2}-\\d{2}-\\d{4}")) {
            return value.substring(6) + "-" + value.substring(3, 5) + "-" + value.substring(0, 2);
        }
        return value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*") ? value.substring(0, 10) : null;
    }

    private static org.w3c.dom.Document parse(InputStream xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(xml);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a MEANTIME XML file: " + e.getMessage(), e);
        }
    }
}
