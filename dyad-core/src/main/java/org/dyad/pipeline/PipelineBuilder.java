package org.dyad.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.clean.CleanOptions;
import org.dyad.clean.DefaultArticleCleaner;
import org.dyad.code.DyadEventCoder;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.LexiconActorDictionary;
import org.dyad.code.actor.PersonRegistry;
import org.dyad.code.actor.kb.ActorKnowledgeBase;
import org.dyad.code.actor.kb.KnownNames;
import org.dyad.code.cameo.LexiconCodeBook;
import org.dyad.code.place.LexiconGazetteer;
import org.dyad.code.trigger.LexiconTriggerDictionary;
import org.dyad.code.trigger.TriggerDictionary;

/** Wires the standard pipeline from Dyad's shipped models and lexicons, with the user's options. */
public final class PipelineBuilder {
    private boolean anyLanguage;
    private String defaultDate;
    private PersonRegistry registry = PersonRegistry.empty();
    private ActorDictionary actors;
    private TriggerDictionary triggers;
    private List<Path> actorFiles = List.of();
    private KnownNames known;

    public PipelineBuilder anyLanguage(boolean any) {
        this.anyLanguage = any;
        return this;
    }

    public PipelineBuilder defaultDate(String date) {
        this.defaultDate = date;
        return this;
    }

    public PipelineBuilder registry(PersonRegistry r) {
        this.registry = r;
        return this;
    }

    /** Replace the shipped actor lexicon (e.g. with PETRARCH dictionaries); null keeps the shipped one. */
    public PipelineBuilder actors(ActorDictionary a) {
        this.actors = a;
        return this;
    }

    /**
     * Code without Dyad's actor knowledge base (PETRARCH dictionaries in replace mode: their actors
     * alone, as the user asked).
     */
    public PipelineBuilder withoutKnowledgeBase() {
        this.known = new KnownNames(ActorKnowledgeBase.of(List.of()));
        return this;
    }

    /** Overlay and overrides files on top of the shipped actor knowledge base ({@code --actors}). */
    public PipelineBuilder actorFiles(List<Path> files) {
        this.actorFiles = files == null ? List.of() : List.copyOf(files);
        this.known = null;
        return this;
    }

    /** Replace the shipped trigger lexicon; null keeps the shipped one. */
    public PipelineBuilder triggers(TriggerDictionary t) {
        this.triggers = t;
        return this;
    }

    /** The registry the run learns into; coders read a snapshot of it taken when they are built. */
    public PersonRegistry registry() {
        return registry;
    }

    public DyadEventCoder coder() {
        return new DyadEventCoder(actors != null ? actors : LexiconActorDictionary.shipped(),
                triggers != null ? triggers : LexiconTriggerDictionary.shipped(), LexiconCodeBook.shipped(),
                LexiconGazetteer.shipped(), registry.snapshot(), known());
    }

    /** The knowledge base with the user's files, built once per builder (every worker shares it: it is immutable). */
    private synchronized KnownNames known() {
        if (known == null) {
            known = new KnownNames(ActorKnowledgeBase.with(actorFiles));
        }
        return known;
    }

    public Pipeline build() {
        if (known == null) {
            ActorKnowledgeBase.preload(); // read while CoreNLP's models load
        }
        return new Pipeline(new DefaultArticleCleaner(new CleanOptions(anyLanguage)), CoreNlpAnnotator.shared(),
                coder(), defaultDate);
    }

}
