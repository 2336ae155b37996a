package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.TestStores;
import org.ofstedkg.Variants;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Dumps are files kept in the store's folder until its content changes, and outlive the server. */
class DumpsTest {

    private static final String NQ = "ofsted-kg.nq.gz";

    private static HttpResponse<byte[]> get(SparqlServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] gz) throws Exception {
        return new String(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The kept dump files, under the folder of the store's state. */
    private static List<Path> keptDumps(Path storeFolder) throws Exception {
        try (var files = Files.walk(storeFolder.resolve(SparqlServer.DUMPS_FOLDER))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aDumpIsKeptOnDiskForARestartedServerAndMadeAgainAfterAChange(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("store");
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        HttpResponse<byte[]> first;
        FileTime made;
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            TestStores.ingestSamples(store, pipeline);
            try (SparqlServer server = SparqlServer.on(store).port(0).warmAnswers(false).start()) {
                first = get(server, "/dumps/" + NQ);
                assertEquals(200, first.statusCode());
                List<Path> kept = keptDumps(folder);
                assertEquals(1, kept.size(), "kept: " + kept);
                assertTrue(kept.get(0).getParent().getFileName().toString().startsWith(store.state() + "-"), kept.toString());
                assertArrayEquals(first.body(), Files.readAllBytes(kept.get(0)));
                made = Files.getLastModifiedTime(kept.get(0));
            }
        }
        try (KnowledgeStore store = KnowledgeStore.open(folder);
                SparqlServer server = SparqlServer.on(store).port(0).warmAnswers(false).start()) {
            var again = get(server, "/dumps/" + NQ);
            assertArrayEquals(first.body(), again.body());
            assertEquals(first.headers().firstValue("ETag"), again.headers().firstValue("ETag"));
            assertEquals(made, Files.getLastModifiedTime(keptDumps(folder).get(0)), "the dump was made again");
        }
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            pipeline.ingest("wigan.txt", Variants.letterTo("Wigan"), store);
        }
        try (KnowledgeStore store = KnowledgeStore.open(folder);
                SparqlServer server = SparqlServer.on(store).port(0).warmAnswers(false).start()) {
            var after = get(server, "/dumps/" + NQ);
            assertEquals(200, after.statusCode());
            assertNotEquals(first.headers().firstValue("ETag"), after.headers().firstValue("ETag"));
            assertFalse(gunzip(first.body()).contains("/report/annual-rating-letter/wigan/"));
            assertTrue(gunzip(after.body()).contains("/report/annual-rating-letter/wigan/"), "a stale dump was given");
            List<Path> kept = keptDumps(folder);
            assertEquals(1, kept.size(), "the old state's dump is still on disk: " + kept);
            assertTrue(kept.get(0).getParent().getFileName().toString().startsWith(store.state() + "-"), kept.toString());
        }
    }

    @Test
    void aHeadRequestGivesTheDumpsHeadersWithoutReadingItsBytes(@TempDir Path dir) throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            TestStores.ingestSamples(store, new Pipeline(UriScheme.defaults()));
            try (SparqlServer server = SparqlServer.on(store).port(0).warmAnswers(false).start()) {
                HttpResponse<byte[]> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + server.port() + "/dumps/" + NQ)).method("HEAD",
                        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
                HttpResponse<byte[]> get = get(server, "/dumps/" + NQ);
                assertEquals(200, head.statusCode());
                assertEquals(0, head.body().length);
                assertTrue(get.body().length > 1000, "the dump: " + get.body().length + " bytes");
                assertEquals(String.valueOf(get.body().length), head.headers().firstValue("Content-Length").orElse(""));
                assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
                assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
            }
            // Jetty drops a HEAD's body whatever the servlet writes, so only the servlet itself shows the file unread.
            Map<String, Object> headers = new HashMap<>();
            HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getPathInfo" -> "/" + NQ;
                        case "getMethod" -> "HEAD";
                        case "getDateHeader" -> -1L; // no If-Modified-Since
                        default -> null;
                    });
            HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setHeader", "setDateHeader", "setContentType", "setContentLengthLong", "setStatus" ->
                                    headers.put(method.getName() + (args.length > 1 ? " " + args[0] : ""), args[args.length - 1]);
                            case "getHeader" -> { // the Vary header so far: none
                            }
                            default -> throw new AssertionError("a HEAD answer called " + method.getName());
                        }
                        return null;
                    });
            new DumpsServlet(store, UriScheme.defaults(), dir.resolve("dumps")).doHead(request, response);
            assertEquals("application/gzip", headers.get("setContentType"));
            assertTrue((Long) headers.get("setContentLengthLong") > 1000, headers.toString());
            assertTrue(headers.containsKey("setHeader ETag") && headers.containsKey("setDateHeader Last-Modified"),
                    headers.toString());
        }
    }
}
