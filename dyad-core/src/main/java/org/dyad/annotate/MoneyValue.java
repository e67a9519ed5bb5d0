package org.dyad.annotate;

import java.util.Map;
import java.util.Optional;

/**
 * Reads CoreNLP's normalised MONEY values ("$5.0E9", "€1.5E7", "£200.0") into an amount and an
 * ISO-4217 currency. CoreNLP keeps the currency as its symbol in front of the number.
 */
public record MoneyValue(double amount, String currency) {
    private static final Map<String, String> SYMBOLS = Map.of(
            "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR", "₽", "RUB", "₩", "KRW", "元", "CNY");

    public static Optional<MoneyValue> parse(String normalized) {
        if (normalized == null || normalized.isBlank()) {
            return Optional.empty();
        }
        String s = normalized.strip();
        String unit = null;
        int i = 0;
        while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '-' && s.charAt(i) != '.') {
            i++;
        }
        String prefix = s.substring(0, i).strip();
        if (!prefix.isEmpty()) {
            unit = SYMBOLS.getOrDefault(prefix, prefix.length() == 3 ? prefix.toUpperCase() : null);
        }
        String number = s.substring(i).split("[-~ ]", 2)[0];
        try {
            return Optional.of(new MoneyValue(Double.parseDouble(number), unit));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
