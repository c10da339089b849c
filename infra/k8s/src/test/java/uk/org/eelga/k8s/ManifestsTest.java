package uk.org.eelga.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the Kustomize base and the production overlay and checks every resource: built-in kinds against the
 * Kubernetes API model (fabric8), custom resources against the operators' CRD schemas (schemas/), then what a
 * schema cannot say: the platform's pods are hardened and probed, selectors meet their pods, only the platform
 * reaches its database, Secrets are referenced and documented but never committed, the production realm has no
 * demo users and no direct-grant client.
 */
class ManifestsTest {

    static final Path K8S = Path.of("").toAbsolutePath();
    static final Path ROOT = K8S.getParent().getParent();
    static final CrdSchemas SCHEMAS = new CrdSchemas(K8S.resolve("schemas"));

    static List<ObjectNode> production() {
        return Kustomize.build(K8S.resolve("overlays/production"));
    }

    static List<ObjectNode> rendered(String dir) {
        return Kustomize.build(K8S.resolve(dir));
    }

    static String key(JsonNode r) {
        return r.path("kind").asText() + "/" + Kustomize.name(r);
    }

    static <T> T one(List<ObjectNode> resources, String kind, String name, Class<T> type) {
        return KubernetesModel.read(Kustomize.find(resources, kind, name), type);
    }

