package org.bss.common.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema of BSSDS up to date at deployment (DESIGN.md "Schema"), before any other start-up
 * bean runs: every {@code @Startup} bean that touches the database declares {@code @DependsOn(DatabaseMigration.NAME)}.
 * Runs outside a JTA transaction: Flyway manages its own connections and commits.
 */
@Singleton(name = DatabaseMigration.NAME)
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String NAME = "DatabaseMigration";
    public static final String LOCATION = "classpath:db/migration";

    @Resource(lookup = "BSSDS")
    private DataSource dataSource;

    private volatile String schemaVersion;

    // The class-level attribute does not cover lifecycle callbacks: without this one, Flyway's commits
    // run inside the container's XA transaction, which PostgreSQL's XA connections refuse.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrateOnStartup() {
        MigrateResult result = migrate(dataSource, DatabaseMigration.class.getClassLoader());
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    /** Runs the migrations of this module against a data source; shared with the unit test. */
    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .table("flyway_schema_history")
                .baselineOnMigrate(false)
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }

    /** The schema version after start-up (for the health check and operators). */
    public String schemaVersion() {
        return schemaVersion;
    }
}
