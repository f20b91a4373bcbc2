package org.bss.ws.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.bss.catalog.CommunicationCheck;
import org.bss.catalog.InvalidTechnicalServicesFileException;
import org.bss.catalog.ProvisioningNotReachedException;
import org.bss.catalog.XmlProblem;
import org.bss.common.AuthenticationException;
import org.bss.common.ConflictException;
import org.bss.common.PasswordChangeRequiredException;
import org.bss.ws.faults.beans.BulkUserImportExceptionBean;
import org.bss.ws.faults.beans.DeletionConstraintExceptionBean;
import org.bss.ws.faults.beans.DomainObjectExceptionBean;
import org.bss.ws.faults.beans.ImportExceptionBean;
import org.bss.ws.faults.beans.UserModificationConstraintExceptionBean;
import org.bss.ws.faults.beans.ValidationExceptionBean;
import org.junit.jupiter.api.Test;

class FaultTableTest {

    enum Sample {
        ONE
    }

    /** What OperatorService declares on every operation. */
    static final List<Class<?>> OPERATOR = List.of(
            OrganizationAuthoritiesException.class,
            ValidationException.class,
            ObjectNotFoundException.class,
            ConcurrentModificationException.class,
            OperationNotPermittedException.class);

    @SuppressWarnings("StaticAssignmentOfThrowable") // a fixed input of the tests, never thrown
    static final ConflictException LAST_ADMIN = new ConflictException("identity.user.lastAdministrator");

    static SaaSApplicationException fault(RuntimeException error, List<Class<?>> declared) {
        return FaultTable.fault(error, null, null, declared).orElse(null);
    }

    @Test
    void validationCarriesIdKeyParamsAndTheOperationsMember() {
        SaaSApplicationException fault = FaultTable.fault(
                        new org.bss.common.ValidationException(
                                "config.invalid", "MAX_NUMBER_LOGIN_ATTEMPTS", "a\nb", Sample.ONE),
                        "organizationProperties",
                        "PLATFORM_SETTING",
                        OPERATOR)
                .orElseThrow();

        assertThat(fault).isInstanceOf(ValidationException.class);
        ValidationExceptionBean bean = (ValidationExceptionBean) fault.getFaultInfo();
        assertThat(bean.getMember()).isEqualTo("organizationProperties");
        assertThat(bean.getMessageKey()).isEqualTo("ex.ValidationException");
        assertThat(bean.getReason()).isNull();
        assertThat(bean.getMessageParams()).containsExactly("MAX_NUMBER_LOGIN_ATTEMPTS", "a\\nb", "enum.Sample.ONE");
        assertThat(bean.getCauseStackTrace()).isNull();
        assertThat(fault.getMessage()).startsWith("EXCEPTIONID " + bean.getId() + ": ");
        assertThat(fault.getCause()).isNull();
    }

    @Test
    void withoutAFixedMemberTheFieldOrSettingKeyTheErrorNamesIsTheMember() {
        var field = fault(new org.bss.common.ValidationException("account.field.required", "email"), OPERATOR);
        var setting = fault(
                new org.bss.common.ValidationException(
                        "config.value.range", "MAX_NUMBER_LOGIN_ATTEMPTS", "0", "1", "9"),
                OPERATOR);
        var other = fault(new org.bss.common.ValidationException("audit.period.missing"), OPERATOR);

        assertThat(((ValidationExceptionBean) field.getFaultInfo()).getMember()).isEqualTo("email");
        assertThat(((ValidationExceptionBean) setting.getFaultInfo()).getMember())
                .isEqualTo("MAX_NUMBER_LOGIN_ATTEMPTS");
        assertThat(((ValidationExceptionBean) other.getFaultInfo()).getMember()).isNull();
    }

