package org.bss.ws.account;

import org.bss.account.OrganizationData;
import org.bss.account.OrganizationView;
import org.bss.ws.vo.VOOrganization;

/**
 * Organization (domain view) → {@link VOOrganization} (wire) and a sent {@link VOOrganization} → {@link OrganizationData}.
 * {@code key}/{@code version} are the surrogate key and optimistic-lock version; {@code domicileCountry} is
 * {@code organization.domicile}. {@code imageDefined}, {@code nameSpace} and {@code supportEmail} stay unset (not kept).
 */
public final class AccountMapper {

    private AccountMapper() {}

    static VOOrganization toVO(OrganizationView o) {
        return fill(new VOOrganization(), o);
    }

    /** Sets the fields every organization VO shares (also the operator's {@code VOOperatorOrganization}). */
    public static <T extends VOOrganization> T fill(T vo, OrganizationView o) {
        vo.setKey(o.key());
        vo.setVersion(Math.toIntExact(o.version()));
        vo.setOrganizationId(o.orgId());
        vo.setName(o.name());
        vo.setEmail(o.email());
        vo.setAddress(o.address());
        vo.setPhone(o.phone());
        vo.setUrl(o.url());
        vo.setDescription(o.description());
        vo.setDomicileCountry(o.domicile());
        vo.setLocale(o.locale());
        vo.setDistinguishedName(o.distinguishedName());
        return vo;
    }

    /** The fields of table 5.2 a caller sends; a field left out (null) keeps its value, as {@link OrganizationData} says. */
    static OrganizationData toData(VOOrganization vo) {
        return new OrganizationData(
                vo.getName(),
                vo.getEmail(),
                vo.getAddress(),
                vo.getPhone(),
                vo.getUrl(),
                vo.getDescription(),
                vo.getDomicileCountry(),
                vo.getLocale());
    }
}
