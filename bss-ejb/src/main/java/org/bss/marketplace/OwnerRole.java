package org.bss.marketplace;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.account.OrganizationRolesAdded;
import org.bss.account.OrganizationRolesRemoved;

/**
 * The organization role MARKETPLACE_OWNER follows ownership (MKT-1): an organization holds it while it owns a
 * marketplace. Adding it fires {@link OrganizationRolesAdded} (identity gives the administrators the user role, as for
 * every organization role); taking it fires {@link OrganizationRolesRemoved} (every user loses the user role).
 */
@Dependent
public class OwnerRole {

    private static final Set<OrganizationRole> ROLE = Set.of(OrganizationRole.MARKETPLACE_OWNER);

    @Inject
    private Event<OrganizationRolesAdded> added;

    @Inject
    private Event<OrganizationRolesRemoved> removed;

    void grant(Organization org) {
        if (org.getRoles().add(OrganizationRole.MARKETPLACE_OWNER.name())) {
            added.fire(new OrganizationRolesAdded(org.getKey(), ROLE));
        }
    }

    /** Takes the role when the organization owns no marketplace any more (call after the change is flushed). */
    void withdrawIfOwnsNone(EntityManager em, Organization org) {
        if (Marketplaces.countOwnedBy(em, org.getKey()) == 0
                && org.getRoles().remove(OrganizationRole.MARKETPLACE_OWNER.name())) {
            removed.fire(new OrganizationRolesRemoved(org.getKey(), ROLE));
        }
    }
}
