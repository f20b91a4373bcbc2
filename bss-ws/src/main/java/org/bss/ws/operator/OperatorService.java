package org.bss.ws.operator;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import java.util.List;
import org.bss.config.ConfigurationService;
import org.bss.identity.Roles;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.FaultMapper;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.OrganizationAuthoritiesException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.vo.VOConfigurationSetting;

/**
 * SOAP face of the operator functions (ws-contract §2.3) at {@code /OperatorService/BASIC}:
 * document/literal wrapped in {@code http://oscm.org/xsd}, parameter names as in the contract.
 * A thin adapter over {@link ConfigurationService}; authentication is the realm's (HTTP Basic with the
 * user key, see META-INF/glassfish-ejb-jar.xml), authorization the role check here and in the service.
 * Every operation declares the same faults so one mapper serves all.
 */
@Stateless(name = "OperatorService")
@WebService(name = "OperatorService", serviceName = "OperatorService", portName = "OperatorServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@DeclareRoles(Roles.PLATFORM_OPERATOR)
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class OperatorService {

    static final String PLATFORM_SETTING = "PLATFORM_SETTING";
    static final String SUPPORTED_CURRENCY = "SUPPORTED_CURRENCY";

    @EJB
    private ConfigurationService configuration;

    /** All configuration settings with the value in force, in key order. */
    @WebMethod
    public List<VOConfigurationSetting> getConfigurationSettings()
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
            ConcurrentModificationException, OperationNotPermittedException {
        try {
            return configuration.getSettings().stream().map(SettingMapper::toVO).toList();
        } catch (RuntimeException e) {
            throw FaultMapper.raise(e, null, PLATFORM_SETTING);
        }
    }

    /** Stores one setting, addressed by {@code informationId}; an empty value unsets an optional key. */
    @WebMethod
    public void saveConfigurationSetting(@WebParam(name = "setting") VOConfigurationSetting setting)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
            ConcurrentModificationException, OperationNotPermittedException {
        String key = setting == null ? null : setting.getInformationId();
        try {
            configuration.saveSetting(key, setting == null ? null : setting.getValue());
        } catch (RuntimeException e) {
            throw FaultMapper.raise(e, key, PLATFORM_SETTING);
        }
    }

    /** Adds a supported ISO 4217 currency; an already supported one changes nothing. */
    @WebMethod
    public void addCurrency(@WebParam(name = "currencyISOCode") String currencyISOCode)
            throws OrganizationAuthoritiesException, ValidationException, ObjectNotFoundException,
            ConcurrentModificationException, OperationNotPermittedException {
        try {
            configuration.addCurrency(currencyISOCode);
        } catch (RuntimeException e) {
            throw FaultMapper.raise(e, "currencyISOCode", SUPPORTED_CURRENCY);
        }
    }
}
