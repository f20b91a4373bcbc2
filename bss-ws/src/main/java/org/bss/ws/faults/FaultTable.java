package org.bss.ws.faults;

import jakarta.ejb.EJBAccessException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bss.catalog.CommunicationCheck;
import org.bss.catalog.InvalidTechnicalServicesFileException;
import org.bss.catalog.ProvisioningNotReachedException;
import org.bss.catalog.XmlProblem;
import org.bss.common.BssException;
import org.bss.common.BssException.Kind;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.ws.faults.beans.ApplicationExceptionBean;
import org.bss.ws.faults.beans.DeletionConstraintExceptionBean;
import org.bss.ws.faults.beans.DomainObjectExceptionBean;
import org.bss.ws.faults.beans.ImportExceptionBean;
import org.bss.ws.faults.beans.UserModificationConstraintExceptionBean;
import org.bss.ws.faults.beans.ValidationExceptionBean;

/**
 * The one table from the services' errors to the contract's faults (DESIGN "Errors"). An error becomes the first
 * fault of the table that matches it AND that the operation declares: the specific faults come first (a refused
 * technical-services file, a provisioning URL that does not answer, a duplicate user id, a role that cannot be given,
 * the last administrator, a wrong old password, a refused user file, an organization without the role), then the
 * fault of the error's {@link Kind}, then the fallbacks (a refused role check of a called service is
 * OrganizationAuthoritiesException, else OperationNotPermittedException). An error no declared fault fits, and every
 * error that is not a caller's (not a {@link BssException}), has no fault here: it becomes a plain Server fault.
 * No business rule lives here.
 */
public final class FaultTable {

    static final String USER = "USER";
    static final String ORGANIZATION = "ORGANIZATION";
    static final String LAST_ADMIN = "LAST_ADMIN";
    static final String FORBIDDEN_SELF_DELETION = "FORBIDDEN_SELF_DELETION";
    static final String TECHNICAL_SERVICE = "TECHNICAL_SERVICE";
    static final String SERVICE = "SERVICE";
    static final String MARKETPLACE = "MARKETPLACE";
    static final String MISSING_PRICE_MODEL = "MISSING_PRICE_MODEL";
    static final String NOT_DEFINED = "NOT_DEFINED";

    /** The caller's organization lacks the organization role the operation is for (the contract's authorities). */
    private static final Set<String> ORGANIZATION_LACKS_ROLE = Set.of(
            "catalog.ts.notProvider", "catalog.ts.notSupplier", "billing.notSupplier", "account.customer.notSeller");

    private static final BssLog LOG = BssLog.system(LogFeature.SOAP);

