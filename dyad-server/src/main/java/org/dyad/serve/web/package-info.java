/**
 * The web page served by {@code dyad serve}. {@link org.dyad.serve.web.WebPage#mount} puts it on a
 * Javalin app; the page talks only to the JSON API under {@code /api}.
 *
 * <p>Files under {@code src/main/resources/web}, plain ES modules with no build step:
 * <ul>
 *   <li>{@code index.html}, {@code css/dyad.css}: the shell (header, view links, search box) and styles;</li>
 *   <li>{@code js/app.js}: the hash router ({@code #/events}, {@code #/dyad}, {@code #/network},
 *       {@code #/map}, {@code #/article/{id}}); {@code js/route.js}: route parsing and building;</li>
 *   <li>{@code js/dom.js}: the only way the page makes DOM — data becomes text, never markup;
 *       {@code js/highlight.js}: body text plus offset spans to highlighted DOM;</li>
 *   <li>{@code js/api.js}, {@code js/vendor.js} (loads the WebJars on demand), {@code js/format.js},
 *       {@code js/cameo.js};</li>
 *   <li>{@code js/views/*.js}: one file per view;</li>
 *   <li>{@code geo/countries.geojson}: country shapes for the map (feature property {@code iso3}); the
 *       map still shows its place markers when the file is missing.</li>
 * </ul>
 * When {@code <body data-ready="VIEW">} is set, a view has finished loading its data (the browser
 * tests wait for it).
 */
package org.dyad.serve.web;
