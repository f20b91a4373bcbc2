package org.bss.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.TreeSet;
import org.bss.identity.UserListQuery;
import org.bss.identity.UserService;
import org.bss.identity.UserView;
import org.bss.portal.security.UserSession;

/**
 * Account &gt; Organization profile (App. G.1), read-only. The services offer no read of the caller's own
 * organization yet (OrganizationService is the operator's), so the page shows what the user services give: the
 * organization id, the caller's roles and, for administrators, the number of users and the user roles the
 * organization may give (they follow from its organization roles, USR-4).
 */
@Named
@RequestScoped
public class OwnOrganizationBean {

    @EJB
    private UserService userService;

    @Inject
    private UserSession userSession;

    private String organizationId;
    private List<String> ownRoles;
    private Long userCount;
    private List<String> availableRoles;

    @PostConstruct
    void load() {
        UserView self = userService.getUser(userSession.getUserId());
        organizationId = self.organizationId();
        ownRoles = List.copyOf(new TreeSet<>(self.roles()));
        if (userSession.isAdministrator()) {
            userCount = userService.listUsers(organizationId, new UserListQuery(0, 1, null, "userId", false)).total();
            availableRoles = List.copyOf(userService.availableRoles(organizationId));
        }
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public List<String> getOwnRoles() {
        return ownRoles;
    }

    /** Null for users who do not manage users. */
    public Long getUserCount() {
        return userCount;
    }

    public List<String> getAvailableRoles() {
        return availableRoles;
    }
}
