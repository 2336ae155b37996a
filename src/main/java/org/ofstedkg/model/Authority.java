package org.ofstedkg.model;

/** A local authority of the register: its name, DfE LA number and ONS GSS code. */
public record Authority(String name, String laCode, String gssCode) {
}