    static List<ObjectNode> ofKind(List<ObjectNode> resources, String kind) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .toList();
    }

    // --- every resource against its schema -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void every_resource_is_valid_against_the_kubernetes_model_or_its_operators_crd_schema(String dir) {
        Map<String, List<String>> problems = new TreeMap<>();
        for (ObjectNode r : rendered(dir)) {
            String apiVersion = r.path("apiVersion").asText();
            String kind = r.path("kind").asText();
            List<String> found;
            if (KubernetesModel.knows(apiVersion, kind)) {
                found = KubernetesModel.problems(r);
            } else if (SCHEMAS.knows(apiVersion, kind)) {
                found = SCHEMAS.problems(r);
            } else {
                found = List.of("neither a known Kubernetes kind nor a vendored CRD: " + apiVersion + " " + kind);
            }
            if (!found.isEmpty()) {
                problems.put(key(r), found);
            }
            assertThat(Kustomize.name(r)).as("name of a " + kind).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
        }
        assertThat(problems).as("schema problems in " + dir).isEmpty();
    }

    @Test
    void the_production_overlay_has_every_kind_the_installation_needs() {
        Set<String> kinds =
                production().stream().map(r -> r.path("kind").asText()).collect(Collectors.toSet());
        assertThat(kinds)
                .contains(
                        "Namespace",
                        "Deployment",
                        "Service",
                        "PodDisruptionBudget",
                        "Ingress",
                        "NetworkPolicy",
                        "Cluster",
                        "ObjectStore",
                        "ScheduledBackup",
                        "Keycloak",
                        "KeycloakRealmImport");
        assertThat(production()).allSatisfy(r -> {
            if (!r.path("kind").asText().equals("Namespace")) {
                assertThat(r.path("metadata").path("namespace").asText())
                        .as(key(r))
                        .isEqualTo("eelga");
            }
            assertThat(r.path("metadata")
                            .path("labels")
                            .path("app.kubernetes.io/part-of")
                            .asText())
                    .as(key(r))
                    .isEqualTo("eelga");
        });
    }

    @Test
    void the_validators_refuse_what_the_api_server_and_the_operators_would() {
        List<ObjectNode> resources = production();
        ObjectNode deployment =
                Kustomize.find(resources, "Deployment", "platform").deepCopy();
        ((ObjectNode) deployment.get("spec")).put("replica", 2);
        assertThat(KubernetesModel.problems(deployment))
                .anySatisfy(p -> assertThat(p).contains("replica"));

        ObjectNode badType = Kustomize.find(resources, "Deployment", "platform").deepCopy();
        ((ObjectNode) badType.get("spec")).put("replicas", "two");
        assertThat(KubernetesModel.problems(badType)).isNotEmpty();

        ObjectNode cluster = Kustomize.find(resources, "Cluster", "platform-db").deepCopy();
        ((ObjectNode) cluster.get("spec")).put("instances", "three");
        assertThat(SCHEMAS.problems(cluster)).anySatisfy(p -> assertThat(p).contains("instances"));

        ObjectNode keycloak = Kustomize.find(resources, "Keycloak", "keycloak").deepCopy();
        ((ObjectNode) keycloak.get("spec")).putObject("hostnme").put("hostname", "x");
        assertThat(SCHEMAS.problems(keycloak)).anySatisfy(p -> assertThat(p).contains("hostnme"));

        ObjectNode backup = Kustomize.find(resources, "ScheduledBackup", "platform-db-nightly")
                .deepCopy();
        ((ObjectNode) backup.get("spec")).remove("cluster");
        ((ObjectNode) backup.get("spec")).put("method", "tape");
        assertThat(SCHEMAS.problems(backup)).hasSizeGreaterThanOrEqualTo(2);

        ObjectNode realm =
                Kustomize.find(resources, "KeycloakRealmImport", "eelga-realm").deepCopy();
        ((ObjectNode) realm.get("spec").get("realm")).put("accessTokenLifespan", "five minutes");
        assertThat(SCHEMAS.problems(realm)).anySatisfy(p -> assertThat(p).contains("accessTokenLifespan"));
    }

    @Test
    void the_vendored_schemas_say_where_they_came_from() {
        for (String type : List.of(
                "postgresql.cnpg.io/v1 Cluster",
                "postgresql.cnpg.io/v1 ScheduledBackup",
                "barmancloud.cnpg.io/v1 ObjectStore",
                "k8s.keycloak.org/v2alpha1 Keycloak",
                "k8s.keycloak.org/v2alpha1 KeycloakRealmImport")) {
            String[] parts = type.split(" ");
            JsonNode source = SCHEMAS.source(parts[0], parts[1]);
            assertThat(source).as(type).isNotNull();
            assertThat(source.path("repository").asText()).as(type).isNotBlank();
            assertThat(source.path("version").asText()).as(type).matches("v?\\d+\\.\\d+\\.\\d+");
            assertThat(source.path("commit").asText()).as(type).matches("[0-9a-f]{40}");
        }
    }

    // --- the renderer is honest ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void the_test_renderer_gives_what_kubectl_kustomize_gives(String dir) throws Exception {
        String kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(p -> Path.of(p, "kubectl"))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst()
                .orElse(null);
        assumeTrue(kubectl != null, "kubectl is not installed here: the renderer's output is validated alone");
        Process p = new ProcessBuilder(kubectl, "kustomize", K8S.resolve(dir).toString())
                .redirectErrorStream(false)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        Path tmp = Files.createTempFile("kustomize", ".yaml");
        Files.writeString(tmp, out);
        Map<String, JsonNode> theirs = new TreeMap<>();
        Kustomize.readAll(tmp).forEach(r -> theirs.put(key(r), r));
        Files.delete(tmp);
        Map<String, JsonNode> ours = new TreeMap<>();
        rendered(dir).forEach(r -> ours.put(key(r), r));
        assertThat(ours.keySet()).isEqualTo(theirs.keySet());
        ours.forEach((k, r) -> assertThat(normalised(r)).as(k).isEqualTo(normalised(theirs.get(k))));
    }

    /** Kustomize writes numbers-as-strings and key order its own way; compare the trees as JSON values. */
    private static JsonNode normalised(JsonNode node) {
        try {
            return Kustomize.YAML.readTree(Kustomize.YAML.writeValueAsString(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the platform's pods --------------------------------------------------------------------------------

    @Test
    void the_platform_runs_at_least_two_hardened_probed_pods_with_a_writable_tmp_only() {
        Deployment d = one(production(), "Deployment", "platform", Deployment.class);
        assertThat(d.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(d.getSpec()
                        .getStrategy()
                        .getRollingUpdate()
                        .getMaxUnavailable()
                        .getIntVal())
                .isZero();
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getVolumes()).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo("tmp");
            assertThat(v.getEmptyDir()).isNotNull();
        });
        List<Container> all = new ArrayList<>(pod.getContainers());
        all.addAll(pod.getInitContainers());
        for (Container c : all) {
            // Pod Security 'restricted', and a read-only root with /tmp the only volume mounted writable.
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem())
                    .as(c.getName())
                    .isTrue();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation())
                    .as(c.getName())
                    .isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop())
                    .as(c.getName())
                    .containsExactly("ALL");
            assertThat(c.getVolumeMounts()).as(c.getName()).singleElement().satisfies(m -> {
                assertThat(m.getName()).isEqualTo("tmp");
                assertThat(m.getMountPath()).isEqualTo("/tmp");
            });
            assertThat(c.getResources().getLimits()).as(c.getName()).containsKey("memory");
            assertThat(c.getResources().getRequests()).as(c.getName()).containsKeys("memory", "cpu");
            assertThat(c.getImage())
                    .as(c.getName())
                    .startsWith("registry.example.org/eelga/platform:")
                    .doesNotEndWith(":latest");
        }
        Container web = pod.getContainers().get(0);
        Set<String> ports = web.getPorts().stream().map(p -> p.getName()).collect(Collectors.toSet());
        for (Probe probe : List.of(web.getStartupProbe(), web.getReadinessProbe(), web.getLivenessProbe())) {
            assertThat(probe).isNotNull();
            assertThat(probe.getHttpGet().getPath()).startsWith("/health");
            assertThat(ports).contains(probe.getHttpGet().getPort().getStrVal());
        }
        // Liveness never depends on the database or Keycloak (an outage must not restart every pod).
        assertThat(web.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/health/liveness");
        assertThat(web.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health/readiness");
        // The probe paths are the ones the image test checks on the running image.
        assertThat(read(ROOT.resolve("infra/image/test-image.sh"))).contains("/health/liveness /health/readiness");
    }

    @Test
    void migrations_run_in_the_init_container_which_alone_holds_the_owners_password() {
        PodSpec pod = one(production(), "Deployment", "platform", Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec();
        Container migrate = pod.getInitContainers().get(0);
        assertThat(String.join(" ", migrate.getCommand())).endsWith("uk.org.eelga.platform.database.MigrateSchema");
        assertThat(ROOT.resolve("app/src/main/java/uk/org/eelga/platform/database/MigrateSchema.java"))
                .exists();
        assertThat(names(migrate.getEnv())).contains("PG_OWNER_PASSWORD");
        Container web = pod.getContainers().get(0);
        assertThat(names(web.getEnv())).doesNotContain("PG_OWNER_PASSWORD", "PG_OWNER_USER");
        assertThat(web.getEnv()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("EELGA_DATABASE_MIGRATE_AT_START");
            assertThat(e.getValue()).isEqualTo("false");
        });
        assertThat(migrate.getImage()).isEqualTo(web.getImage());
    }

    @Test
    void service_budget_and_ingress_reach_the_platforms_pods_with_sticky_sessions_tls_and_headers() {
        List<ObjectNode> resources = production();
        Deployment d = one(resources, "Deployment", "platform", Deployment.class);
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());
        Service service = one(resources, "Service", "platform", Service.class);
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        PodDisruptionBudget pdb = one(resources, "PodDisruptionBudget", "platform", PodDisruptionBudget.class);
        assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        assertThat(pdb.getSpec().getMinAvailable().getIntVal())
                .isBetween(1, d.getSpec().getReplicas() - 1);

        Ingress ingress = one(resources, "Ingress", "platform", Ingress.class);
        Map<String, String> a = ingress.getMetadata().getAnnotations();
        assertThat(a).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        assertThat(a).containsEntry("nginx.ingress.kubernetes.io/session-cookie-secure", "true");
        assertThat(a).containsEntry("nginx.ingress.kubernetes.io/force-ssl-redirect", "true");
        String headers = a.get("nginx.ingress.kubernetes.io/custom-headers");
        assertThat(headers).isEqualTo("eelga/security-headers");
        JsonNode headerMap =
                Kustomize.find(resources, "ConfigMap", "security-headers").get("data");
        assertThat(headerMap.path("X-Frame-Options").asText()).isEqualTo("DENY");
        assertThat(headerMap.path("X-Content-Type-Options").asText()).isEqualTo("nosniff");
        assertThat(headerMap.path("Content-Security-Policy").asText()).contains("frame-ancestors 'none'");
        assertThat(headerMap.path("Referrer-Policy").asText()).isNotBlank();
        for (String name : List.of("platform", "keycloak")) {
            Ingress i = one(resources, "Ingress", name, Ingress.class);
            Set<String> tlsHosts = i.getSpec().getTls().stream()
                    .flatMap(t -> t.getHosts().stream())
                    .collect(Collectors.toSet());
            i.getSpec().getRules().forEach(rule -> {
                assertThat(tlsHosts).as(name).contains(rule.getHost());
                rule.getHttp().getPaths().forEach(path -> {
                    String backend = path.getBackend().getService().getName();
                    if (backend.equals("platform")) {
                        assertThat(service.getSpec().getPorts()).anySatisfy(p -> assertThat(p.getName())
                                .isEqualTo(
                                        path.getBackend().getService().getPort().getName()));
                    } else {
                        // The Keycloak operator's Service: <Keycloak name>-service, port 8080 with HTTP enabled.
                        assertThat(backend).isEqualTo("keycloak-service");
                        assertThat(path.getBackend().getService().getPort().getNumber())
                                .isEqualTo(8080);
                    }
                });
            });
        }
        // The admin console is not public.
        assertThat(one(resources, "Ingress", "keycloak", Ingress.class)
                        .getSpec()
                        .getRules()
                        .get(0)
                        .getHttp()
                        .getPaths())
                .allSatisfy(p -> assertThat(p.getPath()).isIn("/realms/", "/resources/"));
    }

    @Test
    void the_public_addresses_agree_across_config_ingresses_keycloak_and_the_realm() {
        List<ObjectNode> resources = production();
        JsonNode config =
                Kustomize.find(resources, "ConfigMap", "platform-config").get("data");
        String platformHost = one(resources, "Ingress", "platform", Ingress.class)
                .getSpec()
                .getRules()
                .get(0)
                .getHost();
        String loginHost = one(resources, "Ingress", "keycloak", Ingress.class)
                .getSpec()
                .getRules()
                .get(0)
                .getHost();
        assertThat(config.path("PUBLIC_URL").asText()).isEqualTo("https://" + platformHost);
        assertThat(config.path("KEYCLOAK_PUBLIC_URL").asText()).isEqualTo("https://" + loginHost);
        JsonNode keycloak = Kustomize.find(resources, "Keycloak", "keycloak").get("spec");
        assertThat(keycloak.path("hostname").path("hostname").asText()).isEqualTo("https://" + loginHost);
        assertThat(config.path("KEYCLOAK_URL").asText()).isEqualTo("http://keycloak-service:8080");
        JsonNode realm = Kustomize.find(resources, "KeycloakRealmImport", "eelga-realm")
                .get("spec")
                .get("realm");
        for (JsonNode client : realm.get("clients")) {
            for (JsonNode uri : client.path("redirectUris")) {
                assertThat(uri.asText()).isEqualTo("https://" + platformHost + "/*");
            }
        }
        assertThat(config.path("PG_HOST").asText()).isEqualTo("platform-db-rw");
        assertThat(keycloak.path("db").path("host").asText()).isEqualTo("keycloak-db-rw");
        Kustomize.find(resources, "Cluster", "platform-db");
        Kustomize.find(resources, "Cluster", "keycloak-db");
    }

    // --- databases and backups -------------------------------------------------------------------------------

    @Test
    void each_database_cluster_has_three_instances_continuous_archiving_and_a_nightly_backup() {
        List<ObjectNode> resources = production();
        for (ObjectNode cluster : ofKind(resources, "Cluster")) {
            String name = Kustomize.name(cluster);
            JsonNode spec = cluster.get("spec");
            assertThat(spec.path("instances").asInt()).as(name).isEqualTo(3);
            assertThat(spec.path("enableSuperuserAccess").asBoolean(true))
                    .as(name)
                    .isFalse();
            JsonNode plugin = spec.path("plugins").get(0);
            assertThat(plugin.path("name").asText()).as(name).isEqualTo("barman-cloud.cloudnative-pg.io");
            assertThat(plugin.path("isWALArchiver").asBoolean()).as(name).isTrue();
            JsonNode store = Kustomize.find(
                    resources,
                    "ObjectStore",
                    plugin.path("parameters").path("barmanObjectName").asText());
            assertThat(store.path("spec")
                            .path("configuration")
                            .path("destinationPath")
                            .asText())
                    .as(name)
                    .startsWith("s3://")
                    .endsWith("/" + name);
            assertThat(ofKind(resources, "ScheduledBackup")).as(name).anySatisfy(b -> {
                assertThat(b.path("spec").path("cluster").path("name").asText()).isEqualTo(name);
                assertThat(b.path("spec").path("method").asText()).isEqualTo("plugin");
                assertThat(b.path("spec")
                                .path("pluginConfiguration")
                                .path("name")
                                .asText())
                        .isEqualTo("barman-cloud.cloudnative-pg.io");
            });
        }
        // The platform's roles as infra/postgres/postgres.sh makes them: the app owns nothing and cannot bypass RLS.
        JsonNode roles = Kustomize.find(resources, "Cluster", "platform-db")
                .get("spec")
                .get("managed")
                .get("roles");
        JsonNode app = null;
        for (JsonNode role : roles) {
            if (role.path("name").asText().equals("eelga_app")) {
                app = role;
            }
        }
        assertThat(app).isNotNull();
        assertThat(app.path("bypassrls").asBoolean(true)).isFalse();
        assertThat(app.path("inherit").asBoolean(true)).isFalse();
        assertThat(read(ROOT.resolve("infra/postgres/postgres.sh")))
                .contains("CREATE ROLE eelga_app LOGIN NOBYPASSRLS")
                .contains("ALTER ROLE eelga_app NOINHERIT");
    }

    @Test
    void only_the_platform_reaches_its_database_and_only_keycloak_reaches_its_own() {
        List<ObjectNode> resources = production();
        List<NetworkPolicy> policies = ofKind(resources, "NetworkPolicy").stream()
                .map(r -> KubernetesModel.read(r, NetworkPolicy.class))
                .toList();
        assertThat(policies).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).containsExactly("Ingress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
        });
        Map<String, String> platformPods = one(resources, "Deployment", "platform", Deployment.class)
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getLabels();
        checkOnlyAllowed(policies, "platform-db", peer -> selects(peer, platformPods));
        checkOnlyAllowed(
                policies,
                "keycloak-db",
                peer -> peer.getPodSelector() != null
                        && peer.getNamespaceSelector() == null
                        && Map.of("app.kubernetes.io/managed-by", "keycloak-operator")
                                .equals(peer.getPodSelector().getMatchLabels()));
        // And the platform's pods are no Keycloak: no policy for Keycloak's database selects them.
        assertThat(platformPods).doesNotContainKey("app.kubernetes.io/managed-by");
    }

    /** Every peer allowed into the cluster's pods is its own instances, the operator, or the one client. */
    private static void checkOnlyAllowed(
            List<NetworkPolicy> policies, String cluster, java.util.function.Predicate<NetworkPolicyPeer> client) {
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> p.getSpec().getPodSelector().getMatchLabels() != null
                        && cluster.equals(
                                p.getSpec().getPodSelector().getMatchLabels().get("cnpg.io/cluster")))
                .toList();
        assertThat(selecting).as(cluster).isNotEmpty();
        boolean clientAllowed = false;
        for (NetworkPolicy p : selecting) {
            for (var rule : p.getSpec().getIngress()) {
                assertThat(rule.getFrom())
                        .as(cluster + ": a rule without 'from' would let anyone in")
                        .isNotEmpty();
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    boolean own = peer.getNamespaceSelector() == null
                            && Map.of("cnpg.io/cluster", cluster)
                                    .equals(peer.getPodSelector().getMatchLabels());
                    boolean operator = peer.getNamespaceSelector() != null
                            && Map.of("kubernetes.io/metadata.name", "cnpg-system")
                                    .equals(peer.getNamespaceSelector().getMatchLabels())
                            && Map.of("app.kubernetes.io/name", "cloudnative-pg")
                                    .equals(peer.getPodSelector().getMatchLabels());
                    boolean isClient = client.test(peer);
                    assertThat(own || operator || isClient)
                            .as(cluster + " lets in " + peer)
                            .isTrue();
                    assertThat(peer.getIpBlock()).as(cluster).isNull();
                    if (isClient) {
                        clientAllowed = true;
                        assertThat(rule.getPorts()).singleElement().satisfies(port -> assertThat(
                                        port.getPort().getIntVal())
                                .isEqualTo(5432));
                    }
                }
            }
        }
        assertThat(clientAllowed).as(cluster + ": its client is let in").isTrue();
    }

    private static boolean selects(NetworkPolicyPeer peer, Map<String, String> labels) {
        return peer.getNamespaceSelector() == null
                && peer.getPodSelector() != null
                && peer.getPodSelector().getMatchLabels() != null
                && labels.entrySet()
                        .containsAll(peer.getPodSelector().getMatchLabels().entrySet());
    }

    // --- secrets ---------------------------------------------------------------------------------------------

    @Test
    void secrets_are_referenced_by_name_documented_in_the_example_and_never_committed() throws IOException {
        List<ObjectNode> resources = production();
        assertThat(ofKind(resources, "Secret")).as("Secrets in the manifests").isEmpty();
        Map<String, Set<String>> referenced = new TreeMap<>();
        for (ObjectNode r : resources) {
            collectSecretRefs(r, referenced);
        }
        Map<String, Set<String>> documented = new TreeMap<>();
        for (JsonNode secret : Kustomize.readAll(K8S.resolve("secrets.example.yaml"))) {
            assertThat(secret.path("kind").asText()).isEqualTo("Secret");
            Set<String> keys = new TreeSet<>();
            secret.path("stringData").fields().forEachRemaining(e -> {
                keys.add(e.getKey());
                if (!e.getKey().equals("username")) {
                    assertThat(e.getValue().asText())
                            .as("example value of " + e.getKey())
                            .startsWith("CHANGE-ME");
                }
            });
            assertThat(secret.has("data")).isFalse();
            documented.put(Kustomize.name(secret), keys);
        }
        assertThat(referenced).isNotEmpty();
        referenced.forEach((name, keys) -> {
            assertThat(documented).as("secrets.example.yaml documents " + name).containsKey(name);
            assertThat(documented.get(name)).as("keys of " + name).containsAll(keys);
        });
        assertThat(documented.keySet()).as("documented but unused").isEqualTo(referenced.keySet());
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path k : files.filter(f -> f.getFileName().toString().equals("kustomization.yaml"))
                    .toList()) {
                for (JsonNode resource : Kustomize.readAll(k).get(0).path("resources")) {
                    assertThat(resource.asText()).as(k.toString()).doesNotContain("secret");
                }
            }
        }
    }

    /** Secret name → keys, from every place our manifests name a Secret. */
    private static void collectSecretRefs(JsonNode node, Map<String, Set<String>> refs) {
        if (node.isObject()) {
            if (node.has("secretKeyRef")) {
                add(
                        refs,
                        node.get("secretKeyRef").path("name").asText(),
                        node.get("secretKeyRef").path("key").asText());
            }
            for (String field : List.of("usernameSecret", "passwordSecret", "accessKeyId", "secretAccessKey")) {
                JsonNode ref = node.get(field);
                if (ref != null && ref.has("name")) {
                    add(
                            refs,
                            ref.path("name").asText(),
                            ref.has("key") ? ref.path("key").asText() : null);
                }
            }
            // CloudNativePG's basic-auth Secrets (initdb owner, managed roles) and Keycloak's bootstrap admin.
            if (node.has("initdb") && node.get("initdb").has("secret")) {
                String name = node.get("initdb").get("secret").path("name").asText();
                add(refs, name, "username");
                add(refs, name, "password");
            }
            if (node.has("inRoles") && node.has("passwordSecret")) {
                add(refs, node.get("passwordSecret").path("name").asText(), "username");
                add(refs, node.get("passwordSecret").path("name").asText(), "password");
            }
            if (node.has("bootstrapAdmin")) {
                String name =
                        node.get("bootstrapAdmin").path("user").path("secret").asText();
                add(refs, name, "username");
                add(refs, name, "password");
            }
            if (node.has("placeholders")) {
                node.get("placeholders")
                        .fields()
                        .forEachRemaining(e -> add(
                                refs,
                                e.getValue().path("secret").path("name").asText(),
                                e.getValue().path("secret").path("key").asText()));
            }
            if (node.has("secretName")) {
                add(refs, node.get("secretName").asText(), "tls.crt");
                add(refs, node.get("secretName").asText(), "tls.key");
            }
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("realm")) {
                    collectSecretRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectSecretRefs(n, refs));
        }
    }

    private static void add(Map<String, Set<String>> refs, String name, String key) {
        Set<String> keys = refs.computeIfAbsent(name, n -> new TreeSet<>());
        if (key != null) {
            keys.add(key);
        }
    }

    // --- the production realm --------------------------------------------------------------------------------

    @Test
    void the_production_realm_has_no_demo_users_no_direct_grants_and_no_committed_secrets() throws IOException {
        JsonNode spec = Kustomize.find(production(), "KeycloakRealmImport", "eelga-realm")
                .get("spec");
        assertThat(spec.path("keycloakCRName").asText()).isEqualTo("keycloak");
        JsonNode realm = spec.get("realm");
        assertThat(realm.path("realm").asText()).isEqualTo("eelga");
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("serviceAccountClientId").asText())
                    .as(user.path("username").asText())
                    .isNotBlank();
            assertThat(user.has("credentials")).isFalse();
        }
        for (JsonNode client : realm.get("clients")) {
            String id = client.path("clientId").asText();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false))
                    .as(id)
                    .isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean(false))
                    .as(id)
                    .isFalse();
            assertThat(id).isNotEqualTo("eelga-cli");
            if (!client.path("publicClient").asBoolean(false)) {
                assertThat(client.path("secret").asText()).as(id).matches("\\$\\{[A-Z_]+}");
            }
        }
        String text = Kustomize.YAML.writeValueAsString(realm);
        assertThat(text).doesNotContain("dev-secret", "eelga-demo", ".demo\"", "localhost", "127.0.0.1", "http://");
        // Every ${PLACEHOLDER} in the realm comes from a Secret, and every Secret placeholder is used.
        Set<String> used = new HashSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z_]+)(:[^}]*)?}").matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> defined = new HashSet<>();
        spec.get("placeholders").fieldNames().forEachRemaining(defined::add);
        assertThat(used).isEqualTo(defined);
    }

    @Test
    void the_production_realm_keeps_the_demo_realms_roles_clients_mappers_and_councils() throws IOException {
        JsonNode demo = Kustomize.YAML.readTree(
                ROOT.resolve("infra/keycloak/eelga-realm.json").toFile());
        JsonNode prod = Kustomize.find(production(), "KeycloakRealmImport", "eelga-realm")
                .get("spec")
                .get("realm");
        assertThat(prod.get("roles")).isEqualTo(demo.get("roles"));
        Map<String, JsonNode> demoClients = new HashMap<>();
        demo.get("clients").forEach(c -> demoClients.put(c.path("clientId").asText(), c));
        Set<String> prodClients = new HashSet<>();
        for (JsonNode c : prod.get("clients")) {
            String id = c.path("clientId").asText();
            prodClients.add(id);
            assertThat(c.path("protocolMappers"))
                    .as(id)
                    .isEqualTo(demoClients.get(id).path("protocolMappers"));
            assertThat(c.path("defaultClientScopes"))
                    .as(id)
                    .isEqualTo(demoClients.get(id).path("defaultClientScopes"));
        }
        Set<String> expected = new HashSet<>(demoClients.keySet());
        expected.remove("eelga-cli");
        assertThat(prodClients).isEqualTo(expected);
        Set<String> demoCouncils = new TreeSet<>();
        demo.get("organizations").forEach(o -> demoCouncils.add(o.path("alias").asText()));
        Set<String> prodCouncils = new TreeSet<>();
        prod.get("organizations").forEach(o -> {
            prodCouncils.add(o.path("alias").asText());
            assertThat(o.path("members")).as(o.path("alias").asText()).isEmpty();
        });
        assertThat(prodCouncils).isEqualTo(demoCouncils);
        JsonNode serviceAccount = prod.get("users").get(0);
        JsonNode demoServiceAccount = null;
        for (JsonNode u : demo.get("users")) {
            if (u.has("serviceAccountClientId")) {
                demoServiceAccount = u;
            }
        }
        assertThat(serviceAccount).isEqualTo(demoServiceAccount);
    }

    private static Set<String> names(List<EnvVar> env) {
        return env.stream().map(EnvVar::getName).collect(Collectors.toSet());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