    @Test
    void notFoundCarriesTheOperationsObjectClassOrTheOneTheErrorNames() {
        var fixed = FaultTable.fault(
                        new org.bss.common.ObjectNotFoundException("config.unknownKey", "NOPE"),
                        null,
                        "PLATFORM_SETTING",
                        OPERATOR)
                .orElseThrow();
        var user = fault(new org.bss.common.ObjectNotFoundException("identity.user.notFound", "x"), OPERATOR);
        var org = fault(new org.bss.common.ObjectNotFoundException("account.organization.notFound", "x"), OPERATOR);

        assertThat(fixed).isInstanceOf(ObjectNotFoundException.class);
        assertThat(((DomainObjectExceptionBean) fixed.getFaultInfo()).getClassEnum())
                .isEqualTo("PLATFORM_SETTING");
        assertThat(((DomainObjectExceptionBean) user.getFaultInfo()).getClassEnum())
                .isEqualTo("USER");
        assertThat(((DomainObjectExceptionBean) org.getFaultInfo()).getClassEnum())
                .isEqualTo("ORGANIZATION");
    }

    @Test
    void theGeneralFaultOfEachKind() {
        assertThat(fault(new org.bss.common.ConcurrentModificationException("x"), OPERATOR))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(fault(new ConflictException("x"), OPERATOR)).isInstanceOf(OperationNotPermittedException.class);
        assertThat(fault(new org.bss.common.OperationNotPermittedException("x"), OPERATOR))
                .isInstanceOf(OperationNotPermittedException.class);
        assertThat(fault(new AuthenticationException("x"), OPERATOR))
                .isInstanceOf(OperationNotPermittedException.class);
        assertThat(fault(new PasswordChangeRequiredException("x"), OPERATOR))
                .isInstanceOf(OperationNotPermittedException.class);
    }

    @Test
    void duplicateUserIdIsNonUniqueBusinessKeyWhereDeclaredElseNotPermitted() {
        var fault = fault(
                new ConflictException("account.user.duplicate", "jane"),
                List.of(
                        NonUniqueBusinessKeyException.class,
                        ValidationException.class,
                        OperationNotPermittedException.class));

        assertThat(fault).isInstanceOf(NonUniqueBusinessKeyException.class);
        DomainObjectExceptionBean bean = (DomainObjectExceptionBean) fault.getFaultInfo();
        assertThat(bean.getClassEnum()).isEqualTo("USER");
        assertThat(bean.getMessageKey()).isEqualTo("ex.NonUniqueBusinessKeyException.USER");
        assertThat(bean.getMessageParams()).containsExactly("jane");
        assertThat(fault.getMessage())
                .startsWith("EXCEPTIONID " + bean.getId() + ": ")
                .contains("jane");
        assertThat(fault(new ConflictException("account.user.duplicate", "jane"), OPERATOR))
                .isInstanceOf(OperationNotPermittedException.class);
    }

    @Test
    void aTakenCategoryIdIsNonUniqueBusinessKeyOfACategory() {
        var fault = fault(
                new ConflictException("category.idTaken", "office", "mp"),
                List.of(
                        NonUniqueBusinessKeyException.class,
                        ValidationException.class,
                        OperationNotPermittedException.class));

        assertThat(fault).isInstanceOf(NonUniqueBusinessKeyException.class);
        DomainObjectExceptionBean bean = (DomainObjectExceptionBean) fault.getFaultInfo();
        assertThat(bean.getClassEnum()).isEqualTo("CATEGORY");
        assertThat(bean.getMessageParams()).containsExactly("office", "mp");
    }

