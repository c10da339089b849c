#!/usr/bin/env python3
"""Reads and runs a 'docker save' image tar (as Jib's buildTar writes it) the way a container runtime would.

  image.py unpack IMAGE.tar ROOT     layers in order into ROOT (whiteouts applied), the config to ROOT.config.json
  image.py show ROOT.config.json KEY  prints one of: entrypoint, env, user, workdir (NUL-separated lists)
  image.py add-layer IMAGE.tar ROOT PATH WHY
        a layer on top holding ROOT/PATH at /PATH (owner root, readable by all), written into IMAGE.tar in place
        (manifest, config's diff_ids and history); WHY is the history's created_by
  image.py exec ROOT CONFIG [--command ARG...] -- [NAME=VALUE...]
        inside ROOT (chroot), in the image's working directory, as the image's user (no supplementary groups),
        with the image's environment plus the given variables, execs Entrypoint + Cmd, or the given command
        instead (as a Kubernetes 'command' replaces the entrypoint). Meant to run as root
        inside a fresh mount namespace that made ROOT read-only (see test-image.sh).
"""

import gzip
import hashlib
import io
import json
import os
import shutil
import sys
import tarfile


def unpack(image_tar, root):
    os.makedirs(root, exist_ok=True)
    with tarfile.open(image_tar) as outer:
        manifest = json.load(outer.extractfile("manifest.json"))[0]
        config = json.load(outer.extractfile(manifest["Config"]))
        for name in manifest["Layers"]:
            with tarfile.open(fileobj=outer.extractfile(name), mode="r:*") as layer:
                members = layer.getmembers()
                # Whiteouts first: a layer deletes what lower layers had, then adds its own files.
                for m in members:
                    base = os.path.basename(m.name)
                    parent = os.path.join(root, os.path.dirname(m.name))
                    if base == ".wh..wh..opq":
                        for entry in os.listdir(parent) if os.path.isdir(parent) else []:
                            remove(os.path.join(parent, entry))
                    elif base.startswith(".wh."):
                        remove(os.path.join(parent, base[len(".wh."):]))
                keep = [m for m in members if not os.path.basename(m.name).startswith(".wh.")]
                for m in keep:
                    target = os.path.join(root, m.name)
                    if os.path.lexists(target) and not (m.isdir() and os.path.isdir(target)):
                        remove(target)
                # Our own image: keep owners, modes and absolute links as a runtime would (Python 3.14's default
                # 'data' filter would refuse the base's absolute symlinks).
                trusted = {"filter": "fully_trusted"} if hasattr(tarfile, "fully_trusted_filter") else {}
                layer.extractall(root, members=keep, numeric_owner=True, **trusted)
    with open(root.rstrip("/") + ".config.json", "w") as f:
        json.dump(config, f, indent=2)


def add_layer(image_tar, root, path, why):
    path = path.strip("/")
    layer = io.BytesIO()
    # Same conventions as Jib's layers: root-owned, fixed time, folders 755, files 644; reproducible bytes.
    with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as t:
        parts = path.split("/")
        for i in range(1, len(parts)):
            d = tarfile.TarInfo("/".join(parts[:i]) + "/")
            d.type, d.mode, d.mtime = tarfile.DIRTYPE, 0o755, 1
            t.addfile(d)
        f = tarfile.TarInfo(path)
        f.mode, f.mtime, f.size = 0o644, 1, os.path.getsize(os.path.join(root, path))
        with open(os.path.join(root, path), "rb") as data:
            t.addfile(f, data)
    raw = layer.getvalue()
    diff_id = "sha256:" + hashlib.sha256(raw).hexdigest()
    packed = gzip.compress(raw, compresslevel=6, mtime=0)
    layer_name = hashlib.sha256(packed).hexdigest() + ".tar.gz"
    with tarfile.open(image_tar) as outer:
        members = [(m, outer.extractfile(m).read()) for m in outer.getmembers() if m.isfile()]
    files = {m.name: data for m, data in members}
    manifest = json.loads(files["manifest.json"])
    config_name = manifest[0]["Config"]
    config = json.loads(files[config_name])
    if diff_id in config["rootfs"]["diff_ids"]:
        return  # already there (the same bytes): nothing to add
    config["rootfs"]["diff_ids"].append(diff_id)
    config.setdefault("history", []).append({"created": config.get("created", "1970-01-01T00:00:00Z"), "created_by": why})
    manifest[0]["Layers"].append(layer_name)
    files[config_name] = json.dumps(config, separators=(",", ":")).encode()
    files["manifest.json"] = json.dumps(manifest, separators=(",", ":")).encode()
    files[layer_name] = packed
    order = [m.name for m, _ in members if m.name not in ("manifest.json", config_name)]
    order += [layer_name, config_name, "manifest.json"]
    tmp = image_tar + ".new"
    with tarfile.open(tmp, "w") as out:
        for name in order:
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(files[name]), 0o644, 0
            out.addfile(info, io.BytesIO(files[name]))
    os.replace(tmp, image_tar)


def remove(path):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.remove(path)


def container_config(path):
    with open(path) as f:
        return json.load(f)["config"]


def show(config_path, key):
    c = container_config(config_path)
    if key == "entrypoint":
        values = (c.get("Entrypoint") or []) + (c.get("Cmd") or [])
    elif key == "env":
        values = c.get("Env") or []
    elif key == "user":
        values = [c.get("User") or "0:0"]
    elif key == "workdir":
        values = [c.get("WorkingDir") or "/"]
    else:
        raise SystemExit("unknown key " + key)
    sys.stdout.write("\0".join(values))


def resolve_user(root, user):
    name, _, group = user.partition(":")

    def lookup(file, value):
        if value.isdigit():
            return int(value)
        with open(os.path.join(root, "etc", file)) as f:
            for line in f:
                fields = line.split(":")
                if fields[0] == value:
                    return int(fields[2])
        raise SystemExit("no %s %s in the image" % (file, value))

    uid = lookup("passwd", name)
    gid = lookup("group", group) if group else uid
    return uid, gid


def run(root, config_path, args):
    c = container_config(config_path)
    split = args.index("--")
    command, extra = args[:split], args[split + 1 :]
    if command and command[0] == "--command":
        argv = command[1:]
    else:
        argv = (c.get("Entrypoint") or []) + (c.get("Cmd") or [])
    env = dict(e.split("=", 1) for e in (c.get("Env") or []))
    env.update(dict(e.split("=", 1) for e in extra))
    uid, gid = resolve_user(root, c.get("User") or "0")
    os.chroot(root)
    os.chdir(c.get("WorkingDir") or "/")
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
    # The runtime looks the program up in the image's PATH, inside the image.
    program = argv[0]
    if "/" not in program:
        for d in env.get("PATH", "/usr/bin:/bin").split(":"):
            if os.access(os.path.join(d, program), os.X_OK):
                program = os.path.join(d, program)
                break
    os.execve(program, argv, env)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "unpack":
        unpack(sys.argv[2], sys.argv[3])
    elif cmd == "show":
        show(sys.argv[2], sys.argv[3])
    elif cmd == "add-layer":
        add_layer(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif cmd == "exec":
        run(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        raise SystemExit(__doc__)
