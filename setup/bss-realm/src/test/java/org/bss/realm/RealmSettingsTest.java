package org.bss.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.enterprise.security.auth.realm.BadRealmException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RealmSettingsTest {

    @Test
    void jaasContextIsRequired() {
        assertThatThrownBy(() -> RealmSettings.jaasContext(new Properties()))
                .isInstanceOf(BadRealmException.class)
                .hasMessageContaining("jaas-context");
        Properties blank = new Properties();
        blank.setProperty("jaas-context", "  ");
        assertThatThrownBy(() -> RealmSettings.jaasContext(blank)).isInstanceOf(BadRealmException.class);
        assertThatThrownBy(() -> RealmSettings.jaasContext(null)).isInstanceOf(BadRealmException.class);
    }

    @Test
    void jaasContextIsTrimmed() throws Exception {
        Properties p = new Properties();
        p.setProperty("jaas-context", " bssRealm ");
        assertThat(RealmSettings.jaasContext(p)).isEqualTo("bssRealm");
    }

    @Test
    void authTypeIsBss() {
        assertThat(BssRealm.AUTH_TYPE).isEqualTo("bss");
    }
}