    @Test
    void lastAdministratorIsTheConstraintFaultTheOperationDeclares() {
        assertThat(fault(
                        LAST_ADMIN,
                        List.of(UserDeletionConstraintException.class, OperationNotPermittedException.class)))
                .isInstanceOf(UserDeletionConstraintException.class);
        var modification = fault(
                LAST_ADMIN, List.of(OperationNotPermittedException.class, UserModificationConstraintException.class));
        assertThat(modification).isInstanceOf(UserModificationConstraintException.class);
        assertThat(((UserModificationConstraintExceptionBean) modification.getFaultInfo()).getReason())
                .isEqualTo("LAST_ADMIN");
        assertThat(modification.getFaultInfo().getMessageKey())
                .isEqualTo("ex.UserModificationConstraintException.LAST_ADMIN");
        assertThat(fault(LAST_ADMIN, List.of(ObjectNotFoundException.class, OperationNotPermittedException.class)))
                .isInstanceOf(OperationNotPermittedException.class);
        var self = fault(
                new org.bss.common.OperationNotPermittedException("identity.user.deleteSelf"),
                List.of(UserDeletionConstraintException.class));
        assertThat(self).isInstanceOf(UserDeletionConstraintException.class);
        assertThat(self.getFaultInfo().getMessageKey())
                .isEqualTo("ex.UserDeletionConstraintException.FORBIDDEN_SELF_DELETION");
        assertThat(fault(LAST_ADMIN, List.of(UserDeletionConstraintException.class))
                        .getFaultInfo()
                        .getMessageKey())
                .isEqualTo("ex.UserDeletionConstraintException.LAST_ADMIN");
    }

    /** ws-contract §1.5: ex.<Fault>, with the ClassEnum or reason where the contract has one. */
    @Test
    void messageKeysAreTheContractsNotBsss() {
        var user = fault(new org.bss.common.ObjectNotFoundException("identity.user.notFound", "x"), OPERATOR);
        var org = fault(new org.bss.common.ObjectNotFoundException("account.organization.notFound", "x"), OPERATOR);
        var required = fault(new org.bss.common.ValidationException("account.field.required", "email"), OPERATOR);
        var tooLong = fault(new org.bss.common.ValidationException("account.field.tooLong", "email", 100), OPERATOR);
        var stale = fault(new org.bss.common.ConcurrentModificationException("x"), OPERATOR);
        var refused = fault(new org.bss.common.OperationNotPermittedException("x"), OPERATOR);
        var role = fault(
                new org.bss.common.ValidationException("identity.role.notAvailable", "SERVICE_MANAGER", "x"),
                List.of(UserRoleAssignmentException.class));
        var password =
                fault(new AuthenticationException("identity.loginFailed"), List.of(SecurityCheckException.class));

        assertThat(user.getFaultInfo().getMessageKey()).isEqualTo("ex.ObjectNotFoundException.USER");
        assertThat(org.getFaultInfo().getMessageKey()).isEqualTo("ex.ObjectNotFoundException.ORGANIZATION");
        assertThat(required.getFaultInfo().getMessageKey()).isEqualTo("javax.faces.component.UIInput.REQUIRED");
        assertThat(((ValidationExceptionBean) required.getFaultInfo()).getReason())
                .isEqualTo("REQUIRED");
        assertThat(tooLong.getFaultInfo().getMessageKey()).isEqualTo("ex.ValidationException.LENGTH");
        assertThat(((ValidationExceptionBean) tooLong.getFaultInfo()).getReason())
                .isEqualTo("LENGTH");
        assertThat(stale.getFaultInfo().getMessageKey()).isEqualTo("ex.ConcurrentModificationException");
        assertThat(refused.getFaultInfo().getMessageKey()).isEqualTo("ex.OperationNotPermittedException");
        assertThat(role.getFaultInfo().getMessageKey()).isEqualTo("ex.UserRoleAssignmentException");
        assertThat(password.getFaultInfo().getMessageKey()).isEqualTo("ex.SecurityCheckException");
        assertThat(fault(new EJBAccessException("denied"), OPERATOR)
                        .getFaultInfo()
                        .getMessageKey())
                .isEqualTo("ex.OrganizationAuthoritiesException");
    }

