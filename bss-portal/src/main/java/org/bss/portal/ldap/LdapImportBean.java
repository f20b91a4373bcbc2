package org.bss.portal.ldap;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.bss.common.BssException;
import org.bss.common.Messages;
import org.bss.identity.ldap.LdapImportResult;
import org.bss.identity.ldap.LdapSearchResult;
import org.bss.identity.ldap.LdapService;
import org.bss.identity.ldap.LdapUserMapping;
import org.bss.identity.ldap.LdapUserService;
import org.bss.portal.PortalMessages;

/**
 * Account &gt; Import LDAP users (App. G.1 "Import users" of an LDAP-managed organization, USR-6): search the
 * directory by user id pattern (at most LDAP_SEARCH_LIMIT entries, with a notice when there were more), pick entries,
 * give them roles and import them; the result lists the users created and every user id rejected with its reason.
 */
@Named
@ViewScoped
public class LdapImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PATTERN_FIELD = "searchForm:pattern";

    @EJB
    private LdapService ldapService;

    @EJB
    private LdapUserService ldapUserService;

    @Inject
    private LdapPages pages;

    private String org;
    private String organizationId;
    private String pattern = "*";
    private List<LdapEntryRow> entries;
    private boolean truncated;
    private List<LdapEntryRow> selected = new ArrayList<>();
    private List<String> roles = new ArrayList<>();
    private List<String> imported;
    private List<LdapRejectionRow> rejected;

    /** viewAction: the organization (403 unless LDAP-managed). */
    public void onLoad() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            organizationId = pages.ldapOrganizationOrForbid(org);
        }
    }

    /** Entries whose user id matches the pattern ({@code *} as wildcard). */
    public void search() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            LdapSearchResult result = ldapService.searchUsers(organizationId, pattern);
            entries = result.users().stream().map(LdapEntryRow::new).toList();
            truncated = result.truncated();
            selected = new ArrayList<>();
        } catch (BssException e) {
            PortalMessages.error(context, PATTERN_FIELD, e);
            context.validationFailed();
        }
    }

    /** Imports the entries picked, with the roles chosen. */
    public void importSelected() {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = PortalMessages.locale(context);
        try {
            LdapImportResult result = ldapUserService.importUsers(
                    organizationId, selected.stream().map(LdapEntryRow::getUid).toList(), new HashSet<>(roles));
            imported = result.imported();
            rejected = result.rejected().stream()
                    .map(r -> new LdapRejectionRow(r, locale))
                    .toList();
            selected = new ArrayList<>();
            PortalMessages.info(context, null, "account.ldap.import.done", imported.size(), rejected.size());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    /** The roles an import may give (ORGANIZATION_ADMIN, SUBSCRIPTION_MANAGER). */
    public List<String> getImportRoles() {
        return LdapUserMapping.IMPORT_ROLES.stream().sorted().toList();
    }

    /** The notice of a truncated search, in the service's words: only the entries shown were read. */
    public String getTruncatedText() {
        return Messages.format(
                PortalMessages.locale(FacesContext.getCurrentInstance()),
                "ldap.search.truncated",
                entries == null ? 0 : entries.size());
    }

    public String getOrg() {
        return org;
    }

    public void setOrg(String org) {
        this.org = org;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public List<LdapEntryRow> getEntries() {
        return entries;
    }

    public boolean isTruncated() {
        return truncated;
    }

    public List<LdapEntryRow> getSelected() {
        return selected;
    }

    public void setSelected(List<LdapEntryRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    /** A search ran and found nothing. */
    public boolean isNothingFound() {
        return entries != null && entries.isEmpty();
    }

    /** The user ids created by the last import, comma-separated. */
    public String getImportedText() {
        return imported == null ? "" : String.join(", ", imported);
    }

    public List<String> getImported() {
        return imported;
    }

    public List<LdapRejectionRow> getRejected() {
        return rejected;
    }
}
