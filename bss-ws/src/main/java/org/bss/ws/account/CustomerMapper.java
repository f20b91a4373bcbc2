package org.bss.ws.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bss.account.PaymentType;
import org.bss.customer.CustomerView;
import org.bss.ws.operator.OrganizationMapper;
import org.bss.ws.vo.VOOrganization;
import org.bss.ws.vo.VOOrganizationPaymentConfiguration;
import org.bss.ws.vo.VOPaymentType;

/** A seller's customer → {@link VOOrganization} (its data, version of the customer relation) and its payment types. */
final class CustomerMapper {

    private CustomerMapper() {}

    static VOOrganization toVO(CustomerView c) {
        VOOrganization vo = new VOOrganization();
        vo.setOrganizationId(c.organizationId());
        vo.setName(c.name());
        vo.setEmail(c.email());
        vo.setAddress(c.address());
        vo.setPhone(c.phone());
        vo.setDomicileCountry(c.domicile());
        vo.setLocale(c.locale());
        vo.setVersion(c.version());
        return vo;
    }

    static VOOrganizationPaymentConfiguration paymentConfiguration(CustomerView c) {
        VOOrganizationPaymentConfiguration vo = new VOOrganizationPaymentConfiguration();
        VOOrganization org = new VOOrganization();
        org.setOrganizationId(c.organizationId());
        org.setName(c.name());
        vo.setOrganization(org);
        c.paymentTypes().forEach(t -> vo.getEnabledPaymentTypes().add(OrganizationMapper.toVO(t)));
        return vo;
    }

    /** The payment types of the VOs by their ids (PaymentType.parse: an unknown id is refused); null: none. */
    static Set<PaymentType> paymentTypes(List<VOPaymentType> types) {
        Set<PaymentType> out = EnumSet.noneOf(PaymentType.class);
        if (types != null) {
            for (VOPaymentType type : types) {
                out.add(PaymentType.parse(type == null ? null : type.getPaymentTypeId()));
            }
        }
        return out;
    }
}
