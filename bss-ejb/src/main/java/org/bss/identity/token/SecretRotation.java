package org.bss.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingChanged;

/**
 * A new API_SECRET_KEY ends every token: the active pairs are deleted in the saving transaction (so every node refuses
 * them at the store lookup, whatever secret it remembers) and this node forgets its copy.
 */
@ApplicationScoped
public class SecretRotation {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Inject
    private SigningSecret signingSecret;

    public void onSettingChanged(@Observes SettingChanged change) {
        if (ConfigKeys.API_SECRET_KEY.equals(change.key())) {
            em.createQuery("delete from ApiToken").executeUpdate();
            signingSecret.forget();
        }
    }
}