    private static final List<Rule> RULES = List.of(
            // a technical-services file refused as a whole: every problem with its line and column
            new Rule(ImportException.class, e -> e.source() instanceof InvalidTechnicalServicesFileException, e -> {
                List<String> problems = ((InvalidTechnicalServicesFileException) e.source())
                        .problems().stream().map(XmlProblem::toString).toList();
                ImportExceptionBean bean =
                        e.id().fill(new ImportExceptionBean(), messageKey(ImportException.class, null), problems);
                bean.setDetails(String.join("\n", problems));
                return new ImportException(e.text(), bean);
            }),
            new Rule(
                    TechnicalServiceNotAliveException.class,
                    e -> e.source() instanceof ProvisioningNotReachedException
                            || e.is(Kind.VALIDATION, "catalog.ts.noProvisioningUrl"),
                    e -> new TechnicalServiceNotAliveException(
                            e.text(),
                            e.fill(
                                    new ApplicationExceptionBean(),
                                    TechnicalServiceNotAliveException.class,
                                    notAliveReason(e.source())))),
            new Rule(DeletionConstraintException.class, e -> e.is(Kind.CONFLICT, "catalog.ts.inUse"), e -> {
                DeletionConstraintExceptionBean bean = e.fill(
                        new DeletionConstraintExceptionBean(), DeletionConstraintException.class, TECHNICAL_SERVICE);
                bean.setClassEnum(TECHNICAL_SERVICE);
                bean.setDependentClassEnum(SERVICE);
                return new DeletionConstraintException(e.text(), bean);
            }),
            new Rule(
                    NonUniqueBusinessKeyException.class,
                    e -> e.is(Kind.CONFLICT, "account.user.duplicate"),
                    e -> new NonUniqueBusinessKeyException(
                            e.text(), e.domainObject(NonUniqueBusinessKeyException.class, USER))),
            new Rule(
                    NonUniqueBusinessKeyException.class,
                    e -> e.is(Kind.CONFLICT, "catalog.ts.idTaken"),
                    e -> new NonUniqueBusinessKeyException(
                            e.text(), e.domainObject(NonUniqueBusinessKeyException.class, TECHNICAL_SERVICE))),
            new Rule(
                    UpdateConstraintException.class,
                    e -> e.is(Kind.CONFLICT, "catalog.ts.licenseInUse"),
                    e -> new UpdateConstraintException(
                            e.text(), e.domainObject(UpdateConstraintException.class, TECHNICAL_SERVICE))),
            new Rule(
                    NonUniqueBusinessKeyException.class,
                    e -> e.is(Kind.CONFLICT, "category.idTaken"),
                    e -> new NonUniqueBusinessKeyException(
                            e.text(), e.domainObject(NonUniqueBusinessKeyException.class, "CATEGORY"))),
            new Rule(
                    UserRoleAssignmentException.class,
                    e -> e.is(Kind.VALIDATION) && e.key().startsWith("identity.role."),
                    e -> new UserRoleAssignmentException(e.text(), e.bean(UserRoleAssignmentException.class))),
            new Rule(
                    UserDeletionConstraintException.class,
                    e -> e.is(Kind.CONFLICT, "identity.user.lastAdministrator")
                            || e.is(Kind.NOT_PERMITTED, "identity.user.deleteSelf"),
                    e -> new UserDeletionConstraintException(
                            e.text(),
                            e.fill(
                                    new ApplicationExceptionBean(),
                                    UserDeletionConstraintException.class,
                                    e.is(Kind.CONFLICT) ? LAST_ADMIN : FORBIDDEN_SELF_DELETION))),
            new Rule(
                    UserModificationConstraintException.class,
                    e -> e.is(Kind.CONFLICT, "identity.user.lastAdministrator"),
                    e -> {
                        UserModificationConstraintExceptionBean bean = e.fill(
                                new UserModificationConstraintExceptionBean(),
                                UserModificationConstraintException.class,
                                LAST_ADMIN);
                        bean.setReason(LAST_ADMIN);
                        return new UserModificationConstraintException(e.text(), bean);
                    }),
            new Rule(
                    SecurityCheckException.class,
                    e -> e.is(Kind.AUTHENTICATION),
                    e -> new SecurityCheckException(e.text(), e.bean(SecurityCheckException.class))),
            // the marketplace's supplier access and publishing errors MarketplaceService declares by name
            new Rule(
                    MarketplaceAccessTypeUneligibleForOperationException.class,
                    e -> e.is(Kind.CONFLICT, "marketplace.supplier.notRestricted")
                            || e.is(Kind.CONFLICT, "marketplace.supplier.notOpen"),
                    e -> new MarketplaceAccessTypeUneligibleForOperationException(
                            e.text(), e.bean(MarketplaceAccessTypeUneligibleForOperationException.class))),
            new Rule(
                    OrganizationAlreadyExistsException.class,
                    e -> e.is(Kind.CONFLICT, "marketplace.supplier.alreadyGranted"),
                    e -> new OrganizationAlreadyExistsException(
                            e.text(), e.bean(OrganizationAlreadyExistsException.class))),
            new Rule(
                    OrganizationAlreadyBannedException.class,
                    e -> e.is(Kind.CONFLICT, "marketplace.supplier.alreadyBanned"),
                    e -> new OrganizationAlreadyBannedException(
                            e.text(), e.bean(OrganizationAlreadyBannedException.class))),
            new Rule(
                    OrganizationAuthorityException.class,
                    e -> e.is(Kind.VALIDATION, "marketplace.supplier.notASeller"),
                    e -> new OrganizationAuthorityException(e.text(), e.bean(OrganizationAuthorityException.class))),
            new Rule(
                    PublishingToMarketplaceNotPermittedException.class,
                    e -> e.is(Kind.NOT_PERMITTED, "marketplace.publish.notAllowed"),
                    e -> new PublishingToMarketplaceNotPermittedException(
                            e.text(), e.bean(PublishingToMarketplaceNotPermittedException.class))),
            // the catalog's service and price-model errors the service operations declare by name
            new Rule(
                    ServiceCompatibilityException.class,
                    e -> e.source() instanceof org.bss.catalog.ServiceCompatibilityException,
                    e -> new ServiceCompatibilityException(
                            e.text(),
                            e.fill(
                                    new ApplicationExceptionBean(),
                                    ServiceCompatibilityException.class,
                                    ((org.bss.catalog.ServiceCompatibilityException) e.source())
                                            .reason()
                                            .name()))),
            new Rule(
                    ServiceStateException.class,
                    e -> e.source() instanceof org.bss.catalog.ServiceStateException,
                    e -> new ServiceStateException(e.text(), e.bean(ServiceStateException.class))),
            new Rule(
                    CurrencyException.class,
                    e -> e.is(Kind.VALIDATION, "catalog.pm.currencyUnsupported"),
                    e -> new CurrencyException(e.text(), e.bean(CurrencyException.class))),
            new Rule(
                    ServiceOperationException.class,
                    e -> e.is(Kind.VALIDATION, "marketplace.activate.noPriceModel"),
                    e -> new ServiceOperationException(
                            e.text(),
                            e.fill(
                                    new ApplicationExceptionBean(),
                                    ServiceOperationException.class,
                                    MISSING_PRICE_MODEL))),
            new Rule(
                    ServiceOperationException.class,
                    e -> e.is(Kind.CONFLICT, "catalog.customerPm.exists"),
                    e -> new ServiceOperationException(e.text(), e.bean(ServiceOperationException.class))),
            new Rule(
                    PriceModelException.class,
                    e -> e.is(Kind.NOT_FOUND, "catalog.pm.none"),
                    e -> new PriceModelException(
                            e.text(), e.fill(new ApplicationExceptionBean(), PriceModelException.class, NOT_DEFINED))),
            new Rule(
                    InvalidPhraseException.class,
                    e -> e.is(Kind.VALIDATION) && e.key().startsWith("search."),
                    e -> new InvalidPhraseException(e.text(), e.bean(InvalidPhraseException.class))),
            new Rule(
                    ServiceNotPublishedException.class,
                    e -> e.is(Kind.VALIDATION, "marketplace.activate.notPublished"),
                    e -> new ServiceNotPublishedException(e.text(), e.bean(ServiceNotPublishedException.class))),
            // an import operation reports a file refused as a whole as its own fault (message without a key of BSS)
            new Rule(
                    BulkUserImportException.class,
                    e -> e.is(Kind.VALIDATION),
                    e -> BulkUserImportException.withReason(
                            BulkUserImportException.PARSING_FAILED, e.message(), List.of(e.message()))),
            new Rule(ValidationException.class, e -> e.is(Kind.VALIDATION), e -> {
                String reason = ValidationReason.of(e.key());
                ValidationExceptionBean bean = e.fill(new ValidationExceptionBean(), ValidationException.class, reason);
                bean.setMember(e.member());
                bean.setReason(reason);
                return new ValidationException(e.text(), bean);
            }),
            new Rule(
                    ObjectNotFoundException.class,
                    e -> e.is(Kind.NOT_FOUND),
                    e -> new ObjectNotFoundException(
                            e.text(), e.domainObject(ObjectNotFoundException.class, e.objectClass()))),
            new Rule(
                    ConcurrentModificationException.class,
                    e -> e.is(Kind.CONCURRENT_MODIFICATION),
                    e -> new ConcurrentModificationException(e.text(), e.bean(ConcurrentModificationException.class))),
            new Rule(
                    OrganizationAuthoritiesException.class,
                    e -> e.is(Kind.NOT_PERMITTED) && ORGANIZATION_LACKS_ROLE.contains(e.key()),
                    e -> new OrganizationAuthoritiesException(
                            e.text(), e.bean(OrganizationAuthoritiesException.class))),
            new Rule(
                    OperationNotPermittedException.class,
                    e -> e.is(Kind.NOT_PERMITTED)
                            || e.is(Kind.CONFLICT)
                            || e.is(Kind.AUTHENTICATION)
                            || e.is(Kind.PASSWORD_CHANGE_REQUIRED),
                    e -> new OperationNotPermittedException(e.text(), e.bean(OperationNotPermittedException.class))),
            new Rule(
                    OrganizationAuthoritiesException.class,
                    CallerError::roleRefused,
                    e -> new OrganizationAuthoritiesException(
                            e.text(), e.bean(OrganizationAuthoritiesException.class))),
            // the original reports a refused role check as OrganizationAuthoritiesException: its key also here
            new Rule(
                    OperationNotPermittedException.class,
                    CallerError::roleRefused,
                    e -> new OperationNotPermittedException(e.text(), e.bean(OrganizationAuthoritiesException.class))));

