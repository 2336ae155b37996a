package org.ofstedkg.cli;

import org.ofstedkg.map.UriScheme;

import picocli.CommandLine.Option;

/** The base under which a command mints identifiers. */
final class BaseOption {

    @Option(names = "--base", paramLabel = "IRI", defaultValue = UriScheme.DEFAULT_BASE,
            description = "The base of the identifiers minted for reports and authorities: an http(s) IRI ending "
                    + "in '/' (default: ${DEFAULT-VALUE}). A store keeps the base it was built with.")
    String base;

    UriScheme uris() {
        return new UriScheme(base);
    }
}
