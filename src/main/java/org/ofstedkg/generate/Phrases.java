package org.ofstedkg.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.ofstedkg.Bundled;

/**
 * The sentences and table items the generator recombines (the bundled {@code generate/phrases.txt},
 * drawn from the sample reports), by section, in file order. An entry may belong to a topic: a report
 * takes at most one entry of each topic of a family of sections ("letter.settings.strong" and
 * "letter.settings.weak" are of the family "letter.settings"), so that its sentences do not contradict
 * one another.
 */
final class Phrases {

    static final String RESOURCE = "/generate/phrases.txt";

    record Entry(String topic, String text, int order) {
    }

    private final Map<String, List<Entry>> sections;

    private Phrases(Map<String, List<Entry>> sections) {
        this.sections = sections;
    }

    static Phrases bundled() {
        Map<String, List<Entry>> sections = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Bundled.open(RESOURCE), StandardCharsets.UTF_8))) {
            List<Entry> current = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(s.substring(1, s.length() - 1), current);
                } else if (current != null) {
                    String topic = "";
                    if (s.startsWith("@")) {
                        int space = s.indexOf(' ');
                        topic = s.substring(1, space);
                        s = s.substring(space + 1).strip();
                    }
                    current.add(new Entry(topic, s, current.size()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return new Phrases(sections);
    }

    /** The section's entries; a missing or empty section is a broken build. */
    List<Entry> all(String section) {
        List<Entry> s = sections.get(section);
        if (s == null || s.isEmpty()) {
            throw new IllegalStateException("no phrases for [" + section + "] in " + RESOURCE);
        }
        return s;
    }

    /** The texts of the section's entries. */
    List<String> texts(String section) {
        return all(section).stream().map(Entry::text).toList();
    }

    /**
     * Up to {@code k} different entries of the section, in file order, none of a topic already in
     * {@code topics} (to which theirs are added).
     */
    List<String> pick(String section, int k, Set<String> topics, SplittableRandom random) {
        return pickEntries(section, k, topics, random).stream().map(Entry::text).toList();
    }

    /** As {@link #pick}, with the entries' topics. */
    List<Entry> pickEntries(String section, int k, Set<String> topics, SplittableRandom random) {
        String family = section.substring(0, Math.max(0, section.lastIndexOf('.')));
        List<Entry> entries = new ArrayList<>(all(section));
        // Fisher-Yates with the report's own random numbers: the same seed gives the same choice.
        for (int i = entries.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Entry t = entries.get(i);
            entries.set(i, entries.get(j));
            entries.set(j, t);
        }
        List<Entry> chosen = new ArrayList<>();
        for (Entry e : entries) {
            if (chosen.size() == k) {
                break;
            }
            if (e.topic().isEmpty() || topics.add(family + "/" + e.topic())) {
                chosen.add(e);
            }
        }
        chosen.sort(Comparator.comparingInt(Entry::order));
        return chosen;
    }

    /** {@code k} different elements of the list (all of them if it has fewer), in list order. */
    static <T> List<T> some(List<T> from, int k, SplittableRandom random) {
        int n = from.size();
        if (k >= n) {
            return from;
        }
        // Selection sampling (Knuth's algorithm S): each element is kept with the probability that
        // leaves exactly k, and the order is kept.
        List<T> out = new ArrayList<>(k);
        for (int i = 0; i < n && out.size() < k; i++) {
            if (random.nextInt(n - i) < k - out.size()) {
                out.add(from.get(i));
            }
        }
        return out;
    }
}
