package org.bss.portal.customer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.bss.common.BssException;
import org.bss.config.PublicSettings;
import org.bss.customer.CustomerService;
import org.bss.customer.CustomerView;
import org.bss.portal.PortalMessages;

/**
 * Customer &gt; Manage customers (App. G.2 View customers) for a supplier's service managers: the customers of the
 * organization, paged and sorted in the table, found by a part of their id or name; each opens its settings.
 */
@Named
@ViewScoped
public class CustomersBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @EJB
    private CustomerService customers;

    @EJB
    private PublicSettings publicSettings;

    private List<CustomerView> all = List.of();
    private List<CustomerView> rows = List.of();
    private String search;
    private ZoneId zone;

    @PostConstruct
    void load() {
        zone = publicSettings.zoneId();
        try {
            all = customers.all();
        } catch (BssException e) {
            PortalMessages.error(FacesContext.getCurrentInstance(), null, e);
        }
        filter();
    }

    /** Keeps the customers whose id or name contains the search text (any case). */
    public void filter() {
        String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        rows = words.isEmpty()
                ? all
                : all.stream()
                        .filter(c -> c.organizationId().toLowerCase(Locale.ROOT).contains(words)
                                || (c.name() != null
                                        && c.name().toLowerCase(Locale.ROOT).contains(words)))
                        .toList();
    }

    /** Since when (day in the platform's time zone) the organization is a customer. */
    public String since(CustomerView customer) {
        return customer.customerSince() == null
                ? ""
                : DAY.format(customer.customerSince().atZone(zone));
    }

    public List<CustomerView> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
