package org.ofstedkg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The option that says which store a command uses. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The TDB2 store directory (default: data/store in the project folder).")
    Path store;

    /** Tells the user, on standard error, when the store was built by an older version and how to upgrade it. */
    static void noticeVersion(org.ofstedkg.store.KnowledgeStore store, java.io.PrintWriter err, String command) {
        store.versionNotice().ifPresent(n -> {
            err.println("ofsted-kg " + command + ": warning: " + n);
            err.flush();
        });
    }

    Path storeDir() {
        return store != null ? store : Main.home().resolve("data").resolve("store");
    }
}
