/**
 * Reading Dyad's tab-separated data files: {@link org.dyad.code.data.TsvFile} for the files shipped
 * on the classpath and for users' own files, {@link org.dyad.code.data.TsvRow} for one row, and
 * {@link org.dyad.code.data.DataFileException}, whose message names the file and line.
 */
package org.dyad.code.data;
