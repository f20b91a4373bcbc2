package org.bss.system.matrix;

import static org.bss.system.matrix.AuthorizationMatrix.Expect.ALLOWED;
import static org.bss.system.matrix.AuthorizationMatrix.Expect.NOT_FOUND;
import static org.bss.system.matrix.AuthorizationMatrix.Expect.REFUSED;

import java.util.List;

/**
 * THE authorization matrix of issue 4 (App. G roles × the organization and user operations), the one table the
 * system test {@link AuthorizationMatrixIT} generates its SOAP and REST tests from. The target of the user
 * operations is a fresh user without roles in organization A (a SUPPLIER and TECHNOLOGY_PROVIDER); the target of
 * the organization operations a fresh SUPPLIER organization. The callers:
 * <ul>
 * <li>OPERATOR: a platform operator (operator organization);</li>
 * <li>ADMIN: ORGANIZATION_ADMIN of A, and MARKETPLACE_OWNER (A owns the marketplaces of the category rows);
 * OTHER_ADMIN: ORGANIZATION_ADMIN of organization B (a customer);</li>
 * <li>SUBSCRIPTION_MANAGER, SERVICE_MANAGER, TECHNOLOGY_MANAGER: users of A with only that role; NO_ROLE: a user of A
 * without roles.</li>
 * </ul>
 * Cells: ALLOWED (succeeds, and its effect is visible in the database), REFUSED (SOAP OperationNotPermittedException,
 * OrganizationAuthoritiesException or the container's "not authorized" fault; REST 403, nothing changed), NOT_FOUND
 * (SOAP ObjectNotFoundException; REST 404 with a BSS message key, nothing changed): BSS answers "not found" where the
 * caller may not see the user or the organization, so that nobody can probe other organizations' ids.
 * Where the surfaces differ, a cell names both ({@link #rest(Expect, Expect)}): SOAP's createUser and
 * getUsersForOrganization work on the caller's own organization (they have no organization parameter), so
 * OTHER_ADMIN is allowed there (in B), while REST names organization A and answers "not found".
 */
final class AuthorizationMatrix {

    /** The callers: the columns. */
    enum Caller {
        OPERATOR("operator"),
        ADMIN("org admin of own org"),
        OTHER_ADMIN("org admin of another org"),
        SUBSCRIPTION_MANAGER("subscription manager"),
        SERVICE_MANAGER("service manager"),
        TECHNOLOGY_MANAGER("technology manager"),
        NO_ROLE("user without role");

        final String title;

        Caller(String title) {
            this.title = title;
        }
    }

    enum Surface {
        SOAP,
        REST
    }

    enum Expect {
        ALLOWED,
        REFUSED,
        NOT_FOUND
    }

    /**
     * One cell: the expected outcome on REST and on SOAP (the same unless the surfaces differ, see above); null for a
     * surface that does not offer the operation (no test is generated there).
     */
    record Cell(Expect rest, Expect soap) {
        Expect on(Surface surface) {
            return surface == Surface.SOAP ? soap : rest;
        }
    }

    /** One row: an operation and its cells in the order of {@link Caller}. */
    record Row(Operation operation, List<Cell> cells) {
        Row {
            if (cells.size() != Caller.values().length) {
                throw new IllegalArgumentException(operation + ": " + cells.size() + " cells");
            }
        }

        // EnumOrdinal: the table's columns are written in the declaration order of Caller (checked above)
        @SuppressWarnings("EnumOrdinal")
        Cell cell(Caller caller) {
            return cells.get(caller.ordinal());
        }
    }

    static final Cell A = new Cell(ALLOWED, ALLOWED);
    static final Cell R = new Cell(REFUSED, REFUSED);
    static final Cell N = new Cell(NOT_FOUND, NOT_FOUND);

    static Cell rest(Expect rest, Expect soap) {
        return new Cell(rest, soap);
    }

    /** A cell of an operation only REST offers. */
    static Cell restOnly(Expect rest) {
        return new Cell(rest, null);
    }

    private static final Cell RA = restOnly(ALLOWED);
    private static final Cell RR = restOnly(REFUSED);
    private static final Cell RN = restOnly(NOT_FOUND);
    private static final Cell SA = new Cell(null, ALLOWED);
    private static final Cell SR = new Cell(null, REFUSED);
    /** SOAP's getMarketplaceById answers anyone logged in (the contract's), REST's marketplace the operator and owner. */
    private static final Cell MA = rest(REFUSED, ALLOWED);

