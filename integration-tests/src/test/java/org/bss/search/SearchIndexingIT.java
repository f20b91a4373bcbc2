package org.bss.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.bss.it.Await;
import org.bss.it.Fixtures;
import org.bss.it.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The indexer queue on the server (docs/search.md): a message sent in a JTA transaction through the XA connection
 * factory jms/bss/indexerQueueFactory, as IndexerQueue sends it, reaches the indexer only when the transaction
 * commits — never before, never after a rollback — and the MDB then indexes the service as committed. The service is
 * written into the database here (no message announces that), and found through the REST search.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIndexingIT {

    private static final String URL = "search-it.url";
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Longer than the indexer needs to consume a delivered message (milliseconds; the index lags by at most 1 s). */
    private static final long QUIET_MILLIS = 2500;

    @Deployment
    static WebArchive deployment() {
        // the server's address, as the build knows it (-Dbss.http.url), for the search from inside the server
        return TestArchives.forTest(SearchIndexingIT.class)
                .addAsResource(new StringAsset(System.getProperty("bss.http.url", "http://localhost:8080")), URL);
    }

    @Resource(lookup = "BSSDS")
    private DataSource dataSource;

    @Resource(lookup = "jms/bss/indexerQueueFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/bss/indexerQueue")
    private Queue indexerQueue;

    @Resource
    private UserTransaction transaction;

    private Fixtures db;
    private long key;
    private String marketplaceId;
    private String word;

    @BeforeEach
    void anInactivePublishedService() throws Exception {
        db = new Fixtures(dataSource);
        key = 70_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        marketplaceId = Fixtures.uniqueId("it-mp");
        word = "zq" + Long.toString(key, 36);
        Timestamp now = Timestamp.from(Instant.now());
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices"
                + " xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">"
                + "<tns:TechnicalService id=\"IT " + key + "\" accessType=\"DIRECT\">"
                + "<LocalizedDescription locale=\"en\">IT</LocalizedDescription></tns:TechnicalService>"
                + "</tns:TechnicalServices>";
        long org = Fixtures.OPERATOR_ORG_KEY;
        db.update(
                "insert into technical_service (ts_key, org_key, ts_id, access_type, definition, version, created_at,"
                        + " updated_at) values (?, ?, ?, 'DIRECT', ?, 0, ?, ?)",
                key,
                org,
                "IT " + key,
                xml,
                now,
                now);
        db.update(
                "insert into service (service_key, org_key, ts_key, service_id, status, auto_assign_user, version,"
                        + " created_at, updated_at) values (?, ?, ?, ?, 'INACTIVE', false, 0, ?, ?)",
                key,
                org,
                key,
                "it-" + key,
                now,
                now);
        db.update("insert into service_text (service_key, locale, name) values (?, 'en', ?)", key, "Probe " + word);
        db.update(
                "insert into marketplace (marketplace_key, marketplace_id, name, org_key, is_open, tagging_enabled,"
                        + " review_enabled, categories_enabled, marketplace_revenue_share, reseller_revenue_share,"
                        + " broker_revenue_share, version, created_at, updated_at)"
                        + " values (?, ?, 'IT shop', ?, true, false, false, false, 0, 0, 0, 0, ?, ?)",
                key,
                marketplaceId,
                org,
                now,
                now);
        db.update(
                "insert into service_publication (service_key, marketplace_key, visible, published_at)"
                        + " values (?, ?, true, ?)",
                key,
                key,
                now);
    }

    @AfterEach
    void removeIt() throws Exception {
        db.update("delete from service_publication where service_key = ?", key);
        db.update("delete from service_text where service_key = ?", key);
        db.update("delete from service where service_key = ?", key);
        db.update("delete from marketplace where marketplace_key = ?", key);
        db.update("delete from technical_service where ts_key = ?", key);
        send("remove service " + key); // no transaction: delivered at once, leaves the index as the database
    }

    @Test
    void aMessageIsDeliveredOnlyWhenItsTransactionCommits() throws Exception {
        transaction.begin();
        try {
            db.update("update service set status = 'ACTIVE' where service_key = ?", key);
            send("reindex service " + key);
            Thread.sleep(QUIET_MILLIS);
            assertThat(found()).as("not indexed before the commit").isFalse();
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();

        // had the message been delivered before the commit, the indexer would have read the service inactive and
        // nothing would ever index it
        assertThat(Await.until(WAIT, () -> found() ? Boolean.TRUE : null)).isTrue();
    }

    @Test
    void aRolledBackTransactionSendsNothingAndLeavesNoEntry() throws Exception {
        db.update("update service set status = 'ACTIVE' where service_key = ?", key); // committed, no message

        transaction.begin();
        db.update("update service_text set description = 'rolled back' where service_key = ?", key);
        send("reindex service " + key);
        transaction.rollback();
        Thread.sleep(QUIET_MILLIS);

        // had the message been delivered, the indexer would have read the (committed) active service and indexed it
        assertThat(found()).as("a rolled-back message is never delivered").isFalse();
        send("reindex service " + key);
        assertThat(Await.until(WAIT, () -> found() ? Boolean.TRUE : null))
                .as("the same message, sent outside a transaction, is")
                .isTrue();
    }

    /** Sends as IndexerQueue does: inside a JTA transaction the XA context joins it. */
    private void send(String text) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().send(indexerQueue, text);
        }
    }

    private boolean found() throws Exception {
        String server;
        try (InputStream in = SearchIndexingIT.class.getClassLoader().getResourceAsStream(URL)) {
            server = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        server + "/bss/api/v1/marketplaces/" + marketplaceId + "/services?q=" + word))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().contains("\"serviceKey\":" + key);
    }
}
