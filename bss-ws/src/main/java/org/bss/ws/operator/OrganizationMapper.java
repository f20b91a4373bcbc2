package org.bss.ws.operator;

import java.util.ArrayList;
import org.bss.account.CreatedOrganization;
import org.bss.account.OrganizationView;
import org.bss.account.PaymentType;
import org.bss.ws.account.AccountMapper;
import org.bss.ws.vo.VOOperatorOrganization;
import org.bss.ws.vo.VOOrganizationRegistration;
import org.bss.ws.vo.VOPaymentType;

/** Organization (domain view) to the wire types of OperatorService. */
public final class OrganizationMapper {

    private OrganizationMapper() {}

    static VOOperatorOrganization toVO(OrganizationView o) {
        VOOperatorOrganization vo = AccountMapper.fill(new VOOperatorOrganization(), o);
        vo.setMarketplaceId(o.marketplaceId());
        vo.setOperatorRevenueShare(o.operatorRevenueShare());
        vo.setOrganizationRoles(new ArrayList<>(o.roles()));
        for (PaymentType type : PaymentType.fromStored(o.paymentTypes())) {
            vo.getPaymentTypes().add(toVO(type));
        }
        return vo;
    }

    public static VOPaymentType toVO(PaymentType type) {
        VOPaymentType vo = new VOPaymentType();
        vo.setPaymentTypeId(type.name());
        vo.setCollectionType(type == PaymentType.INVOICE ? "ORGANIZATION" : "PAYMENT_SERVICE_PROVIDER");
        vo.setName(
                switch (type) {
                    case INVOICE -> "Invoice";
                    case CREDIT_CARD -> "Credit card";
                    case DIRECT_DEBIT -> "Direct debit";
                });
        return vo;
    }

    static VOOrganizationRegistration toVO(CreatedOrganization created) {
        VOOrganizationRegistration vo = new VOOrganizationRegistration();
        vo.setOrganization(toVO(created.organization()));
        vo.setAdministratorUserId(created.administratorUserId());
        vo.setAdministratorUserKey(created.administratorUserKey());
        vo.setInitialPassword(created.initialPassword());
        return vo;
    }
}
