package org.bss.portal.marketplaces;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;
import org.bss.tagging.CategorizationService;
import org.bss.tagging.CategoryView;

/**
 * Marketplace &gt; Manage categories (App. G.4, MKT-3), the owner's: the marketplace's categories with their names in
 * English, German and Japanese; create one, pick one to change its id or names, delete one after a confirmation (its
 * services lose it). The rules are {@link CategorizationService}'s (the owner only, ids unique, a name at least).
 */
@Named
@ViewScoped
public class MarketplaceCategoriesBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> LOCALES = List.of("en", "de", "ja");

    @EJB
    private CategorizationService categories;

    private String id;
    private List<CategoryView> rows = List.of();
    /** The category being changed, null while a new one is entered. */
    private CategoryView editing;

    private String categoryId;
    private final Map<String, String> names = new LinkedHashMap<>();

    /** Reads the categories of the marketplace named by the view parameter. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            rows = categories.list(id, PortalMessages.locale(context).getLanguage());
        } catch (BssException e) {
            rows = List.of();
            PortalMessages.error(context, null, e);
        }
    }

    /** Creates a category, or saves the one picked. */
    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            if (editing == null) {
                CategoryView created = categories.create(id, categoryId, names());
                PortalMessages.info(context, null, "mpadmin.category.created", created.categoryId());
            } else {
                CategoryView changed =
                        categories.change(id, editing.categoryId(), categoryId, names(), editing.version());
                PortalMessages.info(context, null, "mpadmin.category.saved", changed.categoryId());
            }
            clear();
            load();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    /** Puts a category into the form to change it. */
    public void edit(CategoryView category) {
        editing = category;
        categoryId = category.categoryId();
        names.clear();
        LOCALES.forEach(l -> names.put(l, category.names().getOrDefault(l, "")));
    }

    /** Empties the form for a new category. */
    public void clear() {
        editing = null;
        categoryId = null;
        names.clear();
    }

    public void delete(CategoryView category) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            categories.delete(id, category.categoryId(), (long) category.version());
            PortalMessages.info(context, null, "mpadmin.category.deleted", category.categoryId());
            if (editing != null && editing.key() == category.key()) {
                clear();
            }
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
        load();
    }

    public String question(CategoryView category) {
        return PortalMessages.text(
                FacesContext.getCurrentInstance(), "mpadmin.category.deleteQuestion", category.categoryId());
    }

    private Map<String, String> names() {
        Map<String, String> given = new LinkedHashMap<>();
        LOCALES.forEach(l -> given.put(l, names.getOrDefault(l, "")));
        return given;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<CategoryView> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(String categoryId) {
        this.categoryId = categoryId;
    }

    /** The names being entered, by locale (en, de, ja). */
    public Map<String, String> getNames() {
        return names;
    }
}
