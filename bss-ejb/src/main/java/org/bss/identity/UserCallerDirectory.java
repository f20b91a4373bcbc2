package org.bss.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.bss.common.security.CallerDirectory;
import org.bss.common.security.CallerIdentity;

/** Identity's answer to "who is this login name" for the features below it ({@link CallerDirectory}). */
@Stateless
@Local(CallerDirectory.class)
@PermitAll
public class UserCallerDirectory implements CallerDirectory {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Override
    public Optional<CallerIdentity> find(String loginName) {
        PlatformUser user = Users.find(em, loginName);
        return user == null
                ? Optional.empty()
                : Optional.of(new CallerIdentity(
                        user.getKey(),
                        user.getUserId(),
                        user.getOrganization().getOrgId(),
                        user.getOrganization().getName()));
    }
}
