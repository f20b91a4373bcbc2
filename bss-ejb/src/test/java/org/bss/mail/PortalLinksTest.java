package org.bss.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalLinksTest {

    @Test
    void baseUrlWinsOverHttpsThenTheDefault() {
        assertThat(PortalLinks.portalRoot("http://h:8080/bss-portal", "https://h:8181/bss-portal"))
                .isEqualTo("http://h:8080/bss-portal");
        assertThat(PortalLinks.portalRoot(null, "https://h:8181/bss-portal")).isEqualTo("https://h:8181/bss-portal");
        assertThat(PortalLinks.portalRoot(" ", null)).isEqualTo("http://localhost:8080/bss-portal");
    }

    @Test
    void aBaseUrlWithoutContextRootGetsThePortals() {
        assertThat(PortalLinks.portalRoot("http://h:8080", null)).isEqualTo("http://h:8080/bss-portal");
        assertThat(PortalLinks.portalRoot("http://h:8080/", null)).isEqualTo("http://h:8080/bss-portal");
        assertThat(PortalLinks.portalRoot("https://shop.example/portal/", null))
                .isEqualTo("https://shop.example/portal");
    }

    @Test
    void loginAndRecoveryPages() {
        String root = PortalLinks.portalRoot(null, null);
        assertThat(PortalLinks.loginUrl(root)).isEqualTo("http://localhost:8080/bss-portal/login.xhtml");
        assertThat(PortalLinks.recoveryUrl(root, "a+b/c=d &é"))
                .isEqualTo("http://localhost:8080/bss-portal/recover.xhtml?token=a%2Bb%2Fc%3Dd+%26%C3%A9");
    }
}
