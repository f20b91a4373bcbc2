package org.bss.portal.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.bss.account.OrganizationDataValidator;
import org.bss.account.OrganizationRole;
import org.bss.account.PaymentType;
import org.bss.portal.PortalMessages;

/** Choices of the operator's organization pages, labelled in the view's language; the values are the service's ids. */
@Named
@RequestScoped
public class OperatorChoices {

    /** ISO 3166-1 alpha-2 countries (organization.domicile), sorted by their name in the view's language. */
    public List<SelectItem> getCountries() {
        Locale view = viewLocale();
        Collator collator = Collator.getInstance(view);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(view) + " (" + code + ")"))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                .toList();
    }

    /** The languages BSS supports (organization.locale, user.locale). */
    public List<SelectItem> getLocales() {
        Locale view = viewLocale();
        return OrganizationDataValidator.LOCALES.stream()
                .map(code -> new SelectItem(code, new Locale(code).getDisplayLanguage(view) + " (" + code + ")"))
                .toList();
    }

    public List<SelectItem> getSalutations() {
        FacesContext context = FacesContext.getCurrentInstance();
        return OrganizationDataValidator.SALUTATIONS.stream()
                .map(s -> new SelectItem(s, PortalMessages.text(context, "operator.salutation." + s)))
                .toList();
    }

    /** The roles an operator may grant (ORG-1), by name. */
    public List<String> getGrantableRoles() {
        return Arrays.stream(OrganizationRole.values())
                .filter(OrganizationRole::isGrantable)
                .map(Enum::name)
                .toList();
    }

    public List<String> getPaymentTypes() {
        return Arrays.stream(PaymentType.values()).map(Enum::name).toList();
    }

    /** The label of a role or payment type id. */
    public String label(String id) {
        return PortalMessages.text(FacesContext.getCurrentInstance(), "operator.id." + id);
    }

    private static Locale viewLocale() {
        return PortalMessages.locale(FacesContext.getCurrentInstance());
    }
}
