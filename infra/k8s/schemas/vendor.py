#!/usr/bin/env python3
"""Copies the openAPIV3Schema of an operator's CustomResourceDefinition into this folder, descriptions removed,
with where it came from. ManifestsTest validates every custom resource of the manifests against these.

  vendor.py CRD.yaml REPOSITORY VERSION PATH [COMMIT]
e.g. vendor.py postgresql.cnpg.io_clusters.yaml cloudnative-pg/cloudnative-pg v1.30.0 config/crd/bases/postgresql.cnpg.io_clusters.yaml
Needs PyYAML. Re-vendor when the operators installed in the cluster are upgraded (docs/deploy.md).
"""
import json, pathlib, sys
import yaml


def strip(node, in_properties=False):
    """Removes the schemas' 'description' texts, never a property that happens to be called 'description'."""
    if isinstance(node, dict):
        return {k: strip(v, k == "properties" and not in_properties) for k, v in node.items()
                if in_properties or not (k == "description" and isinstance(v, str))}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    crd_file, repo, version, path = sys.argv[1:5]
    commit = sys.argv[5] if len(sys.argv) > 5 else None
    crd = yaml.safe_load(open(crd_file))
    assert crd["kind"] == "CustomResourceDefinition", crd_file
    group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
    for v in crd["spec"]["versions"]:
        if not v.get("served", True):
            continue
        out = pathlib.Path(__file__).parent / f"{group}_{v['name']}_{kind}.json"
        doc = {
            "source": {"repository": repo, "version": version, "path": path, "commit": commit,
                       "crd": crd["metadata"]["name"], "note": "descriptions removed"},
            "apiVersion": f"{group}/{v['name']}",
            "kind": kind,
            "openAPIV3Schema": strip(v["schema"]["openAPIV3Schema"]),
        }
        out.write_text(json.dumps(doc, indent=1, sort_keys=False) + "\n")
        print(f"{out.name}: {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
