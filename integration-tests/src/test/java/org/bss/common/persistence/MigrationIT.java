package org.bss.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import javax.sql.DataSource;
import org.bss.it.Fixtures;
import org.bss.it.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Flyway migrations ran at deployment on the database behind BSSDS (PostgreSQL in CI). */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    @Deployment
    static WebArchive deployment() {
        return TestArchives.forTest(MigrationIT.class);
    }

    @Resource(lookup = "BSSDS")
    private DataSource dataSource;

    @Test
    void everyMigrationSucceeded() throws Exception {
        Fixtures db = new Fixtures(dataSource);
        assertThat(Integer.parseInt(db.queryString("select count(*) from flyway_schema_history where success = false")))
                .isZero();
        assertThat(db.queryString("select count(*) from flyway_schema_history where version = '1'"))
                .isEqualTo("1");
        assertThat(db.queryString("select count(*) from flyway_schema_history where version = '2'"))
                .as("the task-queue tables")
                .isEqualTo("1");
    }

    @Test
    void theOperatorAndItsAdministratorExist() throws Exception {
        Fixtures db = new Fixtures(dataSource);
        assertThat(db.queryString("select user_id from platform_user where user_key = 1000"))
                .isEqualTo("administrator");
        assertThat(db.queryString("select role_name from organization_role where org_key = 1000"))
                .isEqualTo("PLATFORM_OPERATOR");
    }
}
