package org.bss.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bss.common.BssException;
import org.bss.config.ConfigurationService;
import org.bss.config.Setting;
import org.bss.portal.PortalMessages;
import org.primefaces.PrimeFaces;

/**
 * Operation &gt; Change system settings (guide §3.1.1): every key of App. B.4 with its stored value,
 * edited one at a time in a dialog. Validation is the service's: its localized message is shown
 * next to the field and nothing is stored. Clearing a stored value asks for confirmation first.
 */
@Named
@ViewScoped
public class SettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String VALUE_FIELD = "editForm:value";

    @EJB
    private ConfigurationService configurationService;

    private List<SettingRow> settings;
    private List<SettingRow> filteredSettings;
    private SettingRow selected;
    private String editValue;

    @PostConstruct
    void load() {
        List<SettingRow> rows = new ArrayList<>();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        for (Setting setting : configurationService.getSettings()) {
            rows.add(new SettingRow(setting, locale));
        }
        settings = rows;
    }

    /** Opens the edit dialog for one row. */
    public void edit(SettingRow row) {
        selected = row;
        editValue = row.getValue();
    }

    /** Saves the dialog's value; an empty value of a stored setting asks for confirmation instead. */
    public void save() {
        if (selected == null) {
            return;
        }
        boolean clearing = editValue == null || editValue.isEmpty();
        if (clearing && selected.isValueSet()) {
            PrimeFaces.current().ajax().addCallbackParam("confirmClear", true);
            return;
        }
        store(clearing ? null : editValue);
    }

    /** Confirmed: removes the stored value (the default applies again). */
    public void clear() {
        if (selected != null) {
            store(null);
        }
    }

    private void store(String value) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Setting saved = configurationService.saveSetting(selected.getKey(), value);
            selected.refresh(saved);
            editValue = saved.value();
            if (saved.value() == null) {
                PortalMessages.info(context, null, "settings.cleared", saved.key());
            } else {
                PortalMessages.info(context, null, "settings.saved", saved.key());
            }
            if (saved.restartRequired()) {
                PortalMessages.warn(context, null, "settings.restartHint", saved.key());
            }
        } catch (BssException e) {
            PortalMessages.error(context, VALUE_FIELD, e);
            context.validationFailed();
        }
    }

    public List<SettingRow> getSettings() {
        return settings;
    }

    public List<SettingRow> getFilteredSettings() {
        return filteredSettings;
    }

    public void setFilteredSettings(List<SettingRow> filteredSettings) {
        this.filteredSettings = filteredSettings;
    }

    public SettingRow getSelected() {
        return selected;
    }

    /** The question of the clear confirmation: key and the default that applies afterwards. */
    public String getClearQuestion() {
        if (selected == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String fallback = selected.getDefaultValue() != null
                ? selected.getDefaultValue()
                : PortalMessages.text(context, "settings.notSet");
        return PortalMessages.text(context, "settings.clearQuestion", selected.getKey(), fallback);
    }

    public String getEditValue() {
        return editValue;
    }

    public void setEditValue(String editValue) {
        this.editValue = editValue;
    }
}
