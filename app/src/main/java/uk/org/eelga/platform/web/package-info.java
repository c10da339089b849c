/**
 * What every HTTP request meets before the API or the pages see it: request bodies are bounded (413 before a
 * body larger than its limit is read into memory).
 */
package uk.org.eelga.platform.web;