    @Test
    void roleErrorsAreRoleAssignmentFaultsWhereDeclared() {
        var role = new org.bss.common.ValidationException("identity.role.notAvailable", "SERVICE_MANAGER", "x");
        assertThat(fault(role, List.of(ValidationException.class, UserRoleAssignmentException.class)))
                .isInstanceOf(UserRoleAssignmentException.class);
        assertThat(fault(role, OPERATOR)).isInstanceOf(ValidationException.class);
        assertThat(fault(
                        new org.bss.common.ValidationException("account.field.required", "email"),
                        List.of(UserRoleAssignmentException.class, ValidationException.class)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void wrongOldPasswordIsSecurityCheckWhereDeclared() {
        assertThat(fault(
                        new AuthenticationException("identity.loginFailed"),
                        List.of(ValidationException.class, SecurityCheckException.class)))
                .isInstanceOf(SecurityCheckException.class);
    }

    @Test
    void aFileRefusedAsAWholeIsABulkImportFaultWhereDeclared() {
        var fault = fault(
                new org.bss.common.ValidationException("userImport.file.empty"),
                List.of(
                        BulkUserImportException.class,
                        ObjectNotFoundException.class,
                        OperationNotPermittedException.class));

        assertThat(fault).isInstanceOf(BulkUserImportException.class);
        BulkUserImportExceptionBean bean = (BulkUserImportExceptionBean) fault.getFaultInfo();
        assertThat(bean.getReason()).isEqualTo("PARSING_FAILED");
        assertThat(bean.getMessageKey()).isEqualTo("ex.BulkUserImportException.PARSING_FAILED");
        assertThat(fault.getMessage())
                .startsWith("EXCEPTIONID " + bean.getId() + ": ")
                .contains("contains no users");
        assertThat(bean.getMessageParams())
                .containsExactly(fault.getMessage().substring(fault.getMessage().indexOf(": ") + 2));
    }

    @Test
    void aRefusedRoleCheckIsOrganizationAuthoritiesElseNotPermitted() {
        var declared = fault(new EJBAccessException("denied"), OPERATOR);
        var fallback = fault(
                new EJBAccessException("denied"),
                List.of(ObjectNotFoundException.class, OperationNotPermittedException.class));

        assertThat(declared).isInstanceOf(OrganizationAuthoritiesException.class);
        assertThat(fallback).isInstanceOf(OperationNotPermittedException.class);
        assertThat(fallback.getFaultInfo().getMessageKey()).isEqualTo("ex.OrganizationAuthoritiesException");
        assertThat(fallback.getMessage()).endsWith(": The caller lacks the role this operation needs.");
    }

    @Test
    void noFaultForAnErrorNoDeclaredFaultFitsOrThatIsNoCallersError() {
        assertThat(fault(LAST_ADMIN, List.of(UserRoleAssignmentException.class)))
                .isNull();
        assertThat(fault(
                        new EJBAccessException("denied"),
                        List.of(SecurityCheckException.class, ValidationException.class)))
                .isNull();
        assertThat(fault(new IllegalStateException("bug"), OPERATOR)).isNull();
        assertThat(fault(new org.bss.common.ValidationException("k"), List.of()))
                .isNull();
    }

    @Test
    void oneTypedFaultForAnOperationThatRaisesItAfterPartialWork() {
        NonUniqueBusinessKeyException duplicate = FaultTable.fault(
                new ConflictException("account.user.duplicate", "jane"), NonUniqueBusinessKeyException.class);

        assertThat(duplicate.getFaultInfo().getMessageParams()).containsExactly("jane");
        assertThatThrownBy(
                        () -> FaultTable.fault(new IllegalStateException("bug"), NonUniqueBusinessKeyException.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** What ServiceProvisioningService's importTechnicalServices declares. */
    static final List<Class<?>> IMPORT = List.of(ImportException.class, OperationNotPermittedException.class);

    /** What validateTechnicalServiceCommunication declares. */
    static final List<Class<?>> VALIDATE = List.of(
            ObjectNotFoundException.class,
            OperationNotPermittedException.class,
            TechnicalServiceNotAliveException.class);

    @Test
    void aTechnicalServicesFileWithProblemsIsAnImportFaultWithEveryProblem() {
        var fault = fault(
                new InvalidTechnicalServicesFileException(
                        List.of(new XmlProblem(3, 17, "bad access type"), new XmlProblem(9, 2, "duplicate id"))),
                IMPORT);

        assertThat(fault).isInstanceOf(ImportException.class);
        ImportExceptionBean bean = (ImportExceptionBean) fault.getFaultInfo();
        assertThat(bean.getMessageKey()).isEqualTo("ex.ImportException");
        assertThat(bean.getDetails()).isEqualTo("line 3, column 17: bad access type\nline 9, column 2: duplicate id");
        assertThat(bean.getMessageParams())
                .containsExactly("line 3, column 17: bad access type", "line 9, column 2: duplicate id");
        assertThat(fault.getMessage())
                .startsWith("EXCEPTIONID " + bean.getId() + ": ")
                .contains("2 problem(s)");
        assertThat(fault(new org.bss.common.ValidationException("catalog.ts.noProvisioningUrl", "x"), IMPORT))
                .as("only a refused file is an ImportException")
                .isNull();
    }

    @Test
    void aProvisioningUrlThatDoesNotAnswerIsNotAliveWithTheContractsReason() {
        String url = "http://127.0.0.1:9/wsdl";

        assertThat(notAliveKey(new CommunicationCheck(url, false, 0, "not reachable: ConnectException", false)))
                .isEqualTo("ex.TechnicalServiceNotAliveException.CONNECTION_REFUSED");
        assertThat(notAliveKey(new CommunicationCheck(url, false, 0, "no answer within 10 s", true)))
                .isEqualTo("ex.TechnicalServiceNotAliveException.TIMEOUT");
        assertThat(notAliveKey(new CommunicationCheck(url, false, 404, "HTTP 404", false)))
                .isEqualTo("ex.TechnicalServiceNotAliveException.ENDPOINT");
        var noUrl = fault(new org.bss.common.ValidationException("catalog.ts.noProvisioningUrl", "Video"), VALIDATE);
        assertThat(noUrl).isInstanceOf(TechnicalServiceNotAliveException.class);
        assertThat(noUrl.getFaultInfo().getMessageKey()).isEqualTo("ex.TechnicalServiceNotAliveException.ENDPOINT");
    }

    private static String notAliveKey(CommunicationCheck check) {
        var fault = fault(new ProvisioningNotReachedException("Video 1.0", check), VALIDATE);
        assertThat(fault).isInstanceOf(TechnicalServiceNotAliveException.class);
        assertThat(fault.getFaultInfo().getMessageParams()).containsExactly("Video 1.0", check.url(), check.detail());
        return fault.getFaultInfo().getMessageKey();
    }

    @Test
    void anOrganizationWithoutTheRoleIsOrganizationAuthoritiesWhereDeclaredElseNotPermitted() {
        var notProvider = new org.bss.common.OperationNotPermittedException("catalog.ts.notProvider", "acme");
        var notSupplier = new org.bss.common.OperationNotPermittedException("catalog.ts.notSupplier", "acme");

        assertThat(fault(notProvider, List.of(OrganizationAuthoritiesException.class, ObjectNotFoundException.class)))
                .isInstanceOf(OrganizationAuthoritiesException.class);
        assertThat(fault(notSupplier, List.of(OrganizationAuthoritiesException.class)))
                .isInstanceOf(OrganizationAuthoritiesException.class);
        assertThat(fault(notProvider, IMPORT)).isInstanceOf(OperationNotPermittedException.class);
        assertThat(fault(new org.bss.common.OperationNotPermittedException("identity.user.notPermitted"), OPERATOR))
                .as("other refusals stay OperationNotPermittedException")
                .isInstanceOf(OperationNotPermittedException.class);
    }

    @Test
    void aTechnicalServiceNotFoundIsOfClassTechnicalService() {
        var fault = fault(new org.bss.common.ObjectNotFoundException("catalog.ts.keyNotFound", "10001"), VALIDATE);

        assertThat(fault).isInstanceOf(ObjectNotFoundException.class);
        DomainObjectExceptionBean bean = (DomainObjectExceptionBean) fault.getFaultInfo();
        assertThat(bean.getClassEnum()).isEqualTo("TECHNICAL_SERVICE");
        assertThat(bean.getMessageKey()).isEqualTo("ex.ObjectNotFoundException.TECHNICAL_SERVICE");
        assertThat(bean.getMessageParams()).containsExactly("10001");
    }

    @Test
    void aTechnicalServiceInUseIsADeletionConstraintNamingWhatDependsOnIt() {
        var fault = fault(
                new org.bss.common.ConflictException("catalog.ts.inUse", "Video 1.0", "video-pro"),
                List.of(
                        OrganizationAuthoritiesException.class,
                        ObjectNotFoundException.class,
                        DeletionConstraintException.class,
                        ConcurrentModificationException.class));

        assertThat(fault).isInstanceOf(DeletionConstraintException.class);
        DeletionConstraintExceptionBean bean = (DeletionConstraintExceptionBean) fault.getFaultInfo();
        assertThat(bean.getClassEnum()).isEqualTo("TECHNICAL_SERVICE");
        assertThat(bean.getDependentClassEnum()).isEqualTo("SERVICE");
        assertThat(bean.getMessageKey()).isEqualTo("ex.DeletionConstraintException.TECHNICAL_SERVICE");
        assertThat(bean.getMessageParams()).containsExactly("Video 1.0", "video-pro");
    }

    private static final List<Class<?>> SUPPLIER_ACCESS = List.of(
            ObjectNotFoundException.class,
            OperationNotPermittedException.class,
            OrganizationAuthorityException.class,
            OrganizationAlreadyExistsException.class,
            OrganizationAlreadyBannedException.class,
            MarketplaceAccessTypeUneligibleForOperationException.class);

    @Test
    void theMarketplaceSupplierAccessErrorsAreTheContractsOwnFaults() {
        assertThat(fault(new org.bss.common.ConflictException("marketplace.supplier.notOpen", "mp"), SUPPLIER_ACCESS))
                .isInstanceOf(MarketplaceAccessTypeUneligibleForOperationException.class);
        assertThat(fault(
                        new org.bss.common.ConflictException("marketplace.supplier.notRestricted", "mp"),
                        SUPPLIER_ACCESS))
                .isInstanceOf(MarketplaceAccessTypeUneligibleForOperationException.class);
        assertThat(fault(
                        new org.bss.common.ConflictException("marketplace.supplier.alreadyGranted", "s", "mp"),
                        SUPPLIER_ACCESS))
                .isInstanceOf(OrganizationAlreadyExistsException.class);
        var banned = fault(
                new org.bss.common.ConflictException("marketplace.supplier.alreadyBanned", "s", "mp"), SUPPLIER_ACCESS);
        assertThat(banned).isInstanceOf(OrganizationAlreadyBannedException.class);
        assertThat(banned.getFaultInfo().getMessageKey()).isEqualTo("ex.OrganizationAlreadyBannedException");
        assertThat(fault(
                        new org.bss.common.ValidationException("marketplace.supplier.notASeller", "c"),
                        SUPPLIER_ACCESS))
                .isInstanceOf(OrganizationAuthorityException.class);
    }

    @Test
    void aMarketplaceOrItsSupplierNotFoundNamesItsClass() {
        var marketplace =
                fault(new org.bss.common.ObjectNotFoundException("marketplace.notFound", "mp"), SUPPLIER_ACCESS);
        var supplier = fault(
                new org.bss.common.ObjectNotFoundException("marketplace.supplier.notFound", "x"), SUPPLIER_ACCESS);

        assertThat(((DomainObjectExceptionBean) marketplace.getFaultInfo()).getClassEnum())
                .isEqualTo("MARKETPLACE");
        assertThat(((DomainObjectExceptionBean) supplier.getFaultInfo()).getClassEnum())
                .isEqualTo("ORGANIZATION");
    }

    @Test
    void aSupplierThatMayNotPublishIsPublishingToMarketplaceNotPermitted() {
        var fault = fault(
                new org.bss.common.OperationNotPermittedException("marketplace.publish.notAllowed", "s", "mp"),
                List.of(OperationNotPermittedException.class, PublishingToMarketplaceNotPermittedException.class));

        assertThat(fault).isInstanceOf(PublishingToMarketplaceNotPermittedException.class);
    }
}
