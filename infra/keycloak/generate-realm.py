#!/usr/bin/env python3
"""Writes infra/keycloak/eelga-realm.json from infra/data/councils.csv.

The realm file is committed; run this again only when the council list or the demo users change.
It is a DEMO realm: fixed client secret, a direct-grant client and demo passwords must never reach production.
"""
import csv, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
COUNCILS = HERE.parent / "data" / "councils.csv"
OUT = HERE / "eelga-realm.json"
COUNCIL_IDP_OUT = HERE / "demo-council-idp-realm.json"  # Keycloak wants <realm>-realm.json

DEMO_PASSWORD = "eelga-demo"
TENANT_ADMIN_ROLES = ["manage-users", "view-users", "query-users", "manage-realm", "view-realm",
                      "manage-identity-providers", "view-identity-providers"]
DEMO_COUNCILS = ["norwich", "cambridge", "essex", "ipswich"]
COUNCIL_ROLES = {"officer": ["council-officer"], "leader": ["council-leader"], "admin": ["council-admin", "council-officer"]}
# None here: the platform's address comes from PUBLIC_URL (PORT, TEST_PORT), and keycloak.sh adds it as a redirect
# URI of the platform's client each time it starts Keycloak or finds it running.
PLATFORM_REDIRECTS = []

def user(email, first, last, roles):
    return {
        "username": email, "email": email, "emailVerified": True, "enabled": True,
        "firstName": first, "lastName": last,
        "credentials": [{"type": "password", "value": DEMO_PASSWORD, "temporary": False}],
        "realmRoles": roles,
    }

def token_mappers():
    return [
        {"name": "realm roles as roles", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-realm-role-mapper",
         "config": {"claim.name": "roles", "multivalued": "true", "jsonType.label": "String",
                    "access.token.claim": "true", "id.token.claim": "true", "userinfo.token.claim": "true"}},
        {"name": "platform api audience", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
         "config": {"included.custom.audience": "eelga-api", "access.token.claim": "true", "id.token.claim": "false"}},
    ]

