package org.dyad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML element as paragraphs: every block element (p, div, li, h1…) ends a
 * paragraph, a single {@code <br>} is a space and two in a row end a paragraph.
 */
final class HtmlParagraphs implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "caption", "hr", "address",
            "form", "fieldset", "details", "summary", "center");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "head",
            "iframe", "object", "button", "select", "textarea", "input");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int pendingBreaks;

    private HtmlParagraphs() {
    }

    static List<String> of(Element root) {
        HtmlParagraphs visitor = new HtmlParagraphs();
        NodeTraversor.filter(new InvisibleSkipper(visitor), root);
        visitor.flush();
        return visitor.paragraphs;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String chunk = text.getWholeText();
            if (!chunk.isBlank()) {
                pendingBreaks = 0;
            }
            current.append(chunk);
        } else if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                if (++pendingBreaks >= 2) {
                    flush();
                } else {
                    current.append(' ');
                }
            } else if (BLOCKS.contains(element.normalName())) {
                flush();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            flush();
        }
    }

    private void flush() {
        String paragraph = Paragraphs.tidy(current.toString());
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
        pendingBreaks = 0;
    }

    /** Skips script, style and form controls with everything inside them. */
    private record InvisibleSkipper(NodeVisitor visitor) implements org.jsoup.select.NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element && INVISIBLE.contains(element.normalName())) {
                return FilterResult.SKIP_ENTIRELY;
            }
            visitor.head(node, depth);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            visitor.tail(node, depth);
            return FilterResult.CONTINUE;
        }
    }
}
