package org.ofstedkg.summary;

import java.nio.file.Path;
import java.util.List;

import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;

/**
 * The store the summary's tests read: the five samples of 2008-2009 (no graded inspection among them) and eight
 * real reports chosen for what they show: Tameside's three (a SIF, then two ILACS), Buckinghamshire's (two SIFs of
 * the county council, then an ILACS of the council that replaced it in 2020), Telford and Wrekin's latest (one of
 * Tameside's statistical neighbours) and Kent's inspection of looked after children services.
 */
public final class SummaryStore {

    public static final List<String> REAL_REPORTS = List.of(
            "80569_tameside/children's services inspection - 09 december 2016.pdf",
            "80569_tameside/children's services inspection - 01 july 2019.pdf",
            "80569_tameside/children's services inspection - 13 february 2024.pdf",
            "80442_buckinghamshire/children's services inspection - 08 august 2014.pdf",
            "80442_buckinghamshire/children's services inspection - 29 january 2018.pdf",
            "80442_buckinghamshire/children's services inspection - 11 february 2022.pdf",
            "80570_telford & wrekin/children's services inspection - 12 july 2024.pdf",
            "80476_kent/children's services inspection,  pdf - 23 august 2013.pdf");

    private SummaryStore() {
    }

    /** Ingests the samples and the chosen real reports into the store; fails if any is rejected. */
    public static void fill(KnowledgeStore store) {
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        TestStores.ingestSamples(store, pipeline);
        for (String name : REAL_REPORTS) {
            Path file = Samples.home().resolve("data").resolve("real-reports").resolve(name);
            Outcome o = pipeline.ingest(file, store);
            if (o.rejected()) {
                throw new AssertionError(file + " rejected: " + o.reason() + " " + o.violations());
            }
        }
    }
}
