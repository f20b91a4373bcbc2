package org.bss.ws.operator;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bss.account.OrganizationRole;
import org.bss.account.OrganizationService;
import org.bss.audit.AuditLogService;
import org.bss.audit.AuditPeriod;
import org.bss.common.security.Roles;
import org.bss.config.ConfigurationService;
import org.bss.identity.ldap.LdapSettingsFile;
import org.bss.onboarding.OrgProperties;
import org.bss.onboarding.OrgPropertiesReader;
import org.bss.onboarding.OrganizationRegistration;
import org.bss.timer.TimerAdminService;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.FaultTarget;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.OrganizationAuthoritiesException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.vo.VOConfigurationSetting;
import org.bss.ws.vo.VOOperatorOrganization;
import org.bss.ws.vo.VOOrganization;
import org.bss.ws.vo.VOOrganizationRegistration;
import org.bss.ws.vo.VOTimerInfo;

/**
 * SOAP face of the operator functions (ws-contract §2.3) at {@code /OperatorService/BASIC}:
 * document/literal wrapped in {@code http://oscm.org/xsd}, parameter names as in the contract.
 * A thin adapter over {@link ConfigurationService}, {@link OrganizationService}, {@link AuditLogService} and
 * {@link TimerAdminService};
 * authentication is the realm's (org.bss.ws.gate.Gate: UsernameToken or HTTP Basic), authorization the services'
 * {@code PLATFORM_OPERATOR} check: a refusal there is the contract's OrganizationAuthoritiesException (a role check on
 * this class would answer a container fault that names the Java method).
 * Every operation declares the same five faults; {@link FaultInterceptor} turns the services' errors into them, with
 * the parameter and object class of the operation's {@link FaultTarget}.
 */
