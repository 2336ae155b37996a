package org.ofstedkg.cli;

import java.nio.file.Path;

import org.ofstedkg.map.UriScheme;

import picocli.CommandLine.Option;

/** The options that say which store to use and which base identifiers are minted under. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The TDB2 store directory (default: data/store in the project folder).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = UriScheme.DEFAULT_BASE,
            description = "The base of the identifiers minted for reports and authorities (default: ${DEFAULT-VALUE}).")
    String base;

    Path storeDir() {
        return store != null ? store : Main.home().resolve("data").resolve("store");
    }

    UriScheme uris() {
        return new UriScheme(base);
    }
}
