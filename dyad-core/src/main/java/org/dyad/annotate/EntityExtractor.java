package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Entity;

/** Turns CoreNLP entity mentions into {@link Entity} records with normalised values. */
final class EntityExtractor {
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> NUMBER_TYPES = Set.of("NUMBER", "PERCENT", "ORDINAL");

    /**
     * @param timexes SUTime's time expressions; they replace NER's own DATE/TIME tags, which the
     *                numeric classifier leaves unnormalised when SUTime is not part of NER
     */
    List<Entity> extract(Annotation doc, List<CoreMap> timexes) {
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        List<Entity> out = new ArrayList<>();
        for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
            String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            if (type != null && !"O".equals(type) && !TIME_TYPES.contains(type)) {
                out.add(entity(m, type));
            }
        }
        String anchor = doc.get(CoreAnnotations.DocDateAnnotation.class);
        for (CoreMap t : timexes) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null && TIME_TYPES.contains(timex.timexType())) {
                Entity e = entity(t, timex.timexType());
                String value = NearestWeekday.of(e.text(), YearlessDates.nearest(e.text(), e.value(), anchor), anchor);
                out.add(java.util.Objects.equals(value, e.value()) ? e
                        : new Entity(e.text(), e.type(), e.start(), e.end(), value, e.unit(), e.actor()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Entity::start));
        return out;
    }

    private static Entity entity(CoreMap m, String type) {
        String text = m.get(CoreAnnotations.TextAnnotation.class);
        int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        String value = null;
        String unit = null;
        if (TIME_TYPES.contains(type)) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            value = timex != null && timex.value() != null ? timex.value() : normalized;
        } else if ("MONEY".equals(type)) {
            var money = MoneyValue.parse(normalized);
            if (money.isPresent()) {
                value = plain(money.get().amount());
                unit = money.get().currency();
            }
        } else if (NUMBER_TYPES.contains(type) && normalized != null) {
            value = normalized.replaceFirst("^[~<>=]+", "");
        }
        return new Entity(text, type, start, end, value, unit, null);
    }

    /** 5.0E9 → "5000000000": analysts read amounts, not floating-point notation. */
    private static String plain(double amount) {
        return BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
    }
}
