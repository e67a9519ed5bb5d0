package org.dyad.store;

/** Safe substring and HTML escaping: offsets from outside are clamped, never trusted. */
final class Texts {
    private Texts() {
    }

    static String slice(String s, int start, int end) {
        int a = Math.max(0, Math.min(start, s.length()));
        int b = Math.max(a, Math.min(end, s.length()));
        return s.substring(a, b);
    }

    static String escapeHtml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
