package org.bss.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A service in a category (table service_category); the category is one of the service's marketplace. */
@Entity
@Table(name = "service_category")
@IdClass(CategoryAssignment.Id.class)
public class CategoryAssignment {

    @jakarta.persistence.Id
    @Column(name = "service_key")
    private long serviceKey;

    @jakarta.persistence.Id
    @Column(name = "category_key")
    private long categoryKey;

    protected CategoryAssignment() {}

    CategoryAssignment(long serviceKey, long categoryKey) {
        this.serviceKey = serviceKey;
        this.categoryKey = categoryKey;
    }

    public long getServiceKey() {
        return serviceKey;
    }

    public long getCategoryKey() {
        return categoryKey;
    }

    /** The primary key: service and category. */
    public record Id(long serviceKey, long categoryKey) implements Serializable {
        public Id() {
            this(0, 0);
        }
    }
}
