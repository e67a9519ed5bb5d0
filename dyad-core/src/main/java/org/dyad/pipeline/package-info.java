/**
 * The stages wired together: {@link org.dyad.pipeline.Pipeline} turns one raw document into a
 * {@link org.dyad.model.Document}; {@link org.dyad.pipeline.ExtractRun} reads inputs and runs the
 * pipeline on a pool of workers, in input order, counting what was read, extracted and skipped.
 */
package org.dyad.pipeline;