    private FaultTable() {}

    /**
     * The fault for an error among the declared ones, or empty when none fits (the error then stays as it is).
     *
     * @param member      the parameter an operation's validation faults name; null: the field the error names
     * @param objectClass the ClassEnum of an operation's not-found faults; null: the kind of object the error names
     */
    public static Optional<SaaSApplicationException> fault(
            RuntimeException error, String member, String objectClass, Collection<? extends Class<?>> declared) {
        Optional<CallerError> known = CallerError.of(error, member, objectClass);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Optional<SaaSApplicationException> fault = RULES.stream()
                .filter(rule ->
                        declared.contains(rule.fault()) && rule.matches().test(known.get()))
                .findFirst()
                .map(rule -> rule.build().apply(known.get()));
        fault.ifPresent(f -> LOG.debug(
                LogMessage.SOAP_FAULT, f.getFaultInfo().getId(), f.getClass().getSimpleName(), error.getMessage()));
        return fault;
    }

    /**
     * The fault of one declared type for an error an operation raises after partial work that must stay (the table's
     * form without the interceptor's rollback).
     *
     * @throws IllegalArgumentException the table does not turn this error into this fault
     */
    public static <F extends SaaSApplicationException> F fault(RuntimeException error, Class<F> type) {
        return type.cast(fault(error, null, null, List.of(type))
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " does not fit " + error)));
    }

    /**
     * The contract's {@code messageKey} of a fault (ws-contract §1.5): {@code ex.<Fault>}, with the reason or
     * ClassEnum appended where the contract has one ({@code ex.ObjectNotFoundException.USER}); a REQUIRED validation
     * has the original's own key. BSS's message key stays out of the fault: its text is the faultstring.
     */
    public static String messageKey(Class<? extends SaaSApplicationException> fault, String reason) {
        if (fault == ValidationException.class && ValidationReason.REQUIRED.equals(reason)) {
            return ValidationReason.REQUIRED_KEY;
        }
        return "ex." + fault.getSimpleName() + (reason == null ? "" : "." + reason);
    }

    /**
     * The contract's reason of a provisioning URL that did not answer: no answer in time TIMEOUT, an answer that was not
     * 2xx (or no URL at all) ENDPOINT, no connection CONNECTION_REFUSED.
     */
    private static String notAliveReason(RuntimeException error) {
        if (!(error instanceof ProvisioningNotReachedException notReached)) {
            return TechnicalServiceNotAliveException.ENDPOINT;
        }
        CommunicationCheck check = notReached.check();
        if (check.timedOut()) {
            return TechnicalServiceNotAliveException.TIMEOUT;
        }
        return check.status() != 0
                ? TechnicalServiceNotAliveException.ENDPOINT
                : TechnicalServiceNotAliveException.CONNECTION_REFUSED;
    }

    /** Parameters as the contract writes them: enums as {@code enum.<Type>.<CONSTANT>}, newlines escaped. */
    static String param(Object argument) {
        if (argument == null) {
            return null;
        }
        if (argument instanceof Enum<?> e) {
            return "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
        }
        return argument.toString().replace("\r", "").replace("\n", "\\n");
    }

    /** One line of the table: the fault, which errors it takes, how it is built. */
    private record Rule(
            Class<? extends SaaSApplicationException> fault, Predicate<CallerError> matches, Builder build) {}

    @FunctionalInterface
    private interface Builder {
        SaaSApplicationException apply(CallerError error);
    }

    /** A caller's error as the faults see it: kind (null for a refused role check), key, parameters, message. */
    @SuppressWarnings("ArrayRecordComponent") // the exception's own arguments, read once and never compared
    private record CallerError(
            FaultId id,
            Kind kind,
            String key,
            List<String> params,
            String message,
            Object[] arguments,
            String fixedMember,
            String fixedObjectClass,
            RuntimeException source) {

        static Optional<CallerError> of(RuntimeException error, String member, String objectClass) {
            if (error instanceof EJBAccessException) {
                return Optional.of(new CallerError(
                        FaultId.next(),
                        null,
                        "",
                        List.of(),
                        "The caller lacks the role this operation needs.",
                        new Object[0],
                        member,
                        objectClass,
                        error));
            }
            if (error instanceof BssException bss) {
                return Optional.of(new CallerError(
                        FaultId.next(),
                        bss.kind(),
                        bss.messageKey(),
                        Arrays.stream(bss.arguments()).map(FaultTable::param).toList(),
                        bss.getMessage(),
                        bss.arguments(),
                        member,
                        objectClass,
                        error));
            }
            return Optional.empty();
        }

        boolean is(Kind wanted) {
            return kind == wanted;
        }

        boolean is(Kind wanted, String messageKey) {
            return kind == wanted && key.equals(messageKey);
        }

        boolean roleRefused() {
            return kind == null;
        }

        String text() {
            return id.text(message);
        }

        /** The field or setting key the error names: the first argument of the field and setting-value messages. */
        String member() {
            if (fixedMember != null) {
                return fixedMember;
            }
            boolean namesField =
                    key.startsWith("account.field.") || key.startsWith("config.value.") || key.startsWith("ws.field.");
            return namesField && arguments.length > 0 ? String.valueOf(arguments[0]) : null;
        }

        /** The kind of object that was not found: an organization or technical service by its message, else a user. */
        String objectClass() {
            if (fixedObjectClass != null) {
                return fixedObjectClass;
            }
            if (key.startsWith("catalog.ts.")) {
                return TECHNICAL_SERVICE;
            }
            if (key.startsWith("marketplace.supplier.")
                    || key.equals("marketplace.ownerNotFound")
                    || key.equals("account.customer.notFound")) {
                return ORGANIZATION;
            }
            if (key.startsWith("marketplace.")) {
                return MARKETPLACE;
            }
            return key.startsWith("account.organization.") ? ORGANIZATION : USER;
        }

        <B extends ApplicationExceptionBean> B fill(
                B bean, Class<? extends SaaSApplicationException> fault, String reason) {
            return id.fill(bean, messageKey(fault, reason), params);
        }

        ApplicationExceptionBean bean(Class<? extends SaaSApplicationException> fault) {
            return fill(new ApplicationExceptionBean(), fault, null);
        }

        DomainObjectExceptionBean domainObject(Class<? extends SaaSApplicationException> fault, String classEnum) {
            DomainObjectExceptionBean bean = fill(new DomainObjectExceptionBean(), fault, classEnum);
            bean.setClassEnum(classEnum);
            return bean;
        }
    }
}
