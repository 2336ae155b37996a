package org.ofstedkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The option that says which store a command uses. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The TDB2 store directory (default: data/store in the project folder).")
    Path store;

    Path storeDir() {
        return store != null ? store : Main.home().resolve("data").resolve("store");
    }
}
