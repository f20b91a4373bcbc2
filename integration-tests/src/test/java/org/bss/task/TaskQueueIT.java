package org.bss.task;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.bss.it.Await;
import org.bss.it.Fixtures;
import org.bss.it.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A round trip through jms/bss/taskQueue and the TaskListener MDB on the embedded OpenMQ broker,
 * using the queue probe task: delivered once, failing once (redelivered, not lost), and poison
 * (parked after the allowed deliveries, no redelivery storm).
 */
@ExtendWith(ArquillianExtension.class)
class TaskQueueIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        return TestArchives.forTest(TaskQueueIT.class);
    }

    @Resource(lookup = "BSSDS")
    private DataSource dataSource;

    @Resource(lookup = "jms/bss/taskQueueFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/bss/taskQueue")
    private Queue taskQueue;

    private Fixtures db;

    @BeforeEach
    void setUp() {
        db = new Fixtures(dataSource);
    }

    @Test
    void aProbeIsProcessedOnFirstDelivery() throws Exception {
        String id = send("");
        assertThat(awaitProcessed(id)).isEqualTo("1");
    }

    @Test
    void aConsumerFailingOnceLosesNothing() throws Exception {
        String id = send("failDeliveries=1");
        assertThat(awaitProcessed(id)).isEqualTo("2");
        assertThat(db.queryString("select count(*) from dead_task where task_id = ?", id))
                .isEqualTo("0");
    }

    @Test
    void aPoisonTaskIsParkedAfterTheAllowedDeliveriesWithoutAStorm() throws Exception {
        String id = send("failDeliveries=1000");
        String deliveries =
                Await.until(WAIT, () -> db.queryString("select deliveries from dead_task where task_id = ?", id));
        assertThat(deliveries).isEqualTo(String.valueOf(RedeliveryPolicy.MAX_DELIVERIES));
        assertThat(db.queryString("select error from dead_task where task_id = ?", id))
                .as("the handler's own message")
                .isEqualTo("probe " + id + " fails on delivery " + RedeliveryPolicy.MAX_DELIVERIES + " as asked");
        assertThat(db.queryString("select count(*) from processed_task where task_id = ?", id))
                .isEqualTo("0");
        assertThat(stillQueued(id))
                .as("the poison message was acknowledged, not redelivered again")
                .isFalse();
    }

    private String send(String payload) {
        String id = UUID.randomUUID().toString();
        try (JMSContext jms = connectionFactory.createContext()) {
            TextMessage message = jms.createTextMessage(payload);
            message.setStringProperty(TaskProperties.TASK_ID, id);
            message.setStringProperty(TaskProperties.KIND, QueueProbeHandler.KIND);
            jms.createProducer().send(taskQueue, message);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private String awaitProcessed(String id) throws Exception {
        return Await.until(WAIT, () -> db.queryString("select deliveries from processed_task where task_id = ?", id));
    }

    private boolean stillQueued(String id) throws Exception {
        Thread.sleep(2000);
        try (JMSContext jms = connectionFactory.createContext();
                QueueBrowser browser = jms.createBrowser(taskQueue, TaskProperties.TASK_ID + " = '" + id + "'")) {
            return browser.getEnumeration().hasMoreElements();
        }
    }
}
