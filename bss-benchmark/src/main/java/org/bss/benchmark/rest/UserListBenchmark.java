package org.bss.benchmark.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REST {@code GET /organizations/{orgId}/users} with 1,000 users in one organization (issue 4, "Measure and
 * report"): creates a fixture organization in the server's database ({@link BenchOrganization}), imports the users
 * through {@code POST .../user-imports} as CSV, then times sequential list requests (limit 50, pages spread over
 * the whole list) per sort order after a warm-up and prints p50/p95 (nearest rank), mean and max in milliseconds
 * of the whole HTTP exchange on one client thread. The organization and its users are deleted at the end.
 * <p>
 * Run against a started server (./bss start), holding the deploy lock so that no redeploy or test runs meanwhile:
 * <pre>
 * ./mvnw -q -B -o -Pbench -pl bss-ejb,bss-benchmark compile &amp;&amp; flock /tmp/bss-deploy.lock java -cp \
 *   bss-ejb/target/classes:bss-benchmark/target/classes:$HOME/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar \
 *   org.bss.benchmark.rest.UserListBenchmark [users [requests]]
 * </pre>
 * System properties: bss.http.url (http://localhost:8080), bss.db.url/user/password (the H2 file database of
 * ./bss start; PostgreSQL needs its driver on the class path), bss.mail.port (2525: a mail sink takes the users'
 * mails unless a system test's GreenMail has the port).
 */
public final class UserListBenchmark {

    private static final String BASE = System.getProperty("bss.http.url", "http://localhost:8080") + "/bss/api/v1";
    private static final String DB_URL = System.getProperty(
            "bss.db.url",
            "jdbc:h2:"
                    + Path.of("runtime/domains/bes-domain/bssdb/bss")
                            .toAbsolutePath()
                            .normalize()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
    /** RequestLimits caps request bodies at 64 KiB: the file is sent in parts below that. */
    private static final int ROWS_PER_FILE = 500;

    private static final int WARM_UP = 30;
    private static final String[] CASES = {
        "sort=userId&order=asc",
        "sort=lastName&order=desc",
        "sort=email&order=asc",
        "sort=createdAt&order=desc",
        "sort=userId&order=asc&filter=bench"
    };

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private UserListBenchmark() {}

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (SmtpSink sink = SmtpSink.start(Integer.getInteger("bss.mail.port", 2525));
                BenchOrganization org = BenchOrganization.create(
                        DB_URL,
                        System.getProperty("bss.db.user", "bss"),
                        System.getProperty("bss.db.password", "bss"))) {
            System.out.printf(
                    "server %s, organization %s, mail sink %s%n",
                    BASE, org.orgId, sink == null ? "off (port taken)" : "on");
            String token = token(org.adminId, BenchOrganization.PASSWORD);
            long t0 = System.nanoTime();
            int imported = importUsers(token, org.orgId, users);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "imported %d users in %.1f s (%.0f users/s, REST CSV import, %d rows a file)%n",
                    imported, seconds, imported / seconds, ROWS_PER_FILE);
            Thread.sleep(5000); // let the queued mails leave before measuring
            String path = "/organizations/" + org.orgId + "/users?limit=50&";
            String total = field(get(token, path + CASES[0]).body(), "total");
            System.out.printf(
                    "total %s users; %d requests per case after %d warm-up requests%n", total, requests, WARM_UP);
            System.out.printf(
                    "%-40s %8s %8s %8s %8s%n", "GET .../users?limit=50&", "p50 ms", "p95 ms", "mean ms", "max ms");
            int pages = Math.max(1, (Integer.parseInt(total) + 49) / 50);
            for (String c : CASES) {
                for (int i = 0; i < WARM_UP; i++) {
                    get(token, path + c + "&offset=" + 50 * (i % pages));
                }
                double[] ms = new double[requests];
                for (int i = 0; i < requests; i++) {
                    String url = path + c + "&offset="
                            + 50 * ThreadLocalRandom.current().nextInt(pages);
                    long start = System.nanoTime();
                    HttpResponse<String> r = get(token, url);
                    ms[i] = (System.nanoTime() - start) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
                    }
                }
                Arrays.sort(ms);
                System.out.printf(
                        Locale.ROOT,
                        "%-40s %8.1f %8.1f %8.1f %8.1f%n",
                        c,
                        rank(ms, 0.50),
                        rank(ms, 0.95),
                        Arrays.stream(ms).average().orElse(0),
                        ms[ms.length - 1]);
            }
            if (sink != null) {
                System.out.printf("mails taken by the sink: %d%n", sink.received());
            }
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double rank(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static int importUsers(String token, String orgId, int users) throws Exception {
        int imported = 0;
        for (int from = 0; from < users; from += ROWS_PER_FILE) {
            StringBuilder csv = new StringBuilder();
            for (int i = from; i < Math.min(users, from + ROWS_PER_FILE); i++) {
                String n = String.format("%05d", i);
                // last names and e-mails in another order than the user ids
                String scrambled = String.format("%05d", (i * 7919) % 100_000);
                csv.append("bench-")
                        .append(orgId.substring(7))
                        .append('-')
                        .append(n)
                        .append(",u")
                        .append(scrambled)
                        .append('.')
                        .append(n)
                        .append("@bench.invalid,en,MR,First")
                        .append(n)
                        .append(",Last")
                        .append(scrambled)
                        .append(",SUBSCRIPTION_MANAGER\n");
            }
            HttpResponse<String> started =
                    send(HttpRequest.newBuilder(URI.create(BASE + "/organizations/" + orgId + "/user-imports"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "text/csv; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
            if (started.statusCode() != 202) {
                throw new IllegalStateException("import: " + started.statusCode() + " " + started.body());
            }
            String location = started.headers().firstValue("Location").orElseThrow();
            while (true) {
                String state = send(HttpRequest.newBuilder(URI.create(location))
                                .header("Authorization", "Bearer " + token)
                                .GET())
                        .body();
                if (!"RUNNING".equals(field(state, "status"))) {
                    imported += Integer.parseInt(field(state, "importedUsers"));
                    break;
                }
                Thread.sleep(100);
            }
        }
        return imported;
    }

    private static String token(String userId, String password) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(BASE + "/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"userId\":\"" + userId + "\",\"password\":\"" + password + "\"}")));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token: " + r.statusCode() + " " + r.body());
        }
        return field(r.body(), "access_token");
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A top-level string or number field of a small JSON answer (enough for this client). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|(-?[0-9]+))")
                .matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }
}