    static final List<Row> TABLE = List.of(
            //  operation                        OPERATOR ADMIN OTHER_ADMIN                 SUBSCR._MGR
            // SERVICE_MGR                 TECHNOLOGY_MGR NO_ROLE
            row(Operation.CREATE_USER, A, A, rest(NOT_FOUND, ALLOWED), R, R, R, R),
            row(Operation.LIST_USERS, A, A, rest(NOT_FOUND, ALLOWED), R, R, R, R),
            row(Operation.GET_OTHER_USER, A, A, N, N, N, N, N),
            row(Operation.UPDATE_OTHER_USER, A, A, N, N, N, N, N),
            row(Operation.SET_ROLES, A, A, N, R, R, R, R),
            row(Operation.DELETE_USER, A, A, N, R, R, R, R),
            row(Operation.LOCK_USER, A, A, N, R, R, R, R),
            row(Operation.UNLOCK_USER, A, A, N, R, R, R, R),
            row(Operation.RESET_PASSWORD, A, A, N, R, R, R, R),
            row(Operation.IMPORT_USERS, A, A, N, R, R, R, R),
            row(Operation.CREATE_ORGANIZATION, A, R, R, R, R, R, R),
            row(Operation.UPDATE_ORGANIZATION, A, R, R, R, R, R, R),
            row(Operation.ADD_ORGANIZATION_ROLE, A, R, R, R, R, R, R),
            row(Operation.SET_DISTINGUISHED_NAME, A, R, R, R, R, R, R),
            row(Operation.ADD_PAYMENT_TYPES, A, R, R, R, R, R, R),
            row(Operation.EXPORT_AUDIT_LOG, A, R, R, R, R, R, R),
            row(Operation.READ_LDAP_SETTINGS, RA, RA, RN, RR, RR, RR, RR),
            row(Operation.TEST_LDAP_SETTINGS, RA, RA, RN, RR, RR, RR, RR),
            row(Operation.RETRIEVE_TIMER_EXPIRATIONS, A, R, R, R, R, R, R),
            row(Operation.REINIT_TIMERS, A, R, R, R, R, R, R),
            row(Operation.IMPORT_TECHNICAL_SERVICES, R, R, R, R, R, A, R),
            row(Operation.LIST_TECHNICAL_SERVICES, R, R, R, R, R, A, R),
            row(Operation.EXPORT_TECHNICAL_SERVICES, SR, SR, SR, SR, SR, SA, SR),
            row(Operation.DELETE_TECHNICAL_SERVICE, R, R, R, R, R, A, R),
            row(Operation.VALIDATE_COMMUNICATION, R, R, R, R, R, A, R),
            row(Operation.DEFINE_SERVICE, R, R, R, R, A, R, R),
            row(Operation.LIST_SERVICES, R, R, R, R, A, R, R),
            row(Operation.DEFINE_UPGRADE_OPTIONS, R, R, R, R, A, R, R),
            row(Operation.SAVE_CATEGORIES, R, A, R, R, R, R, R),
            row(Operation.LIST_CATEGORIES, A, A, A, A, A, A, A),
            row(Operation.TAG_CLOUD, A, A, A, A, A, A, A),
            row(Operation.REGISTER_CUSTOMER, R, R, R, R, A, R, R),
            row(Operation.LIST_CUSTOMERS, R, R, R, R, A, R, R),
            row(Operation.SAVE_VAT, R, R, R, R, A, R, R),
            row(Operation.GRANT_DISCOUNT, R, R, R, R, A, R, R),
            row(Operation.AVAILABLE_PAYMENT_TYPES, R, R, R, R, A, R, R),
            row(Operation.SAVE_PAYMENT_CONFIGURATION, R, R, R, R, A, R, R),
            row(Operation.REBUILD_SEARCH_INDEX, RA, RR, RR, RR, RR, RR, RR),
            row(Operation.GRANT_SUPPLIER, R, A, R, R, R, R, R),
            row(Operation.READ_MARKETPLACE, A, A, MA, MA, MA, MA, MA),
            row(Operation.LIST_OFFERED_SERVICES, SA, SA, SA, SA, SA, SA, SA),
            row(Operation.SAVE_BRANDING_URL, SR, SA, SR, SR, SR, SR, SR),
            row(Operation.READ_BRANDING_URL, SA, SA, SA, SA, SA, SA, SA),
            row(Operation.SAVE_CUSTOMER_PRICE_MODEL, R, R, R, R, A, R, R),
            row(Operation.READ_CUSTOMER_PRICE_MODEL, R, R, R, R, A, R, R),
            row(Operation.LIST_CUSTOMER_SERVICES, R, R, R, R, A, R, R),
            row(Operation.LIST_CUSTOMER_PRICE_MODELS, R, R, R, R, A, R, R),
            row(Operation.DELETE_CUSTOMER_PRICE_MODEL, R, R, R, R, A, R, R));

    private AuthorizationMatrix() {}

    private static Row row(Operation operation, Cell... cells) {
        return new Row(operation, List.of(cells));
    }
}
