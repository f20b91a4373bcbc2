package org.bss.testing;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bss.audit.AuditEntry;
import org.bss.audit.AuditOperation;
import org.bss.clock.MovableClock;
import org.bss.config.ConfigSetting;
import org.bss.mail.MailMessage;
import org.bss.mail.MailPayload;
import org.bss.mail.MailTaskHandler;
import org.bss.search.IndexMessage;
import org.bss.search.IndexerQueue;
import org.bss.task.Task;
import org.bss.task.TaskDispatcher;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Service-level tests without a server (docs/testing.md "Service-level tests"): the real service beans of bss-ejb on
 * the persistence unit {@code bss}, resource-local, on an in-memory H2 database that each test starts as the Flyway
 * migrations leave it ({@link TestDatabase}). Register it as an instance field (new beans, clock and queue per test)
 * and call the services through it:
 * <pre>
 *   &#64;RegisterExtension
 *   final ServiceHarness bss = new ServiceHarness();
 *
 *   bss.callerIs("1000", Roles.PLATFORM_OPERATOR);                  // the bootstrap operator, by user key
 *   OrganizationView org = bss.call(() -> bss.bean(OrganizationService.class).getOrganization("PLATFORM_OPERATOR"));
 *   assertThat(bss.mails()).isEmpty();
 * </pre>
 * What is real: the beans, their injected beans, JPA (EclipseLink) and SQL, events to the observers of bss-ejb, the
 * services' own rules about the caller. What is faked: the caller ({@link TestCaller}), the clock (a
 * {@link MovableClock} fixed at {@link #START}), the JMS task queue ({@link RecordingTaskQueue}) and the search indexer queue ({@link RecordingIndexerQueue}). What is missing:
 * {@code @RolesAllowed}, transaction attributes between beans, {@code @Asynchronous}; the system tests cover those.
 */
public final class ServiceHarness implements BeforeEachCallback {

    /** Where the clock of every test stands until the test moves it. */
    public static final Instant START = Instant.parse("2026-03-04T05:06:07Z");

    private final Map<Class<?>, Object> standIns = new HashMap<>();
    private final MovableClock clock = new MovableClock(Clock.fixed(START, ZoneOffset.UTC));
    private LocalTransactions transactions;
    private RecordingTaskQueue taskQueue;
    private RecordingIndexerQueue indexerQueue;
    private TestCaller caller;
    private Beans beans;

    /** Uses {@code standIn} wherever a bean injects {@code type}; call it before the test starts (field initializer). */
    public <T> ServiceHarness standIn(Class<T> type, T standIn) {
        standIns.put(type, standIn);
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        transactions = new LocalTransactions(TestDatabase.reset());
        taskQueue = new RecordingTaskQueue(transactions);
        Map<Class<?>, Object> all = new HashMap<>(standIns);
        all.putIfAbsent(TaskDispatcher.class, taskQueue);
        indexerQueue = new RecordingIndexerQueue(transactions);
        all.putIfAbsent(IndexerQueue.class, indexerQueue);
        caller = new TestCaller(type -> beans.get(type));
        beans = new Beans(all, transactions.entityManager(), clock, caller.context(), transactions);
    }

    /** The bean of this test for {@code type} (an interface: its one implementation), made with everything it injects. */
    public <T> T bean(Class<T> type) {
        return beans.get(type);
    }

    /**
     * Who calls from now on: a login name as the realm leaves it in the caller principal (user key, {@code id:<userId>}
     * or user id) and its roles ({@code LOGGED_IN} is added, as the realm does). Roles are only what
     * {@code isCallerInRole} answers: {@code @RolesAllowed} is not checked here.
     */
    public ServiceHarness callerIs(String loginName, String... roles) {
        caller.set(loginName, roles);
        return this;
    }

    /** Calls a service in a transaction of its own: committed when it returns, rolled back when it throws. */
    public <T> T call(Supplier<T> serviceCall) {
        return transactions.inTransaction(em -> serviceCall.get());
    }

    /** {@link #call} for a service method without result. */
    public void run(Runnable serviceCall) {
        transactions.inTransaction(em -> {
            serviceCall.run();
            return null;
        });
    }

    /** Reads or writes the database directly in a transaction of its own (fixtures, checks of what was stored). */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return transactions.inTransaction(work);
    }

    /**
     * Stores a setting's value as a fixture: straight into config_setting, not validated, no event. AUDIT_LOG_ENABLED
     * is off by default, as in production: tests of audit entries turn it on.
     */
    public void setting(String key, String value) {
        inTransaction(em -> {
            em.merge(new ConfigSetting(key, value, clock.instant()));
            return null;
        });
    }

    /** The clock every bean reads; {@code clock().setOffset(...)} moves it. */
    public MovableClock clock() {
        return clock;
    }

    /** The tasks put on the task queue by committed transactions, oldest first. */
    public List<Task> tasks() {
        return taskQueue.sent();
    }

    /** The messages put on the search indexer queue by committed transactions, oldest first. */
    public List<IndexMessage> indexMessages() {
        return indexerQueue.sent();
    }

    /** The mails of {@link #tasks()}, as the mail task handler would read them. */
    public List<MailMessage> mails() {
        return tasks().stream()
                .filter(t -> t.kind().equals(MailTaskHandler.KIND))
                .map(t -> MailPayload.read(t.payload()))
                .toList();
    }

    /** The stored audit entries of one operation, oldest first. */
    public List<AuditEntry> auditEntries(AuditOperation operation) {
        return inTransaction(em -> em.createQuery(
                        "select e from AuditEntry e where e.operationId = :id order by e.id", AuditEntry.class)
                .setParameter("id", operation.id())
                .getResultList());
    }
}
