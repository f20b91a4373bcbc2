package org.bss.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditPairsTest {

    @Test
    void keepsInsertionOrderAfterTheCallerPairs() {
        AuditPairs op = new AuditPairs()
                .add("serviceId", "svc1")
                .add("serviceName", "Mail")
                .add("technServiceName", "tech")
                .add("shortDescription", "short")
                .add("description", "long")
                .add("locale", "en")
                .yesNo("autoAssignUser", true);
        String text = new AuditCaller("admin", "ORG1", "Acme").pairs(op).text();
        assertThat(text)
                .isEqualTo("userId=admin|orgId=ORG1|orgName=Acme|serviceId=svc1|serviceName=Mail|technServiceName=tech"
                        + "|shortDescription=short|description=long|locale=en|autoAssignUser=YES");
    }

    @Test
    void rendersFlagsListsAndNulls() {
        AuditPairs p = new AuditPairs()
                .onOff("a", true)
                .onOff("b", false)
                .yesNo("c", false)
                .list("d", List.of("x", "y", 3))
                .add("e", null)
                .add("f", 42)
                .list("g", null);
        assertThat(p.text()).isEqualTo("a=ON|b=OFF|c=NO|d=x,y,3|e=|f=42|g=");
    }

    @Test
    void valuesAreKeptAsStoredButEscapedForTheSeparator() {
        AuditPairs p = AuditPairs.of("name", "a|b=c\\d").add("text", "line1\nline2\r");
        assertThat(p.text()).isEqualTo("name=a\\|b=c\\\\d|text=line1 line2 ");
        assertThat(p.entries().get(0).getValue()).isEqualTo("a|b=c\\d");
    }

    @Test
    void japaneseValuesPassUnchanged() {
        assertThat(AuditPairs.of("orgName", "富士通株式会社").text()).isEqualTo("orgName=富士通株式会社");
    }

    @Test
    void systemCallerHasNoOrganization() {
        assertThat(AuditCaller.SYSTEM
                        .pairs(AuditPairs.of("organizationId", "X"))
                        .text())
                .isEqualTo("userId=SYSTEM|orgId=|orgName=|organizationId=X");
    }

    @Test
    void localAdministratorHasNoOrganizationAndItsStoredTextFitsTheColumn() {
        assertThat(AuditCaller.LOCAL_ADMINISTRATOR.storedText(AuditPairs.of("user", "a|b")))
                .isEqualTo("userId=LOCAL_ADMINISTRATOR|orgId=|orgName=|user=a\\|b");
        assertThat(AuditCaller.LOCAL_ADMINISTRATOR.storedText(AuditPairs.of("v", "x".repeat(5000))))
                .hasSize(AuditEntry.PAIRS_LENGTH)
                .startsWith("userId=LOCAL_ADMINISTRATOR|")
                .endsWith("...");
    }

    @Test
    void refusesNamesThatWouldBreakTheFormat() {
        for (String bad : new String[] {null, "", "a=b", "a|b", "a b"}) {
            assertThatThrownBy(() -> AuditPairs.of(bad, "v"))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void longTextIsCutWithoutSplittingAnEscape() {
        assertThat(AuditPairs.fit("abcdef", 6)).isEqualTo("abcdef");
        assertThat(AuditPairs.fit("abcdefg", 6)).isEqualTo("abc...");
        assertThat(AuditPairs.fit("ab\\|efg", 6)).isEqualTo("ab...");
        assertThat(AuditPairs.fit("a\\\\defg", 6)).isEqualTo("a\\\\...");
        String big = AuditPairs.of("v", "x".repeat(5000)).text();
        assertThat(AuditPairs.fit(big, AuditEntry.PAIRS_LENGTH))
                .hasSize(AuditEntry.PAIRS_LENGTH)
                .endsWith("...");
    }
}