@Stateless(name = "OperatorService")
@WebService(
        name = "OperatorService",
        serviceName = "OperatorService",
        portName = "OperatorServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles({Roles.LOGGED_IN, Roles.PLATFORM_OPERATOR})
@RolesAllowed(Roles.LOGGED_IN)
public class OperatorService {

    static final String PLATFORM_SETTING = "PLATFORM_SETTING";
    static final String SUPPORTED_CURRENCY = "SUPPORTED_CURRENCY";
    static final String ORGANIZATION = "ORGANIZATION";
    /** Names the org.properties text in messages. */
    static final String PROPERTIES_SOURCE = "org.properties";

    @EJB
    private ConfigurationService configuration;

    @EJB
    private OrganizationService organizations;

    @EJB
    private OrganizationRegistration registration;

    @EJB
    private AuditLogService auditLog;

    @EJB
    private TimerAdminService timers;

    /** All configuration settings with the value in force, in key order. */
    @WebMethod
    @FaultTarget(objectClass = PLATFORM_SETTING)
    public List<VOConfigurationSetting> getConfigurationSettings()
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        return configuration.getSettings().stream().map(SettingMapper::toVO).toList();
    }

    /** Stores one setting, addressed by {@code informationId}; an empty value unsets an optional key. */
    @WebMethod
    @FaultTarget(objectClass = PLATFORM_SETTING)
    public void saveConfigurationSetting(@WebParam(name = "setting") VOConfigurationSetting setting)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        configuration.saveSetting(
                setting == null ? null : setting.getInformationId(), setting == null ? null : setting.getValue());
    }

    /** Adds a supported ISO 4217 currency; an already supported one changes nothing. */
    @WebMethod
    @FaultTarget(member = "currencyISOCode", objectClass = SUPPORTED_CURRENCY)
    public void addCurrency(@WebParam(name = "currencyISOCode") String currencyISOCode)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        configuration.addCurrency(currencyISOCode);
    }

    /** The next expiration of each scheduled timer (TMR-4, guide §3.4.3); a disabled timer is not listed. */
    @WebMethod
    public List<VOTimerInfo> getTimerExpirationInformation()
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        return TimerInfoMapper.toVOs(timers.retrieveTimerExpirations());
    }

    /** Re-initialises every timer from the current settings (guide §3.4.4) and answers the new expirations. */
    @WebMethod
    public List<VOTimerInfo> reInitTimers()
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        return TimerInfoMapper.toVOs(timers.reinitTimers());
    }

    /**
     * Creates an organization and its first administrator from the text of an org.properties file (§5.1, table 5.2),
     * read by the server's one parser; {@code ldapProperties} is the text of the LDAP properties file its
     * {@code organization.settings} names (App. C), for an LDAP-managed organization. BSS's binding: the original's
     * internal registerOrganization took VOs.
     */
    @WebMethod
    @FaultTarget(member = "organizationProperties", objectClass = ORGANIZATION)
    public VOOrganizationRegistration registerOrganization(
            @WebParam(name = "organizationProperties") String organizationProperties,
            @WebParam(name = "ldapProperties") String ldapProperties)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        Map<String, String> ldap = ldapProperties == null
                ? null
                : LdapSettingsFile.read(
                        new ByteArrayInputStream(ldapProperties.getBytes(StandardCharsets.UTF_8)),
                        OrgPropertiesReader.SETTINGS);
        OrgProperties properties = properties(organizationProperties);
        properties.checkForCreate(ldap != null);
        return OrganizationMapper.toVO(registration.register(properties.newOrganization(), ldap));
    }

    /**
     * Updates the organization named by {@code organization.id} from the text of an org.properties file (ORG-5);
     * with a {@code version} (from getOrganization) a concurrent change is refused.
     */
    @WebMethod
    @FaultTarget(member = "organizationProperties", objectClass = ORGANIZATION)
    public VOOperatorOrganization updateOrganization(
            @WebParam(name = "organizationProperties") String organizationProperties,
            @WebParam(name = "version") Long version)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        return OrganizationMapper.toVO(organizations.updateOrganization(
                properties(organizationProperties).update(), version));
    }

    /** The operator's view of an organization. */
    @WebMethod
    @FaultTarget(member = "organizationId", objectClass = ORGANIZATION)
    public VOOperatorOrganization getOrganization(@WebParam(name = "organizationId") String organizationId)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        return OrganizationMapper.toVO(organizations.getOrganization(organizationId));
    }

    /**
     * Adds roles (ORG-6; each {@code role} element one OrganizationRoleType name); a new SUPPLIER needs the
     * {@code operatorRevenueShare} (ORG-3). One audit entry per call.
     */
    @WebMethod
    @FaultTarget(member = "role", objectClass = ORGANIZATION)
    public void addOrganizationToRole(
            @WebParam(name = "organizationId") String organizationId,
            @WebParam(name = "role") List<String> role,
            @WebParam(name = "operatorRevenueShare") BigDecimal operatorRevenueShare)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        Set<OrganizationRole> roles = EnumSet.noneOf(OrganizationRole.class);
        for (String name : role == null ? List.<String>of() : role) {
            roles.add(OrganizationRole.parse("role", name));
        }
        organizations.addRoles(organizationId, roles, operatorRevenueShare);
    }

    /** Sets (empty: removes) the distinguished name of an organization's certificate callers (ORG-8). */
    @WebMethod
    @FaultTarget(member = "distinguishedName", objectClass = ORGANIZATION)
    public void setDistinguishedName(
            @WebParam(name = "organizationId") String organizationId,
            @WebParam(name = "distinguishedName") String distinguishedName)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        organizations.setDistinguishedName(organizationId, distinguishedName);
    }

    /** Makes payment types available to a SUPPLIER or RESELLER ({@code supplier.organizationId}; §7.3). */
    @WebMethod
    @FaultTarget(member = "types", objectClass = ORGANIZATION)
    public void addAvailablePaymentTypes(
            @WebParam(name = "supplier") VOOrganization supplier, @WebParam(name = "types") List<String> types)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        organizations.addAvailablePaymentTypes(
                supplier == null ? null : supplier.getOrganizationId(),
                types == null ? Set.of() : new HashSet<>(types));
    }

    /**
     * The audit log of the days {@code fromDate}..{@code toDate} (YYYY-MM-DD, TIME_ZONE_ID; AUD-3) as UTF-8 text, one
     * AUD-4 line per entry, each ending in a line feed; an optional {@code userId} narrows it to that user's operations.
     * BSS's binding: the original took milliseconds and operation ids.
     */
    @WebMethod
    public byte[] getUserOperationLog(
            @WebParam(name = "fromDate") String fromDate,
            @WebParam(name = "toDate") String toDate,
            @WebParam(name = "userId") String userId)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
                    ConcurrentModificationException, OperationNotPermittedException {
        List<String> lines = auditLog.export(AuditPeriod.parseDate(fromDate), AuditPeriod.parseDate(toDate), userId);
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static OrgProperties properties(String text) {
        return OrgPropertiesReader.read(new StringReader(text == null ? "" : text), PROPERTIES_SOURCE);
    }
}
