package org.ofstedkg.model;

/**
 * A statement of a judgement that disagrees with the grade kept: the report states the judgement
 * once with one grade (kept, the first in the report) and here with another.
 */
public record Conflict(Grade statedGrade, Evidence evidence) {
}
