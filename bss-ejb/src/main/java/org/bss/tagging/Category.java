package org.bss.tagging;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bss.marketplace.Marketplace;

/**
 * A category of a marketplace (table category, MKT-3): its id, unique on the marketplace, and its name per locale.
 * Suppliers assign their services to the categories of the marketplace they publish on.
 */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    @Column(name = "category_key")
    private long key;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "marketplace_key", nullable = false)
    private Marketplace marketplace;

    @Column(name = "category_id", nullable = false, length = CategoryNames.ID_MAX)
    private String categoryId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "category_text", joinColumns = @JoinColumn(name = "category_key"))
    private List<CategoryText> texts = new ArrayList<>();

    protected Category() {}

    Category(Marketplace marketplace, String categoryId) {
        this.marketplace = marketplace;
        this.categoryId = CategoryNames.checkId(categoryId);
    }

    void rename(String categoryId) {
        this.categoryId = CategoryNames.checkId(categoryId);
    }

    /** Sets the name in one locale (others keep theirs). */
    void name(String locale, String name) {
        CategoryNames.checkLocale(locale);
        String checked = CategoryNames.checkName(name);
        texts.removeIf(t -> t.locale().equals(locale));
        texts.add(new CategoryText(locale, checked));
    }

    /** Replaces every name. */
    void names(Map<String, String> names) {
        Map<String, String> checked = CategoryNames.check(names);
        texts.clear();
        checked.forEach((locale, name) -> texts.add(new CategoryText(locale, name)));
    }

    /** The name in the locale, else in English, else in any locale (a category always has one). */
    public String name(String locale) {
        return nameIn(locale)
                .or(() -> nameIn("en"))
                .orElseGet(() -> texts.isEmpty() ? categoryId : texts.get(0).name());
    }

    Optional<String> nameIn(String locale) {
        return texts.stream()
                .filter(t -> t.locale().equals(locale))
                .map(CategoryText::name)
                .findFirst();
    }

    public Map<String, String> names() {
        Map<String, String> all = new TreeMap<>();
        texts.forEach(t -> all.put(t.locale(), t.name()));
        return all;
    }

    public long getKey() {
        return key;
    }

    public Marketplace getMarketplace() {
        return marketplace;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public int getVersion() {
        return version;
    }
}
