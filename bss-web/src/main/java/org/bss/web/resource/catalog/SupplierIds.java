package org.bss.web.resource.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organization ids of suppliers, as a request body. */
@Schema(name = "SupplierIds")
public class SupplierIds {

    @Schema(required = true, example = "[\"supplier-1\"]")
    public List<String> organizationIds;

    List<String> ids() {
        return organizationIds == null ? List.of() : organizationIds;
    }
}
