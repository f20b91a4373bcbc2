package org.bss.benchmark.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What authentication costs an integration (issue 11 §2), measured side by side in one run against a started
 * server, loopback only:
 * <ul>
 * <li>4 clients: the WSDL of OperatorService (unauthenticated GET) against {@code getConfigurationSettings} over
 *     SOAP with HTTP Basic (user key + password, every call authenticated);</li>
 * <li>20 clients: the health resource (unauthenticated) against a bearer-token GET that does nothing but return
 *     BSS's time ({@code GET /test-clock}) and the organization list with 20 rows
 *     ({@code GET /organizations?limit=20}).</li>
 * </ul>
 * Each batch: a warm-up, then at most {@code requests} requests or {@code seconds} seconds, whichever ends first;
 * requests per second (completed / wall time) and p50/p95 latency (nearest rank). The groups run {@code rounds}
 * times alternately; the summary takes the median of the rounds and the ratio to the unauthenticated reference.
 * Fixture users and organizations ({@link AuthFixtures}) are removed at the end.
 * <p>
 * {@code ./bss bench auth} builds and runs it with the database of the running domain. System properties:
 * bss.http.url (http://localhost:8080), bss.db.url/user/password (default: the H2 file database of ./bss start),
 * bench.rounds (3), bench.requests (4000), bench.seconds (10), bench.warmup (300), bench.cases (comma-separated parts
 * of the case names to run, e.g. {@code token} while profiling one case; default all).
 */
public final class AuthBenchmark {

    private static final String BASE = System.getProperty("bss.http.url", "http://localhost:8080");
    private static final String REST = BASE + "/bss/api/v1";
    private static final String DB_URL = System.getProperty(
            "bss.db.url",
            "jdbc:h2:"
                    + Path.of("runtime/domains/bes-domain/bssdb/bss")
                            .toAbsolutePath()
                            .normalize()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 4000);
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "10"));
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 300);
    private static final String[] CASES = System.getProperty("bench.cases", "").split(",");
    private static final int SOAP_CLIENTS = 4;
    private static final int REST_CLIENTS = 20;
    private static final String ENVELOPE = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:tns=\"http://oscm.org/xsd\"><S:Body><tns:getConfigurationSettings/></S:Body></S:Envelope>";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private AuthBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (AuthFixtures fixtures = AuthFixtures.create(
                DB_URL, System.getProperty("bss.db.user", "bss"), System.getProperty("bss.db.password", "bss"))) {
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((fixtures.operatorKey + ":" + AuthFixtures.PASSWORD)
                                    .getBytes(StandardCharsets.UTF_8));
            String bearer = "Bearer " + token(fixtures.operatorId);
            HttpRequest wsdl = HttpRequest.newBuilder(URI.create(BASE + "/OperatorService/BASIC?wsdl"))
                    .GET()
                    .build();
            HttpRequest soap = HttpRequest.newBuilder(URI.create(BASE + "/OperatorService/BASIC"))
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .header("SOAPAction", "\"\"")
                    .header("Authorization", basic)
                    .POST(HttpRequest.BodyPublishers.ofString(ENVELOPE, StandardCharsets.UTF_8))
                    .build();
            HttpRequest health =
                    HttpRequest.newBuilder(URI.create(REST + "/health")).GET().build();
            HttpRequest clock = HttpRequest.newBuilder(URI.create(REST + "/test-clock"))
                    .header("Authorization", bearer)
                    .GET()
                    .build();
            HttpRequest organizations = HttpRequest.newBuilder(URI.create(REST + "/organizations?limit=20"))
                    .header("Authorization", bearer)
                    .GET()
                    .build();
            String page = HTTP.send(organizations, HttpResponse.BodyHandlers.ofString())
                    .body();
            System.out.printf(
                    Locale.ROOT,
                    "server %s; operator %s; organization page: %d rows of %s; %d rounds, at most %d"
                            + " requests or %.0f s a batch after %d warm-up requests; %d CPUs%n",
                    BASE,
                    fixtures.operatorId,
                    count(page, "\"orgId\""),
                    field(page, "total"),
                    ROUNDS,
                    REQUESTS,
                    SECONDS,
                    WARM_UP,
                    Runtime.getRuntime().availableProcessors());

            Map<String, List<Load.Result>> results = new LinkedHashMap<>();
            for (int round = 1; round <= ROUNDS; round++) {
                System.out.printf("-- round %d%n", round);
                measure(results, "WSDL GET (no auth)", SOAP_CLIENTS, wsdl);
                measure(results, "SOAP getConfigurationSettings", SOAP_CLIENTS, soap);
                measure(results, "REST health (no auth)", REST_CLIENTS, health);
                measure(results, "REST token GET /test-clock", REST_CLIENTS, clock);
                measure(results, "REST token organizations/20", REST_CLIENTS, organizations);
            }
            summary(results);
        }
    }

    private static void measure(Map<String, List<Load.Result>> results, String name, int clients, HttpRequest request)
            throws Exception {
        if (Arrays.stream(CASES)
                .noneMatch(c -> name.toLowerCase(Locale.ROOT).contains(c.trim().toLowerCase(Locale.ROOT)))) {
            return;
        }
        Load.Call call =
                () -> HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        Load.run(name + " warm-up", clients, WARM_UP, SECONDS, 200, call);
        Load.Result result = Load.run(name, clients, REQUESTS, SECONDS, 200, call);
        System.out.println(result);
        results.computeIfAbsent(name, k -> new ArrayList<>()).add(result);
    }

    private static void summary(Map<String, List<Load.Result>> results) {
        System.out.printf("%n== median of %d rounds%n", ROUNDS);
        System.out.printf("%-30s %8s %9s %9s %9s%n", "", "clients", "req/s", "p95 ms", "of ref.");
        double reference = 0;
        int group = 0;
        for (Map.Entry<String, List<Load.Result>> e : results.entrySet()) {
            double rate = median(
                    e.getValue().stream().mapToDouble(Load.Result::perSecond).toArray());
            double p95 = median(
                    e.getValue().stream().mapToDouble(r -> r.percentile(0.95)).toArray());
            if (e.getValue().get(0).clients() != group) { // SOAP (4 clients) against the WSDL, REST (20) against health
                group = e.getValue().get(0).clients();
                reference = 0;
            }
            boolean isReference = e.getKey().contains("no auth");
            if (isReference) {
                reference = rate;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-30s %8d %9.1f %9.1f %9s%n",
                    e.getKey(),
                    e.getValue().get(0).clients(),
                    rate,
                    p95,
                    isReference
                            ? "ref."
                            : reference > 0 ? String.format(Locale.ROOT, "%.0f %%", 100 * rate / reference) : "-");
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
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
        return field(r.body(), "access_token");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** A top-level string or number field of a small JSON answer (enough for this client). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|(-?[0-9]+))")
                .matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }
}
