package org.bss.system.matrix;

/** The operations in the matrix (issue 4, the LDAP and timer operations of issue 11, the technical services, services, customers and customer price models of issue 13): the rows of {@link AuthorizationMatrix#TABLE}. */
enum Operation {
    CREATE_USER("create user", UserProbes.createUser()),
    LIST_USERS("list users", UserProbes.listUsers()),
    GET_OTHER_USER("get other user", UserProbes.getOtherUser()),
    UPDATE_OTHER_USER("update other user", UserProbes.updateOtherUser()),
    SET_ROLES("set roles", UserProbes.setRoles()),
    DELETE_USER("delete user", UserProbes.deleteUser()),
    LOCK_USER("lock", UserProbes.lock()),
    UNLOCK_USER("unlock", UserProbes.unlock()),
    RESET_PASSWORD("reset password", UserProbes.resetPassword()),
    IMPORT_USERS("import users", UserProbes.importUsers()),
    CREATE_ORGANIZATION("create organization", OrganizationProbes.create()),
    UPDATE_ORGANIZATION("update organization", OrganizationProbes.update()),
    ADD_ORGANIZATION_ROLE("add organization role", OrganizationProbes.addRole()),
    SET_DISTINGUISHED_NAME("set distinguished name", OrganizationProbes.setDistinguishedName()),
    ADD_PAYMENT_TYPES("add payment types", OrganizationProbes.addPaymentTypes()),
    EXPORT_AUDIT_LOG("export audit log", OrganizationProbes.exportAuditLog()),
    READ_LDAP_SETTINGS("read LDAP settings", LdapProbes.readSettings()),
    TEST_LDAP_SETTINGS("test LDAP settings", LdapProbes.testSettings()),
    RETRIEVE_TIMER_EXPIRATIONS("retrieve timer expirations", TimerProbes.retrieveExpirations()),
    REINIT_TIMERS("re-initialise timers", TimerProbes.reinit()),
    IMPORT_TECHNICAL_SERVICES("import technical services", TechnicalServiceProbes.importFile()),
    LIST_TECHNICAL_SERVICES("list technical services", TechnicalServiceProbes.list()),
    EXPORT_TECHNICAL_SERVICES("export technical services", TechnicalServiceProbes.export()),
    DELETE_TECHNICAL_SERVICE("delete technical service", TechnicalServiceProbes.delete()),
    VALIDATE_COMMUNICATION("validate technical service communication", TechnicalServiceProbes.validateCommunication()),
    DEFINE_SERVICE("define service", ServiceProbes.define()),
    LIST_SERVICES("list services", ServiceProbes.list()),
    DEFINE_UPGRADE_OPTIONS("define up/downgrade options", ServiceProbes.defineUpgradeOptions()),
    SAVE_CATEGORIES("save categories", CategoryProbes.save()),
    LIST_CATEGORIES("list categories", CategoryProbes.list()),
    TAG_CLOUD("read tag cloud", CategoryProbes.tagCloud()),
    REGISTER_CUSTOMER("register customer", CustomerProbes.register()),
    LIST_CUSTOMERS("list customers", CustomerProbes.list()),
    SAVE_VAT("save VAT", CustomerProbes.saveVat()),
    GRANT_DISCOUNT("grant customer discount", CustomerProbes.grantDiscount()),
    AVAILABLE_PAYMENT_TYPES("read payment types available to the seller", CustomerProbes.availablePaymentTypes()),
    SAVE_PAYMENT_CONFIGURATION("save payment types for new customers", CustomerProbes.savePaymentConfiguration()),
    REBUILD_SEARCH_INDEX("rebuild the search index", SearchProbes.rebuild()),
    GRANT_SUPPLIER("grant a supplier on a marketplace", MarketplaceProbes.grantSupplier()),
    READ_MARKETPLACE("read a marketplace", MarketplaceProbes.read()),
    LIST_OFFERED_SERVICES("list a marketplace's services", MarketplaceProbes.offered()),
    SAVE_BRANDING_URL("save a marketplace's branding URL", MarketplaceProbes.saveBrandingUrl()),
    READ_BRANDING_URL("read a marketplace's branding URL", MarketplaceProbes.readBrandingUrl()),
    SAVE_CUSTOMER_PRICE_MODEL("save a customer price model", CustomerPriceModelProbes.save()),
    READ_CUSTOMER_PRICE_MODEL("read a customer price model", CustomerPriceModelProbes.read()),
    LIST_CUSTOMER_SERVICES("list a customer's customer-specific services", CustomerPriceModelProbes.listOfCustomer()),
    LIST_CUSTOMER_PRICE_MODELS("list all customer price models", CustomerPriceModelProbes.listAll()),
    DELETE_CUSTOMER_PRICE_MODEL("delete a customer price model", CustomerPriceModelProbes.delete());

    final String title;
    final Probe probe;

    Operation(String title, Probe probe) {
        this.title = title;
        this.probe = probe;
    }
}
