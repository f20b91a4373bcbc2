package org.bss.portal.operator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.bss.common.BssException;
import org.bss.config.ConfigurationService;
import org.bss.config.Currencies;
import org.bss.portal.PortalMessages;

/**
 * Operation &gt; Manage currencies (App. G.5, guide §3.2, CFG-4): the supported currencies and a field to add one.
 * The ISO 4217 check is the service's; its localized message is shown at the field and nothing is stored.
 */
@Named
@ViewScoped
public class CurrenciesBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CODE_FIELD = "currencyForm:code";

    @EJB
    private ConfigurationService configurationService;

    private List<String> currencies;
    private String code;

    @PostConstruct
    void load() {
        currencies = configurationService.getCurrencies();
    }

    /** "Add": adds the code (an already supported one changes nothing and says so). */
    public void add() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            configurationService.addCurrency(code);
            // the service accepted it, so it is a valid code: show it as stored
            String added = Currencies.normalize(code);
            boolean known = currencies.contains(added);
            currencies = configurationService.getCurrencies();
            PortalMessages.info(context, null, known ? "currencies.alreadySupported" : "currencies.added", added);
            code = null;
        } catch (BssException e) {
            PortalMessages.error(context, CODE_FIELD, e);
            context.validationFailed();
        }
    }

    /** The currency's name in the view's language, e.g. "Japanese Yen"; empty for a code the JVM does not know. */
    public String name(String currencyCode) {
        Locale locale = PortalMessages.locale(FacesContext.getCurrentInstance());
        try {
            return Currency.getInstance(currencyCode).getDisplayName(locale);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public List<String> getCurrencies() {
        return currencies;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
