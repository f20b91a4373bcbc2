package org.bss.portal.operator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bss.account.OrganizationListQuery;
import org.bss.account.OrganizationPage;
import org.bss.account.OrganizationService;
import org.bss.config.PublicSettings;
import org.primefaces.component.datatable.DataTable;

/**
 * Operation &gt; Manage organizations (App. G.5): every organization in a lazy table, paged, sorted and filtered by
 * the service; each row links to the organization's details.
 */
@Named
@ViewScoped
public class OrganizationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "orgForm:orgs";

    @EJB
    private OrganizationService organizationService;

    @EJB
    private PublicSettings publicSettings;

    private OrganizationListModel organizations;
    private String filter;

    @PostConstruct
    void init() {
        organizations = new OrganizationListModel(this::list, publicSettings.zoneId());
    }

    private OrganizationPage list(OrganizationListQuery query) {
        return organizationService.listOrganizations(query);
    }

    /** A new filter text shows its first page. */
    public void filterChanged() {
        organizations.setFilter(filter);
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public OrganizationListModel getOrganizations() {
        return organizations;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
