/**
 * A report's bytes turned into text that keeps every character's source span, cut into blocks and sentences, with
 * where each word stands on its page.
 */
package org.ofstedkg.extract.decode;
