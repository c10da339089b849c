package uk.org.eelga.tenancy.keycloak;

import java.util.Set;

/** A Keycloak organisation: its id, alias (the council id), name and email domains. */
public record KeycloakOrganisation(String id, String alias, String name, Set<String> domains) {}