def main():
    councils = list(csv.DictReader(COUNCILS.open()))
    users, orgs = [], []
    for c in councils:
        members = []
        if c["id"] in DEMO_COUNCILS:
            place = c["name"].replace(" City Council", "").replace(" County Council", "").replace(" Borough Council", "")
            for kind, roles in COUNCIL_ROLES.items():
                email = f"{kind}@{c['id']}.demo"
                users.append(user(email, kind.capitalize(), f"of {place}", roles))
                members.append({"username": email, "membershipType": "MANAGED"})
        orgs.append({
            "name": c["name"], "alias": c["id"], "enabled": True,
            "description": f"{c['kind'].capitalize()} council, {c['county_area']}",
            "domains": [{"name": f"{c['id']}.demo", "verified": False}],
            "members": members,
        })
    users.append(user("staff@eelga.demo", "Sam", "Staff", ["association-staff"]))
    users.append(user("admin@eelga.demo", "Alex", "Admin", ["association-admin", "association-staff"]))
    # Signs in but belongs to no council: shows the "not linked to a member council" page.
    users.append(user("unlinked@nowhere.demo", "Una", "Linked", ["council-officer"]))
    # The platform's own service account: creates organisations, invites and manages council users through the
    # Keycloak Admin Client, so council admins never need realm-admin rights. Only the realm-management roles
    # that needs: users (manage/view/query), organisations (manage-realm/view-realm in Keycloak 26) and the
    # identity providers councils sign in with (manage/view-identity-providers).
    users.append({
        "username": "service-account-eelga-tenant-admin", "enabled": True,
        "serviceAccountClientId": "eelga-tenant-admin",
        "clientRoles": {"realm-management": TENANT_ADMIN_ROLES},
    })

    realm = {
        "realm": "eelga", "displayName": "East of England LGA", "enabled": True,
        "loginTheme": "eelga",  # infra/keycloak/themes/eelga, copied into Keycloak by keycloak.sh
        "emailTheme": "eelga",  # the invitation and password-reset emails in plain words
        "organizationsEnabled": True, "loginWithEmailAllowed": True, "duplicateEmailsAllowed": False,
        "sslRequired": "external", "bruteForceProtected": True,
        # a password set from an invitation or a reset: 10 characters at least, not the person's name or address
        "passwordPolicy": "length(10) and notUsername and notEmail",
        "internationalizationEnabled": True, "supportedLocales": ["en-GB", "en"], "defaultLocale": "en-GB",
        "accessTokenLifespan": 300, "ssoSessionIdleTimeout": 3600,
        # Invitations (execute-actions emails) go to a local SMTP server: GreenMail in tests, SMTP_PORT
        # (Keycloak resolves the placeholder from its environment at import; infra/lib/common.sh sets it).
        "smtpServer": {"host": "127.0.0.1", "port": "${SMTP_PORT:2525}", "from": "no-reply@eelga.demo",
                       "fromDisplayName": "East of England LGA member platform", "auth": "false", "ssl": "false",
                       "starttls": "false"},
        "roles": {"realm": [
            {"name": "council-officer", "description": "Officer of a member council"},
            {"name": "council-leader", "description": "Leader of a member council"},
            {"name": "council-admin", "description": "Manages their own council's users"},
            {"name": "association-staff", "description": "EELGA staff"},
            {"name": "association-admin", "description": "EELGA administrator"},
        ]},
        "clients": [
            {"clientId": "eelga-platform", "name": "EELGA member platform", "enabled": True,
             "protocol": "openid-connect", "publicClient": False, "secret": "eelga-platform-dev-secret",
             "standardFlowEnabled": True, "directAccessGrantsEnabled": False, "implicitFlowEnabled": False,
             "serviceAccountsEnabled": False, "frontchannelLogout": False,
             "redirectUris": PLATFORM_REDIRECTS, "webOrigins": ["+"],
             "attributes": {"pkce.code.challenge.method": "S256", "post.logout.redirect.uris": "##".join(PLATFORM_REDIRECTS)},
             "defaultClientScopes": ["profile", "email", "roles", "web-origins", "basic", "organization"],
             "protocolMappers": token_mappers()},
            # Demo realm only: lets scripts and tests get bearer tokens with a username and password.
            {"clientId": "eelga-cli", "name": "EELGA API scripts (demo only)", "enabled": True,
             "protocol": "openid-connect", "publicClient": True,
             "standardFlowEnabled": False, "directAccessGrantsEnabled": True,
             "defaultClientScopes": ["profile", "email", "roles", "web-origins", "basic", "organization"],
             "protocolMappers": token_mappers()},
            {"clientId": "eelga-tenant-admin", "name": "EELGA platform service account (tenant administration)",
             "enabled": True, "protocol": "openid-connect", "publicClient": False,
             "secret": "eelga-tenant-admin-dev-secret", "serviceAccountsEnabled": True,
             "standardFlowEnabled": False, "directAccessGrantsEnabled": False, "implicitFlowEnabled": False},
        ],
        "users": users,
        "organizations": orgs,
    }
    OUT.write_text(json.dumps(realm, indent=2) + "\n")
    print(f"wrote {OUT} with {len(orgs)} organisations and {len(users)} users")
    COUNCIL_IDP_OUT.write_text(json.dumps(council_idp_realm(), indent=2) + "\n")
    print(f"wrote {COUNCIL_IDP_OUT}")

# A second realm standing in for a council's own identity provider (most councils use Microsoft Entra ID).
# Staff link a council to it on the console's "Council sign-in" page; the tests link it through the API.
# Its people exist only here: they reach the platform through Keycloak's organisation identity-provider
# linking, never with an eelga-realm password.
COUNCIL_IDP_USERS = [
    ("jo.bloggs@brokervale.demo", "Jo", "Bloggs"),      # tests: a council onboarded by CouncilSignInProviderIT
    ("sam.smith@broadland.demo", "Sam", "Smith"),       # demo: Broadland District Council
    ("priya.patel@broadland.demo", "Priya", "Patel"),
]
# Keycloak ports of the checkouts that may run side by side (KEYCLOAK_PORT 8180-8199).
BROKER_REDIRECTS = [f"http://{host}:{port}/realms/eelga/broker/*"
                    for port in range(8180, 8200) for host in ("localhost", "127.0.0.1")]

def council_idp_realm():
    return {
        "realm": "demo-council-idp", "displayName": "Demo council identity provider (stands in for Entra ID)",
        "enabled": True, "loginWithEmailAllowed": True, "sslRequired": "external",
        "clients": [
            {"clientId": "eelga-platform-broker", "name": "East of England LGA member platform",
             "enabled": True, "protocol": "openid-connect", "publicClient": False,
             "secret": "council-idp-dev-secret", "standardFlowEnabled": True,
             "directAccessGrantsEnabled": False, "redirectUris": BROKER_REDIRECTS,
             "defaultClientScopes": ["profile", "email", "basic"]},
        ],
        "users": [{
            "username": email, "email": email, "emailVerified": True, "enabled": True,
            "firstName": first, "lastName": last,
            "credentials": [{"type": "password", "value": DEMO_PASSWORD, "temporary": False}],
        } for email, first, last in COUNCIL_IDP_USERS],
    }

if __name__ == "__main__":
    main()
