package org.ofstedkg.model;

/** A named person and the role the report gives them. */
public record Person(String name, String role) {
}
