package org.bss.ws.search;

import org.bss.common.persistence.Page;
import org.bss.search.ServiceHit;
import org.bss.ws.vo.OfferingType;
import org.bss.ws.vo.ServiceStatus;
import org.bss.ws.vo.VOService;
import org.bss.ws.vo.VOServiceListResult;

/** Found services as the contract's VOServiceListResult: the total and, per hit, what a result list shows. */
final class SearchResults {

    private SearchResults() {}

    static VOServiceListResult toVO(Page<ServiceHit> page) {
        VOServiceListResult vo = new VOServiceListResult();
        vo.setResultSize((int) Math.min(page.total(), Integer.MAX_VALUE));
        page.items().forEach(hit -> vo.getServices().add(service(hit)));
        return vo;
    }

    private static VOService service(ServiceHit hit) {
        VOService vo = new VOService();
        vo.setKey(hit.serviceKey());
        vo.setServiceId(hit.serviceId());
        vo.setName(hit.name());
        vo.setShortDescription(hit.shortDescription());
        vo.setSellerId(hit.supplierId());
        vo.setSellerName(hit.supplierName());
        vo.setStatus(ServiceStatus.ACTIVE); // only services on sale are found
        vo.setOfferingType(OfferingType.DIRECT);
        return vo;
    }
}
