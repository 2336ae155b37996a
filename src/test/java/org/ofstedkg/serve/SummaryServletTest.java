package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.pipeline.Pipeline;

/** The served summary is made again once the store changes, and kept while it does not. */
class SummaryServletTest {

    @Test
    void aReportAddedWhileServingIsInTheNextSummary() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (TestStores.Served served = TestStores.served()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(served.url("/summary.csv?all=true"))).build();
            var before = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(1, before.body().lines().count(), "the samples grade no inspection: the header alone");

            var outcome = new Pipeline(UriScheme.defaults()).ingest(Samples.home().resolve("data/real-reports/"
                    + "80570_telford & wrekin/children's services inspection - 12 july 2024.pdf"), served.store());
            assertEquals(false, outcome.rejected(), outcome.reason());

            var after = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(2, after.body().lines().count(), after.body());
            assertEquals(true, after.body().lines().toList().get(1).startsWith("80570,894,WM,E06000020,Telford and Wrekin,"
                    + "ilacs-inspection,2024-04-29,2024-05-03,,Rebecca Quested,Outstanding,4,4,3,4,4,"), after.body());
            String etag = after.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(before.headers().firstValue("ETag").orElseThrow(), etag);
            var again = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(after.body(), again.body());
            assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        }
    }
}
