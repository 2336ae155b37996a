package org.ofstedkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ofstedkg.pipeline.Outcome;

/**
 * A folder operators drop reports into while the server runs. Every {@code interval} it looks for files
 * directly in the folder, not hidden ones: write a file under a hidden name and rename it when complete
 * (safe), or copy it in, in which case it is taken once it has not changed for {@link #SETTLE} (a writer
 * that pauses longer mid-file is caught only if the file changes while it is being ingested: it is then
 * left for the next look, and stored again once complete). Each file is ingested and moved into
 * {@code stored/} or {@code rejected/} (with {@code NAME.reason.txt} saying why).
 * Polling, not file-system events, so that it works on network and container mounts too.
 */
public final class InboxWatcher implements AutoCloseable {

    /** How long a file copied in must stay unchanged before it is taken. */
    public static final Duration SETTLE = Duration.ofSeconds(10);

    public static final String STORED = "stored";
    public static final String REJECTED = "rejected";

    private record Seen(long size, FileTime modified) {
    }

    private final Path inbox;
    private final Intake intake;
    private final Consumer<String> problems;
    private final Map<Path, Seen> lastLook = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ofsted-kg inbox");
        t.setDaemon(true);
        return t;
    });

    private final Duration settle;

    private InboxWatcher(Path inbox, Intake intake, Duration settle, Consumer<String> problems) {
        this.settle = settle;
        this.inbox = inbox;
        this.intake = intake;
        this.problems = problems;
    }

    /**
     * Starts watching {@code inbox} (creating it and its two folders), looking every {@code interval}; a
     * file copied in is taken once unchanged for {@code settle}.
     */
    public static InboxWatcher start(Path inbox, Intake intake, Duration interval, Duration settle,
            Consumer<String> problems) throws IOException {
        Files.createDirectories(inbox.resolve(STORED));
        Files.createDirectories(inbox.resolve(REJECTED));
        InboxWatcher watcher = new InboxWatcher(inbox, intake, settle, problems);
        watcher.timer.scheduleWithFixedDelay(watcher::look, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return watcher;
    }

    /** One look at the folder: ingests the files that have settled since the last look. */
    synchronized void look() {
        try {
            List<Path> files;
            try (Stream<Path> entries = Files.list(inbox)) {
                files = entries.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            }
            lastLook.keySet().retainAll(files);
            for (Path file : files) {
                Seen now = new Seen(Files.size(file), Files.getLastModifiedTime(file));
                boolean settled = now.modified().toInstant().isBefore(java.time.Instant.now().minus(settle));
                if (!now.equals(lastLook.put(file, now)) || !settled) {
                    continue; // new or still being written: look again next time
                }
                Outcome o = intake.ingest(file);
                if (!now.equals(new Seen(Files.size(file), Files.getLastModifiedTime(file)))) {
                    continue; // written to while it was read: what was stored is replaced once it is complete
                }
                lastLook.remove(file);
                Path target = unused(inbox.resolve(o.rejected() ? REJECTED : STORED), file.getFileName().toString());
                // The reason first: whoever sees the file in rejected/ finds why beside it.
                if (o.rejected()) {
                    Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), o.reason() + "\n",
                            StandardCharsets.UTF_8);
                }
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (Throwable e) {
            // The watcher must outlive a bad moment (of the file system, or memory): an escaped Error would end
            // the scheduled looks silently. It says what happened and looks again.
            problems.accept("inbox " + inbox + ": " + e);
        }
    }

    /** {@code folder/name}, or {@code name} with a number before its extension where that is taken. */
    private static Path unused(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + "-" + n + extension);
        }
        return target;
    }

    @Override
    public void close() {
        // No interrupt: an interrupted thread closes the store's file channels under it. The look under way ends.
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
