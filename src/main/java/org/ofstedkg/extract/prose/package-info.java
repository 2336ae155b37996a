/**
 * The prose grammars the readers share: graded clauses, statements of kinds of service, figures and what they
 * measure, dates, and the areas and outcomes a statement speaks of.
 */
package org.ofstedkg.extract.prose;
