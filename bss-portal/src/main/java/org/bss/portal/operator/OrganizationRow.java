package org.bss.portal.operator;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.bss.account.OrganizationView;

/** A row of the organization list: a serializable copy of the {@link OrganizationView} fields the table shows. */
public class OrganizationRow implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final String orgId;
    private final String name;
    private final String roles;
    private final String domicile;
    private final String email;
    private final String createdAt;

    OrganizationRow(OrganizationView view, ZoneId zone) {
        orgId = view.orgId();
        name = view.name();
        roles = String.join(", ", view.roles());
        domicile = view.domicile();
        email = view.email();
        createdAt =
                view.createdAt() == null ? null : TIME.format(view.createdAt().atZone(zone));
    }

    public String getOrgId() {
        return orgId;
    }

    public String getName() {
        return name;
    }

    /** The organization roles, comma-separated; empty for a customer. */
    public String getRoles() {
        return roles;
    }

    public String getDomicile() {
        return domicile;
    }

    public String getEmail() {
        return email;
    }

    /** Creation time in the platform's time zone (TIME_ZONE_ID). */
    public String getCreatedAt() {
        return createdAt;
    }
}
