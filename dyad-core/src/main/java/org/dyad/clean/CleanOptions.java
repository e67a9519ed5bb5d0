package org.dyad.clean;

/**
 * @param anyLanguage keep documents in any language; by default only English ones are cleaned and
 *     the rest skipped with reason "language: xx", since the downstream models are English
 */
public record CleanOptions(boolean anyLanguage) {

    public static CleanOptions defaults() {
        return new CleanOptions(false);
    }
}
