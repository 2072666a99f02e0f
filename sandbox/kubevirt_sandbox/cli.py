"""``kubevirt-sandbox``: bring the local sandbox up, show it, print its environment, take it down."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any

from kubevirt_sandbox import process, sandbox, tools

FAST_DEFAULT = 5.0  # seconds, `up --fast` without a value


def _say(msg: str) -> None:
    print(f"kubevirt-sandbox: {msg}", file=sys.stderr, flush=True)


def _env_lines(sb: sandbox.Sandbox) -> list[str]:
    lines = [f"export KUBECONFIG={sb.kubeconfig}", f"# boots: {sb.boots}"]
    try:
        pulumi = tools.pulumi_env(Path(sb.directory) / "pulumi")
    except tools.ToolNotFound as exc:
        lines.append(f"# no Pulumi CLI: {exc}")
    else:
        lines.append("# the Pulumi CLI built by scripts/bootstrap.sh, offline, with a local backend")
        lines += [f"export {key}={shlex.quote(value)}" for key, value in pulumi.items()]
    lines += [f"# libvirt of {n.name}: virsh -c '{n.uri}'" for n in sb.nodes]
    template = sb.libvirt_uri_template
    lines.append(f"export KUBEVIRT_SANDBOX_LIBVIRT_URI_TEMPLATE={shlex.quote(template)}")
    lines.append(
        "# domain check: pulumi config set kubevirt:domainAccess libvirt && "
        f"pulumi config set kubevirt:libvirtUri {shlex.quote(template)}"
    )
    return lines


def cmd_up(args: argparse.Namespace) -> int:
    sb = sandbox.up(args.dir, nodes=args.nodes, say=_say, fast_boot=args.fast, audit_log=args.audit_log)
    print("\n".join(_env_lines(sb)))
    return 0


def cmd_down(args: argparse.Namespace) -> int:
    errors = sandbox.down(args.dir, say=_say)
    for err in errors:
        _say(f"error: {err}")
    return 1 if errors else 0


def cmd_env(args: argparse.Namespace) -> int:
    sb = sandbox.load(args.dir)
    if sb is None:
        _say("not running: start it with `kubevirt-sandbox up`")
        return 1
    print("\n".join(_env_lines(sb)))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    sb = sandbox.load(args.dir)
    if sb is None:
        print("sandbox: down")
        return 3
    print(f"sandbox: {'up' if sb.healthy() else 'DEGRADED'} ({sb.directory})")
    for name, pid in sb.processes().items():
        print(f"  {name:<28} pid {pid:<8} {'running' if process.ours(pid) else 'NOT RUNNING'}")
    for name in sb.failed_nodes:
        print(f"  libvirtd[{name}]".ljust(30) + f" FAILED (node fail; `node recover {name}`)")
    print(f"  API server {sb.plane.apiserver_url}, {len(sb.crds)} KubeVirt/CDI CRDs")
    if sb.nodes:
        node = sb.nodes[0]
        print(f"  acceleration: {node.accel} ({node.accel_reason or 'no reason recorded'})")
    print(f"  boots: {sb.boots}")
    if not sb.healthy():
        # A dead etcd makes every LIST hang for the API server's request timeout (minutes):
        # say what is wrong and how to repair it instead of waiting on it.
        print("  objects not listed: the sandbox is degraded")
        print("  `kubevirt-sandbox up` cleans it up and starts again")
        return 1
    _print_objects(sb)
    _print_domains(sb)
    return 0


def _print_objects(sb: sandbox.Sandbox) -> None:
    from kubernetes import client

    api = sb.api_client()
    try:
        custom = client.CustomObjectsApi(api)
        for group, version, plural, label in (
            ("kubevirt.io", "v1", "virtualmachines", "VMs"),
            ("kubevirt.io", "v1", "virtualmachineinstances", "VMIs"),
            ("kubevirt.io", "v1", "virtualmachineinstancemigrations", "migrations"),
            ("kubevirt.io", "v1", "virtualmachineinstancereplicasets", "VMI replica sets"),
            ("cdi.kubevirt.io", "v1beta1", "datavolumes", "DataVolumes"),
        ):
            listed: Any = custom.list_cluster_custom_object(group, version, plural, _request_timeout=10)
            items = listed["items"]
            print(f"  {label}: {len(items)}")
            for obj in items:
                meta, status = obj["metadata"], obj.get("status") or {}
                state = status.get("printableStatus") or status.get("phase") or "-"
                if plural == "virtualmachineinstancereplicasets":
                    wanted = (obj.get("spec") or {}).get("replicas", 1)
                    state = f"{status.get('readyReplicas', 0)}/{wanted} ready"
                print(f"    {meta['namespace']}/{meta['name']}  {state}")
    finally:
        api.close()


def _print_domains(sb: sandbox.Sandbox) -> None:
    import libvirt

    libvirt.registerErrorHandler(lambda *_: None, None)
    for node in sb.nodes:
        try:
            conn = libvirt.open(node.uri)
        except libvirt.libvirtError as exc:
            print(f"  {node.name}: libvirt unreachable ({exc})")
            continue
        try:
            doms = conn.listAllDomains()
            print(f"  {node.name} ({node.accel}): {len(doms)} domain(s)")
            for dom in doms:
                print(f"    {dom.name()}  {'running' if dom.isActive() else 'shut off'}")
        finally:
            conn.close()


def cmd_logs(args: argparse.Namespace) -> int:
    import time

    log = sandbox.controllers_log((args.dir or sandbox.default_dir()).resolve())
    if not log.exists():
        _say(f"no controllers log at {log}: is the sandbox up?")
        return 1
    with open(log, errors="replace") as f:
        lines = f.readlines()
        sys.stdout.write("".join(lines[-args.lines :] if args.lines else lines))
        sys.stdout.flush()
        while args.follow:
            line = f.readline()
            if line:
                sys.stdout.write(line)
                sys.stdout.flush()
            else:
                time.sleep(0.2)
    return 0


def cmd_image(args: argparse.Namespace) -> int:
    from kubevirt_sandbox.controllers import images

    if args.image_command == "import":
        path = images.import_image(args.ref, Path(args.file))
        _say(f"{args.ref} -> {path}")
    else:
        for ref in images.list_images():
            print(ref)
    return 0


def cmd_node(args: argparse.Namespace) -> int:
    from kubevirt_sandbox import nodefail

    if args.node_command == "fail":
        nodefail.fail(args.dir, args.node, say=_say)
    else:
        nodefail.recover(args.dir, args.node, say=_say)
    return 0


def _target(args: argparse.Namespace) -> object:
    from kubevirt_sandbox import console

    sb = sandbox.load(args.dir)
    if sb is None:
        raise console.ConsoleError("not running: start it with `kubevirt-sandbox up`")
    return console.find(sb, args.vm)


def cmd_console(args: argparse.Namespace) -> int:
    from kubevirt_sandbox import console

    return console.attach(_target(args))  # type: ignore[arg-type]


def cmd_vnc(args: argparse.Namespace) -> int:
    from kubevirt_sandbox import console

    endpoint, password = console.vnc_endpoint(_target(args))  # type: ignore[arg-type]
    print(endpoint)
    if password:
        print(f"password: {password}")
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    from kubevirt_sandbox import console

    width, height = console.screenshot(_target(args), Path(args.out))  # type: ignore[arg-type]
    _say(f"{args.out}: {width}x{height} PNG")
    return 0


def _loaded(args: argparse.Namespace) -> sandbox.Sandbox:
    sb = sandbox.load(args.dir)
    if sb is None:
        raise RuntimeError("not running: start it with `kubevirt-sandbox up`")
    return sb


def cmd_kill(args: argparse.Namespace) -> int:
    from kubevirt_sandbox import restart

    pid = restart.kill(_loaded(args), args.part)
    _say(f"killed {args.part} (pid {pid}, SIGKILL); `kubevirt-sandbox start {args.part}` brings it back")
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    from kubevirt_sandbox import restart

    pid = restart.start(_loaded(args), args.part)
    _say(f"{args.part} runs again (pid {pid})")
    return 0


def cmd_pause(args: argparse.Namespace) -> int:
    from kubevirt_sandbox import pausing

    if args.command == "pause":
        pausing.pause(_loaded(args), args.vm)
        _say(f"{args.vm}: paused through KubeVirt (the VMI says Paused, PausedByUser)")
    else:
        pausing.unpause(_loaded(args), args.vm)
        _say(f"{args.vm}: unpaused")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="kubevirt-sandbox",
        description=(
            "A local stand-in for a KubeVirt cluster: kube-apiserver + etcd with KubeVirt's and CDI's "
            "CRDs, and private libvirt daemons. It is not KubeVirt."
        ),
    )
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="state directory (default $KUBEVIRT_SANDBOX_DIR or ~/.local/state/kubevirt-sandbox)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p_up = sub.add_parser("up", help="start everything and print the KUBECONFIG export")
    p_up.add_argument("--nodes", type=int, default=2, help="libvirt daemons to start (default 2)")
    p_up.add_argument(
        "--fast",
        nargs="?",
        type=float,
        const=FAST_DEFAULT,
        default=None,
        metavar="SECONDS",
        help=(
            "fast mode: every VMI is Ready SECONDS after it is made (default "
            f"{FAST_DEFAULT:g}) without starting QEMU; no NodePort routing to such VMs"
        ),
    )
    p_up.add_argument(
        "--audit-log",
        type=Path,
        default=None,
        metavar="FILE",
        help="the API server writes every request to FILE (audit, Metadata level: verb, resource, "
        "user agent, times); off by default (bench/run.py counts requests from it)",
    )
    p_up.set_defaults(func=cmd_up)
    sub.add_parser("down", help="stop everything and leave no process behind").set_defaults(func=cmd_down)
    sub.add_parser("status", help="show processes, KubeVirt objects and libvirt domains").set_defaults(
        func=cmd_status
    )
    sub.add_parser(
        "env", help="print shell exports: KUBECONFIG and the offline Pulumi settings"
    ).set_defaults(func=cmd_env)
    p_logs = sub.add_parser("logs", help="print the controllers' log (-f follows it)")
    p_logs.add_argument("-f", "--follow", action="store_true")
    p_logs.add_argument("-n", "--lines", type=int, default=0, help="only the last N lines")
    p_logs.set_defaults(func=cmd_logs)
    parts = "etcd, kube-apiserver, kube-controller-manager or libvirtd[<node>]"
    p_kill = sub.add_parser("kill", help=f"fault injection: SIGKILL one part ({parts})")
    p_kill.add_argument("part")
    p_kill.set_defaults(func=cmd_kill)
    p_start = sub.add_parser("start", help="start a killed part again, same ports and files")
    p_start.add_argument("part")
    p_start.set_defaults(func=cmd_start)
    for verb, what in (("pause", "suspends the domain"), ("unpause", "resumes the domain")):
        p_pause = sub.add_parser(
            verb,
            help=f"{verb} a running VM as `virtctl {verb}` would: plays virt-api and virt-handler ({what}, "
            "sets or clears the VMI's Paused condition)",
        )
        p_pause.add_argument("vm", help="<namespace>/<name>")
        p_pause.set_defaults(func=cmd_pause)
    p_image = sub.add_parser("image", help="the containerDisk image store")
    image_sub = p_image.add_subparsers(dest="image_command", required=True)
    p_import = image_sub.add_parser("import", help="add a disk image (qcow2, raw ...) as an image reference")
    p_import.add_argument("ref", help="e.g. quay.io/containerdisks/fedora:41")
    p_import.add_argument("file")
    image_sub.add_parser("list", help="list the images in the store")
    p_image.set_defaults(func=cmd_image)
    p_node = sub.add_parser("node", help="lose a node for real (fail) and bring it back (recover)")
    node_sub = p_node.add_subparsers(dest="node_command", required=True)
    node_sub.add_parser(
        "fail", help="kill the node's libvirtd and its guests; the Node turns NotReady, its VMIs Failed"
    ).add_argument("node", help="e.g. sandbox-node-1")
    node_sub.add_parser(
        "recover", help="start the node's libvirtd again (no domains); the Node turns Ready"
    ).add_argument("node")
    p_node.set_defaults(func=cmd_node)
    vm_help = "the VM as <namespace>/<name>, or <name> in namespace default"
    p_console = sub.add_parser("console", help="attach to a VM's serial console (leave with Ctrl-])")
    p_console.add_argument("vm", help=vm_help)
    p_console.set_defaults(func=cmd_console)
    p_vnc = sub.add_parser("vnc", help="print a VM's VNC endpoint (127.0.0.1:<port>) and its password")
    p_vnc.add_argument("vm", help=vm_help)
    p_vnc.set_defaults(func=cmd_vnc)
    p_shot = sub.add_parser("screenshot", help="save a VM's screen as PNG")
    p_shot.add_argument("vm", help=vm_help)
    p_shot.add_argument("out", help="the PNG file to write")
    p_shot.set_defaults(func=cmd_screenshot)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except Exception as exc:
        _say(f"error: {exc}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
