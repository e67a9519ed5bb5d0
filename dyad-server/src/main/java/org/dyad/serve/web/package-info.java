/**
 * The web page served by {@code dyad serve}: static files under {@code resources/web} and the
 * WebJars they use. The page talks only to the JSON API under {@code /api}.
 */
package org.dyad.serve.web;
