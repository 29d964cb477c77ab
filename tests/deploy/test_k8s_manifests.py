"""deploy/k8s/ describes the layout of deploy/compose.yml: no cluster runs here, so these tests read both and check
that Kubernetes would start the same services from the same images and commands, with the same environment
variables (each one Tandem reads), the same ports, replicas, nginx routing and database set-up."""
from __future__ import annotations

import re

import pytest
import yaml

from tandem.settings import ROOT, Settings

DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
# compose.yml builds these two images; the manifests name them (a registry in front is set in kustomization.yml).
BUILT = {"deploy/Dockerfile.rasa": "tandem-rasa", "deploy/Dockerfile.tandem": "tandem"}
# A volume's root holds lost+found on most clusters, which PostgreSQL's initdb refuses: its files go one folder down.
K8S_ONLY = {"postgres": {"PGDATA"}}
URL_PORT = re.compile(r"(?:@|//)([a-z]+):(\d+)")


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yml").read_text(encoding="utf-8"))["services"]


def manifests() -> list[dict]:
    kustomization = yaml.safe_load((K8S / "kustomization.yml").read_text(encoding="utf-8"))
    docs = []
    for name in kustomization["resources"]:
        docs += [d for d in yaml.safe_load_all((K8S / name).read_text(encoding="utf-8")) if d]
    return docs


def of_kind(*kinds: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in manifests() if d["kind"] in kinds}


def container(name: str) -> dict:
    return of_kind("Deployment", "StatefulSet")[name]["spec"]["template"]["spec"]["containers"][0]


def k8s_env(name: str) -> dict[str, object]:
    """A workload's variables: name -> literal value, or ("secret", key) for one taken from tandem-secrets."""
    maps = of_kind("ConfigMap", "Secret")
    spec = container(name)
    env: dict[str, object] = {}
    for source in spec.get("envFrom", []):
        env.update(maps[source["configMapRef"]["name"]]["data"])
    for item in spec.get("env", []):
        ref = item.get("valueFrom", {}).get("secretKeyRef")
        if ref:
            assert ref["key"] in maps[ref["name"]]["stringData"], f"{name}: {ref['key']} is not in {ref['name']}"
            env[item["name"]] = ("secret", ref["key"])
        else:
            env[item["name"]] = item["value"]
    return env


def compose_ports() -> dict[str, set[int]]:
    """The ports the compose layout uses per service: in URLs, commands, published ports and nginx.conf."""
    ports: dict[str, set[int]] = {name: set() for name in compose()}
    nginx = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    for name, service in compose().items():
        for value in (service.get("environment") or {}).values():
            for host, port in URL_PORT.findall(str(value)):
                ports[host].add(int(port))
        command = service.get("command") or []
        if "--port" in command:
            ports[name].add(int(command[command.index("--port") + 1]))
        ports[name] |= {int(p.split(":")[-1]) for p in service.get("ports", [])}
    for host, port in re.findall(r"server ([a-z]+):(\d+)", nginx):
        ports[host].add(int(port))
    ports["nginx"] |= {int(p) for p in re.findall(r"listen (\d+);", nginx)}
    return ports


def test_every_compose_service_runs_on_kubernetes_from_the_same_image_and_command():
    workloads = of_kind("Deployment", "StatefulSet")
    assert set(workloads) == set(compose())
    for name, service in compose().items():
        image = service.get("image") or BUILT[service["build"]["dockerfile"]]
        assert container(name)["image"] == image, name
        if "command" in service:
            assert container(name)["command"] == service["command"], name


@pytest.mark.parametrize("name", ["rasa", "actions"])
def test_rasa_and_the_action_servers_run_as_many_replicas_as_in_compose(name):
    assert of_kind("Deployment")[name]["spec"]["replicas"] == compose()[name]["deploy"]["replicas"]


@pytest.mark.parametrize("name", sorted(compose()))
def test_each_process_gets_the_variables_compose_gives_it_with_secrets_from_the_secret(name):
    expected = compose()[name].get("environment") or {}
    got = k8s_env(name)
    assert set(got) - K8S_ONLY.get(name, set()) == set(expected)
    for variable, value in expected.items():
        if "${" in str(value):   # from deploy/.env in compose: a secret here
            assert got[variable] == ("secret", variable), variable
        else:
            assert str(got[variable]) == str(value), variable


def test_every_tandem_variable_is_one_tandem_reads():
    settings = {f"TANDEM_{field.upper()}" for field in Settings.model_fields}
    rasa_side = set(re.findall(r"\$\{(\w+)\}", "".join((ROOT / "bot" / f).read_text(encoding="utf-8")
                                                     for f in ("credentials.yml", "endpoints.yml"))))
    rasa_side |= set(re.findall(r"\"(TANDEM_\w+)\"", "".join(p.read_text(encoding="utf-8")
                                                            for p in (ROOT / "bot" / "connectors").glob("*.py"))))
    for name in compose():
        for variable in k8s_env(name):
            if variable.startswith("TANDEM_"):
                assert variable in settings | rasa_side, f"{name}: nothing reads {variable}"


def test_services_and_containers_open_the_ports_compose_uses():
    services = of_kind("Service")
    for name, ports in compose_ports().items():
        exposed = {p["targetPort"] for s in services.values() if s["spec"]["selector"] == {"app": name}
                   for p in s["spec"]["ports"]}
        assert exposed == ports, name
        assert {p["containerPort"] for p in container(name)["ports"]} == ports, name
    assert services[compose()["rasa"]["environment"]["TANDEM_ACTION_ENDPOINT"].split("/")[2].split(":")[0]]


def test_nginx_routes_and_the_database_set_up_are_compose_s_own_files():
    maps = of_kind("ConfigMap")
    assert maps["nginx-conf"]["data"]["nginx.conf"] == (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    assert maps["postgres-initdb"]["data"]["rasa.sql"] == (DEPLOY / "initdb" / "rasa.sql").read_text(encoding="utf-8")
    # nginx resolves "rasa" to every pod only through a headless Service (compose: Docker's DNS, one name per replica)
    assert of_kind("Service")["rasa"]["spec"]["clusterIP"] == "None"
