package org.bss.portal.customer;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.bss.billing.discount.CustomerDiscountService;
import org.bss.billing.discount.DiscountTerms;
import org.bss.billing.discount.DiscountView;
import org.bss.clock.BssClock;
import org.bss.common.BssException;
import org.bss.config.PublicSettings;
import org.bss.portal.PortalMessages;

/**
 * The discount part of Customer settings (App. G.2, SVC-3): the percentage the supplier grants the customer of
 * {@link CustomerBean}, from a first day to an optional last day (days in the platform's time zone, the end
 * exclusive at midnight after the last day); removed after a confirmation. DiscountRules checks the values.
 */
@Named
@ViewScoped
public class CustomerDiscountBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerBean customer;

    @EJB
    private CustomerDiscountService discounts;

    @EJB
    private PublicSettings publicSettings;

    /** BSS's clock (a produced Clock is not serializable, so a view-scoped bean cannot inject it). */
    @EJB
    private BssClock bssClock;

    private boolean granted;
    private Integer version;
    private BigDecimal percent;
    private LocalDate begin;
    private LocalDate end;

    /** Reads the discount of the customer (after {@link CustomerBean#load}). */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || customer.getCustomer() == null) {
            return;
        }
        try {
            show(discounts.forCustomer(customer.getId()));
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        ZoneId zone = publicSettings.zoneId();
        try {
            DiscountView saved = discounts.save(
                    customer.getId(),
                    new DiscountTerms(
                            percent,
                            begin == null ? null : begin.atStartOfDay(zone).toInstant(),
                            end == null
                                    ? null
                                    : end.plusDays(1).atStartOfDay(zone).toInstant()),
                    version);
            show(Optional.of(saved));
            PortalMessages.info(context, null, "customer.discount.saved", customer.getId());
        } catch (BssException e) {
            CustomerMessages.refused(context, e);
        }
    }

    public void remove() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            discounts.remove(customer.getId());
            show(Optional.empty());
            PortalMessages.info(context, null, "customer.discount.removed", customer.getId());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    private void show(Optional<DiscountView> discount) {
        ZoneId zone = publicSettings.zoneId();
        granted = discount.isPresent();
        version = discount.map(DiscountView::version).orElse(null);
        percent = discount.map(DiscountView::percent).orElse(null);
        begin = discount.map(d -> LocalDate.ofInstant(d.begin(), zone))
                .orElseGet(() -> LocalDate.ofInstant(bssClock.clock().instant(), zone));
        end = discount.map(DiscountView::end)
                .map(e -> LocalDate.ofInstant(e, zone).minusDays(1))
                .orElse(null);
    }

    public boolean isGranted() {
        return granted;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public LocalDate getBegin() {
        return begin;
    }

    public void setBegin(LocalDate begin) {
        this.begin = begin;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }
}
