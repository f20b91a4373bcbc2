package org.bss.benchmark.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.bss.benchmark.auth.AuthFixtures;
import org.bss.benchmark.auth.Load;

/**
 * Search under load (issue 13, docs/search.md "Measurements"): 10,000 services on sale on one marketplace, written
 * into the database and indexed by the operator's rebuild (its duration is reported); then at 20 clients the health
 * endpoint (the reference), a one-word search, a two-word search and the first page by name, side by side; then the
 * index lag: a service changed in the database and announced by a reindex message (the operator's rebuild stands in
 * for the message here: it is what the REST API offers) until a search sees it. Fixtures are removed at the end.
 */
public final class SearchBenchmark {

    private static final String BASE = System.getProperty("bss.http.url", "http://localhost:8080");
    private static final String REST = BASE + "/bss/api/v1";
    private static final String DB_URL = System.getProperty("bss.db.url", "jdbc:postgresql://127.0.0.1:5432/bss");
    private static final String DB_USER = System.getProperty("bss.db.user", "bss");
    private static final String DB_PASSWORD = System.getProperty("bss.db.password", "bss");
    private static final int SERVICES = Integer.getInteger("bench.services", 10_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 4000);
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "10"));
    private static final int CLIENTS = 20;
    private static final String[] WORDS = {"cloud", "storage", "mail", "analytics", "backup", "video", "chat", "crm"};
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        long base = ThreadLocalRandom.current().nextLong(80_000_000L, 900_000_000L);
        String marketplace = "bench-search-" + Long.toString(base, 36);
        try (AuthFixtures operator = AuthFixtures.create(DB_URL, DB_USER, DB_PASSWORD)) {
            String token = token(operator.operatorId);
            try {
                seed(base, marketplace);
                long t0 = System.nanoTime();
                rebuild(token);
                awaitTotal(marketplace, "", SERVICES);
                System.out.printf(
                        Locale.ROOT, "rebuild of %d services: %.1f s%n", SERVICES, (System.nanoTime() - t0) / 1e9);

                measure("REST health (no auth)", URI.create(REST + "/health"));
                measure("search q=cloud (50 a page)", search(marketplace, "q=cloud"));
                measure("search q=cloud (20 a page)", search(marketplace, "q=cloud&limit=20"));
                measure("search q=cloud storage", search(marketplace, "q=" + enc("cloud storage")));
                measure("search all, by name", search(marketplace, "sort=name&limit=20"));
                measure("search q=cloud, by price", search(marketplace, "q=cloud&sort=price&limit=20"));

                String word = "zlag" + Long.toString(base, 36);
                db(c -> update(c, "update service_text set name = ? where service_key = ?", "Lag " + word, base + 1));
                t0 = System.nanoTime();
                rebuild(token);
                awaitTotal(marketplace, "q=" + word, 1);
                System.out.printf(
                        Locale.ROOT,
                        "a change seen by search after the rebuild request: %.0f ms (a whole rebuild; one reindex"
                                + " message is one document)%n",
                        (System.nanoTime() - t0) / 1e6);
            } finally {
                db(c -> {
                    update(c, "delete from service_publication where marketplace_key = ?", base);
                    update(c, "delete from service_text where service_key between ? and ?", base, base + SERVICES);
                    update(c, "delete from service where service_key between ? and ?", base, base + SERVICES);
                    update(c, "delete from marketplace where marketplace_key = ?", base);
                    update(c, "delete from technical_service where ts_key = ?", base);
                    return null;
                });
                rebuild(token);
            }
        }
    }

    private static void measure(String name, URI uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
        Load.Call call =
                () -> HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        Load.run(name + " warm-up", CLIENTS, 300, SECONDS, 200, call);
        System.out.println(Load.run(name, CLIENTS, REQUESTS, SECONDS, 200, call));
    }

    private static void seed(long base, String marketplace) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices"
                + " xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">"
                + "<tns:TechnicalService id=\"Bench " + base + "\" accessType=\"DIRECT\">"
                + "<LocalizedDescription locale=\"en\">Bench</LocalizedDescription>"
                + "<LocalizedTag locale=\"en\">benchmark</LocalizedTag></tns:TechnicalService>"
                + "</tns:TechnicalServices>";
        db(c -> {
            c.setAutoCommit(false);
            update(
                    c,
                    "insert into technical_service (ts_key, org_key, ts_id, access_type, definition, version,"
                            + " created_at, updated_at) values (?, 1000, ?, 'DIRECT', ?, 0, ?, ?)",
                    base,
                    "Bench " + base,
                    xml,
                    now,
                    now);
            update(
                    c,
                    "insert into marketplace (marketplace_key, marketplace_id, name, org_key, is_open,"
                            + " tagging_enabled, review_enabled, categories_enabled, marketplace_revenue_share,"
                            + " reseller_revenue_share, broker_revenue_share, version, created_at, updated_at)"
                            + " values (?, ?, 'Bench shop', 1000, true, false, false, false, 0, 0, 0, 0, ?, ?)",
                    base,
                    marketplace,
                    now,
                    now);
            try (PreparedStatement service = c.prepareStatement("insert into service (service_key, org_key, ts_key,"
                            + " service_id, status, auto_assign_user, version, created_at, updated_at)"
                            + " values (?, 1000, ?, ?, 'ACTIVE', false, 0, ?, ?)");
                    PreparedStatement text = c.prepareStatement("insert into service_text (service_key, locale, name,"
                            + " short_description, description) values (?, 'en', ?, ?, ?)");
                    PreparedStatement publication = c.prepareStatement("insert into service_publication"
                            + " (service_key, marketplace_key, visible, published_at) values (?, ?, true, ?)")) {
                for (int i = 1; i <= SERVICES; i++) {
                    long key = base + i;
                    String a = WORDS[i % WORDS.length];
                    String b = WORDS[(i / WORDS.length) % WORDS.length];
                    service.setLong(1, key);
                    service.setLong(2, base);
                    service.setString(3, "bench-" + i);
                    service.setTimestamp(4, now);
                    service.setTimestamp(5, now);
                    service.addBatch();
                    text.setLong(1, key);
                    text.setString(2, "Service " + i + " " + a);
                    text.setString(3, "The " + a + " and " + b + " service number " + i);
                    text.setString(4, "A longer description of " + a + " " + b + " for customers. ".repeat(5));
                    text.addBatch();
                    publication.setLong(1, key);
                    publication.setLong(2, base);
                    publication.setTimestamp(3, now);
                    publication.addBatch();
                }
                service.executeBatch();
                text.executeBatch();
                publication.executeBatch();
            }
            c.commit();
            return null;
        });
    }

    private static URI search(String marketplace, String query) {
        return URI.create(REST + "/marketplaces/" + marketplace + "/services?" + query);
    }

    private static void awaitTotal(String marketplace, String query, int total) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            String body = HTTP.send(
                            HttpRequest.newBuilder(search(marketplace, query + "&limit=1"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            if (body.contains("\"total\":" + total + ",") || body.contains("\"total\":" + total + "}")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the index did not reach " + total + " for " + query);
    }

    private static void rebuild(String token) throws Exception {
        int status = HTTP.send(
                        HttpRequest.newBuilder(URI.create(REST + "/search/index/rebuild"))
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != 202) {
            throw new IllegalStateException("rebuild: HTTP " + status);
        }
    }

    private static String token(String userId) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(REST + "/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"userId\":\"" + userId + "\",\"password\":\"" + AuthFixtures.PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token: " + r.statusCode() + " " + r.body());
        }
        int start = r.body().indexOf("\"access_token\":\"") + 16;
        return r.body().substring(start, r.body().indexOf('"', start));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static <T> T db(Work<T> work) throws SQLException {
        try (Connection c = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
            return work.run(c);
        }
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }
}
