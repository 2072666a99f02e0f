"""Where the provider finds its cluster, how it loads the credentials, and how hard it retries.

Stack config keys (``pulumi config set kubevirt:<key>``):

- ``kubevirt:kubeconfig``: a path to a kubeconfig file, or the kubeconfig's content itself
  (YAML or JSON; use ``--secret`` for content);
- ``kubevirt:context``: the context to use (default: the kubeconfig's current context);
- ``kubevirt:namespace``: the namespace for resources that do not set one (default: the
  context's namespace, else ``default``);
- ``kubevirt:domainAccess``: how the provider reads the libvirt domain behind each running VM to
  find drift the Kubernetes objects cannot show: ``auto`` (default: ``libvirt`` when
  ``kubevirt:libvirtUri`` is set, else ``exec``), ``libvirt``, ``exec`` (virsh in the VM's
  virt-launcher pod; needs ``pods/exec``) or ``off``;
- ``kubevirt:libvirtUri``: for ``libvirt``, a libvirt URI in which ``{node}`` stands for the
  VM's node, e.g. ``qemu+ssh://root@{node}/system``.

Without ``kubevirt:kubeconfig`` the provider uses ``$KUBECONFIG``, then ``~/.kube/config``,
then the in-cluster service account, as kubectl and pulumi-kubernetes do. The provider object
that Pulumi serializes holds no settings. The engine itself records provider inputs in the state:
the plugin's CheckConfig marks ``kubeconfig`` secret, and, because the dynamic resources' provider
gets the whole stack config as its inputs, the SDK refuses kubeconfig content set without
``--secret`` on that transport (``pulumi_kubevirt.resources._refuse_plain_kubeconfig_content``).

Three rules, each learnt from a defect:

- **Never fall back silently.** A configured kubeconfig that is missing or unreadable is an error
  naming the key, not a reason to try the next source: in a CI runner pod, a typo in the path
  would otherwise manage VMs in the runner's own cluster. In-cluster credentials are used only
  when nothing is configured *and* the process runs in a pod (``KUBERNETES_SERVICE_HOST``).
- **Secret text never touches the filesystem or a message.** Whether ``kubevirt:kubeconfig`` is a
  path or content is decided from the text alone (a one-line JSON kubeconfig used as a file name
  raised "File name too long" with the whole kubeconfig in the message). Every
  :class:`ConfigError` is raised outside the ``except`` block that caught the cause, so that no
  chained exception carries the parser's excerpt of the content either.
- **Decrypted keys do not outlive the load.** The kubernetes client writes certificate and key
  data to temporary files that it removes only at interpreter exit (provider processes are
  killed). Here it writes them into a private 0700 directory, one ``ssl.SSLContext`` reads them,
  and the directory is removed before :meth:`ClusterSettings.credentials` returns.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import os
import random
import shutil
import ssl
import tempfile
from pathlib import Path
from typing import Any

import yaml

DOMAIN_ACCESS = ("auto", "libvirt", "exec", "off")
KUBECONFIG_KEY = "kubevirt:kubeconfig"
IN_CLUSTER_ENV = "KUBERNETES_SERVICE_HOST"  # set by the kubelet in every pod
# Fault injection for tests/reliability only (never set it otherwise): ``<plural>=<seconds>[,...]``
# holds back every event of the shared watches (watching.py) of those kinds by that long, as a
# slow or lagging watch would (``virtualmachineinstances=2``).
TEST_WATCH_DELAY_ENV = "PULUMI_KUBEVIRT_TEST_WATCH_DELAY"


def watch_delay_for_tests(watch_name: str) -> float:
    """Seconds ``TEST_WATCH_DELAY_ENV`` holds back the events of the watch ``watch_name``
    (``<plural> in <namespace>``); 0 when unset or malformed."""
    for entry in os.environ.get(TEST_WATCH_DELAY_ENV, "").split(","):
        plural, _, seconds = entry.partition("=")
        if plural.strip() and watch_name.split(" ", 1)[0] == plural.strip():
            try:
                return max(0.0, float(seconds))
            except ValueError:
                return 0.0
    return 0.0
_SHOWN_PATH_MAX = 255  # a longer "path" is shown by its length only: it may be pasted secret text
_SET_PATH = f"pulumi config set {KUBECONFIG_KEY} ~/.kube/config"
_SET_CONTENT = f"pulumi config set --secret {KUBECONFIG_KEY} < kubeconfig.yaml"


class ConfigError(ValueError):
    """A configuration mistake. The message names the config key (or environment variable) and
    the fix, and never contains credential material, so it is safe to show and to log. Both
    transports show a ValueError as one line without a traceback."""


class NoClusterConfigured(ConfigError):
    """Nothing says which cluster to use, and the process does not run in a pod."""


@dataclasses.dataclass(frozen=True)
class Tunables:
    """The provider's fixed bounds and periods, in seconds, in one place (``TUNABLES``)."""

    default_timeouts: dict[str, dict[str, float]] = dataclasses.field(
        default_factory=lambda: {
            # per operation when neither `timeouts` nor the engine's customTimeouts say
            "VirtualMachine": {"create": 600, "update": 600, "delete": 300},
            "VirtualMachineMigration": {"create": 600, "update": 600, "delete": 300},
            "DataVolume": {"create": 1800, "update": 1800, "delete": 300},
            "VirtualMachineService": {"create": 60, "update": 60, "delete": 60},
        }
    )
    request_timeout: float = 30.0
    """One Kubernetes API call (each attempt; RetrySettings bound the retries)."""
    list_ttl: float = 5.0
    """How long a list of one kind and namespace answers reads (a no-op preview lists once)."""
    stop_cap: float = 120.0
    """Longest graceful stop of a running VM before it is deleted (at most half the delete timeout)."""
    settle_cap: float = 60.0
    """Longest wait after a domain repair for KubeVirt to report the VM settled again."""
    exec_timeout: float = 30.0
    """One ``virsh`` through the Kubernetes exec API (the exec domain backend)."""
    libvirt_connect_timeout: float = 10.0
    libvirt_call_timeout: float = 30.0
    """The libvirt domain backend: opening a node's connection, and each call on it."""
    progress_every: float = 10.0
    """A waiting resource prints its progress line at least this often."""


TUNABLES = Tunables()


@dataclasses.dataclass(frozen=True)
class RetrySettings:
    """How ``kube.Cluster.request`` retries what fails for a reason that passes: 429, 5xx, a
    connection reset, and a refused connection to a server it has reached before (restarting).
    Only idempotent requests are retried (GET, LIST, DELETE, server-side apply, JSON merge
    patch: ``kube.idempotent``); 429 always, since the server did not process the request. The
    decision is ``kube.retryable``'s."""

    attempts: int = 12
    """Attempts per request, the first included."""
    first_delay: float = 0.5
    """Seconds before the second attempt; each further delay doubles."""
    max_delay: float = 10.0
    """Ceiling on one backoff delay."""
    max_retry_after: float = 30.0
    """Ceiling on a server's ``Retry-After``; the server's value is used up to it."""
    deadline: float = 90.0
    """Seconds after the first attempt; no attempt starts after it. Long enough for an API
    server restart, short enough that a dead one is reported within a preview."""
    jitter: float = 0.2
    """Each backoff delay is shortened by up to this fraction at random, so that many waiting
    resources do not retry in step."""

    def backoff(self, retry: int) -> float:
        """The delay before retry number ``retry`` (1 for the second attempt)."""
        delay = min(self.max_delay, self.first_delay * 2 ** (retry - 1))
        return float(delay * (1 - self.jitter * random.random()))


@dataclasses.dataclass(frozen=True)
class Kubeconfig:
    """A kubeconfig that parsed, and where it came from (for messages)."""

    data: dict[str, Any]
    origin: str  # "kubevirt:kubeconfig (content)", "kubevirt:kubeconfig (/path)", "$KUBECONFIG (/p)", ...
    base: str  # the folder that relative file references in it are relative to


@dataclasses.dataclass(frozen=True)
class Credentials:
    """What a client needs: the kubernetes client's Configuration (host, auth, proxy; no file
    paths left in it) and one TLS context holding the CA and client certificate in memory."""

    configuration: Any
    ssl_context: ssl.SSLContext
    origin: str


@dataclasses.dataclass(frozen=True)
class ClusterSettings:
    kubeconfig: str | None = None  # a path or the content
    context: str | None = None
    namespace: str | None = None
    domain_access: str = "auto"
    libvirt_uri: str | None = None
    retry: RetrySettings = RetrySettings()

    @classmethod
    def from_config(cls, get: Any) -> ClusterSettings:
        """``get`` is a lookup like ``ConfigureRequest.config.get``."""
        access = (get("kubevirt:domainAccess") or "auto").strip()
        uri = get("kubevirt:libvirtUri") or None
        if access not in DOMAIN_ACCESS:
            raise ValueError(
                f"kubevirt:domainAccess is {access!r}: use one of {', '.join(DOMAIN_ACCESS)} "
                "(pulumi config set kubevirt:domainAccess auto)"
            )
        if access == "libvirt" and not uri:
            raise ValueError(
                "kubevirt:domainAccess is 'libvirt' but kubevirt:libvirtUri is not set: "
                "pulumi config set kubevirt:libvirtUri 'qemu+ssh://root@{node}/system'"
            )
        return cls(
            kubeconfig=get("kubevirt:kubeconfig") or None,
            context=get("kubevirt:context") or None,
            namespace=get("kubevirt:namespace") or None,
            domain_access=access,
            libvirt_uri=uri,
        )

    def __repr__(self) -> str:
        # The dataclass repr would print kubeconfig content into any log or traceback.
        shown = "<content>" if self.kubeconfig and is_content(self.kubeconfig) else self.kubeconfig
        return (
            f"ClusterSettings(kubeconfig={shown!r}, context={self.context!r}, namespace={self.namespace!r}, "
            f"domain_access={self.domain_access!r}, libvirt_uri={self.libvirt_uri!r})"
        )

    def domain_backend_name(self) -> str:
        """The backend ``auto`` resolves to: libvirt when a URI is configured, else exec."""
        if self.domain_access == "auto":
            return "libvirt" if self.libvirt_uri else "exec"
        return self.domain_access

    # -- which kubeconfig ---------------------------------------------------------------
    def resolve(self) -> Kubeconfig | None:
        """The kubeconfig to use, or None for in-cluster credentials. Raises ConfigError."""
        if self.kubeconfig is not None:
            return _from_config_value(self.kubeconfig)
        env = os.environ.get("KUBECONFIG", "")
        if env.strip():
            entries = [p for p in env.split(os.pathsep) if p.strip()]
            for entry in entries:  # kubectl's rule: the first file of the list that exists
                path = Path(entry).expanduser()
                if path.is_file():
                    return _read_file(path, f"$KUBECONFIG ({path})", "KUBECONFIG")
            raise ConfigError(
                f"$KUBECONFIG names no file that exists ({_shown_list(entries)}): fix or unset "
                f"KUBECONFIG, or set the stack's kubeconfig ({_SET_PATH})"
            )
        default = Path.home() / ".kube" / "config"
        if default.is_file():
            return _read_file(default, str(default), KUBECONFIG_KEY)
        if os.environ.get(IN_CLUSTER_ENV):
            return None
        raise NoClusterConfigured(
            f"no cluster configured: {KUBECONFIG_KEY} and $KUBECONFIG are not set, {default} does "
            f"not exist, and this is not a pod ({IN_CLUSTER_ENV} is not set). Configure one: "
            f"{_SET_PATH} (a path), or {_SET_CONTENT} (the content)"
        )

    def _context(self, cfg: Kubeconfig) -> dict[str, Any]:
        name = self.context or cfg.data.get("current-context")
        for ctx in cfg.data.get("contexts") or []:
            if isinstance(ctx, dict) and ctx.get("name") == name:
                return dict(ctx.get("context") or {})
        if self.context:
            raise ConfigError(
                f"kubevirt:context is {self.context!r}, which {cfg.origin} does not define: "
                "pulumi config set kubevirt:context <one of its contexts>"
            )
        return {}

    def default_namespace(self) -> str:
        if self.namespace:
            return self.namespace
        cfg = self.resolve()
        if cfg is not None:
            return str(self._context(cfg).get("namespace") or "default")
        return _in_cluster_namespace()

    def server(self) -> str:
        cfg = self.resolve()
        if cfg is None:
            return f"https://{os.environ.get(IN_CLUSTER_ENV)} (in-cluster)"
        cluster_name = self._context(cfg).get("cluster")
        return next(
            (
                str(c["cluster"].get("server", "?"))
                for c in cfg.data.get("clusters") or []
                if isinstance(c, dict)
                and c.get("name") == cluster_name
                and isinstance(c.get("cluster"), dict)
            ),
            "?",
        )

    # -- credentials --------------------------------------------------------------------
    def credentials(self) -> Credentials:
        """Load the credentials without leaving a file behind. Raises ConfigError."""
        from kubernetes import client
        from kubernetes.config import config_exception, incluster_config, kube_config

        cfg = self.resolve()
        origin = cfg.origin if cfg is not None else "in-cluster service account"
        conf = client.Configuration()
        problem = ""
        private = tempfile.mkdtemp(prefix="pulumi-kubevirt-")  # mode 0700
        try:
            if cfg is None:
                incluster_config.load_incluster_config(client_configuration=conf)  # type: ignore[no-untyped-call]
            else:
                if self.context is not None:
                    self._context(cfg)  # a clear message for an unknown context
                loader = kube_config.KubeConfigLoader(  # type: ignore[no-untyped-call]
                    config_dict=cfg.data,
                    active_context=self.context,
                    config_base_path=cfg.base,
                    temp_file_path=private,
                )
                loader.load_and_set(conf)  # type: ignore[no-untyped-call]
            context = _ssl_context(conf)
        except ConfigError:
            raise
        except (config_exception.ConfigException, ValueError, KeyError, TypeError, binascii.Error) as exc:
            problem = _redacted(f"{type(exc).__name__}: {exc}", cfg)
        except ssl.SSLError as exc:
            problem = f"its certificates or key cannot be loaded ({exc.reason or exc.strerror})"
        except OSError as exc:
            problem = f"a file it names cannot be read ({exc.strerror}: {exc.filename})"
        finally:
            shutil.rmtree(private, ignore_errors=True)
            _forget_temp_files(kube_config, private)
        if problem:  # raised here, outside the except block: no chained cause carries content
            problem = problem.rstrip(". ")
            if cfg is None:
                fix = f"set {KUBECONFIG_KEY} to use a kubeconfig instead ({_SET_PATH})"
            elif cfg.origin.startswith(KUBECONFIG_KEY):
                fix = "fix the kubeconfig"
            else:
                fix = f"fix it, or set {KUBECONFIG_KEY}"
            raise ConfigError(f"{origin}: cannot load the credentials: {problem}; {fix}")
        # Nothing may refer to the files just removed (the exec stream reads the context too).
        conf.ssl_ca_cert = conf.cert_file = conf.key_file = None
        return Credentials(configuration=conf, ssl_context=context, origin=origin)


# -- content or path, decided without the filesystem ----------------------------------------
def is_content(text: str) -> bool:
    """Whether ``kubevirt:kubeconfig`` holds kubeconfig content rather than a path.

    Decided from the text alone: content has a newline, or is JSON or a YAML flow mapping
    (``{...}``), or parses as a mapping. A path is one line that is not a mapping.
    """
    stripped = text.strip()
    if "\n" in stripped or stripped.startswith("{"):
        return True
    try:
        return isinstance(yaml.safe_load(stripped), dict)
    except yaml.YAMLError:
        return False


def _from_config_value(text: str) -> Kubeconfig:
    if is_content(text):
        return _parse(
            text, f"{KUBECONFIG_KEY} (content)", base="", where=f"{KUBECONFIG_KEY} holds content that"
        )
    stripped = text.strip()
    if len(stripped) > _SHOWN_PATH_MAX or any(len(part) > 255 for part in stripped.split(os.sep)):
        hint = " It looks base64-encoded: decode it first." if _base64_kubeconfig(stripped) else ""
        raise ConfigError(
            f"{KUBECONFIG_KEY} is neither kubeconfig content nor the path of a file (a value of "
            f"{len(stripped)} characters on one line, not shown).{hint} Set a path ({_SET_PATH}) or "
            f"the content ({_SET_CONTENT})"
        )
    path = Path(stripped).expanduser()
    try:
        is_file = path.is_file()
    except (OSError, ValueError):  # e.g. an embedded NUL
        is_file = False
    if not is_file:
        what = "is a folder" if _is_dir(path) else "does not exist"
        raise ConfigError(
            f"{KUBECONFIG_KEY} is the path {stripped!r}, which {what}: fix it ({_SET_PATH}), or set "
            f"the kubeconfig's content instead ({_SET_CONTENT}). Nothing falls back to other credentials"
        )
    return _read_file(path, f"{KUBECONFIG_KEY} ({path})", KUBECONFIG_KEY)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _read_file(path: Path, origin: str, key: str) -> Kubeconfig:
    problem = ""
    try:
        text = path.read_text()
    except OSError as exc:
        problem = f"cannot be read ({exc.strerror})"
    except UnicodeDecodeError:
        problem = "is not text"
    if problem:
        raise ConfigError(f"{origin}: the file {problem}; fix it, or set {KUBECONFIG_KEY} ({_SET_PATH})")
    fix = "fix the file" if key == KUBECONFIG_KEY else f"fix the file, unset {key}, or set {KUBECONFIG_KEY}"
    return _parse(text, origin, base=str(path.parent.resolve()), where=f"{origin}: the file", fix=fix)


def _parse(text: str, origin: str, *, base: str, where: str, fix: str = "") -> Kubeconfig:
    """YAML or JSON to a kubeconfig mapping. The YAML error's own message quotes the content, so
    only its line and column are kept, and the error is raised outside the except block."""
    fix = fix or f"set a valid kubeconfig ({_SET_CONTENT}) or its path ({_SET_PATH})"
    data: Any = None
    problem = ""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = f"is not valid YAML or JSON{at}"
    if not problem and not isinstance(data, dict):
        problem = f"is not a kubeconfig (a YAML {type(data).__name__}, not a mapping)"
    if not problem and not data.get("clusters"):
        problem = "is not a kubeconfig (it has no clusters)"
    if problem:
        raise ConfigError(f"{where} {problem}; {fix}")
    return Kubeconfig(data=dict(data), origin=origin, base=base)


def _base64_kubeconfig(text: str) -> bool:
    try:
        decoded = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    return b"clusters" in decoded


def _shown_list(entries: list[str]) -> str:
    return ", ".join(repr(e) if len(e) <= _SHOWN_PATH_MAX else f"<{len(e)} characters>" for e in entries)


def _secrets(cfg: Kubeconfig | None) -> set[str]:
    """Every string under ``users`` and every ``*-data`` value (also decoded), to scrub from the
    kubernetes client's messages."""
    found: set[str] = set()

    def walk(value: Any, secret: bool) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, secret or str(k).endswith("-data") or k in ("token", "password"))
        elif isinstance(value, list):
            for v in value:
                walk(v, secret)
        elif isinstance(value, str) and secret and len(value) >= 4:
            found.add(value)
            try:
                found.update(line for line in base64.b64decode(value).decode().splitlines() if len(line) >= 8)
            except (binascii.Error, ValueError):
                pass

    if cfg is not None:
        walk(cfg.data.get("users"), True)
        walk(cfg.data.get("clusters"), False)
    return found


def _redacted(message: str, cfg: Kubeconfig | None) -> str:
    for secret in sorted(_secrets(cfg), key=len, reverse=True):
        message = message.replace(secret, "<redacted>")
    return " ".join(message.split())[:300]


# -- TLS in memory ---------------------------------------------------------------------------
def _ssl_context(conf: Any) -> ssl.SSLContext:
    """One context with the CA and the client certificate loaded now, from the files the
    kubernetes client wrote (``load_verify_locations`` and ``load_cert_chain`` read them at
    once), so that the files can go. Equivalent to what urllib3 builds per connection from
    ``verify_ssl``, ``ssl_ca_cert``, ``ca_cert_data``, ``cert_file`` and ``key_file``."""
    if conf.verify_ssl:
        context = ssl.create_default_context(
            cafile=conf.ssl_ca_cert or None, cadata=conf.ca_cert_data or None
        )
        if conf.assert_hostname is False:
            context.check_hostname = False
    else:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    if conf.cert_file:
        context.load_cert_chain(conf.cert_file, conf.key_file or None)
    return context


def _forget_temp_files(kube_config: Any, folder: str) -> None:
    """The kubernetes client remembers each file it wrote, keyed by the decoded content (keys
    included), for the life of the process; drop what was written into ``folder``."""
    remembered = getattr(kube_config, "_temp_files", None)
    if isinstance(remembered, dict):
        for content, name in list(remembered.items()):
            if str(name).startswith(folder + os.sep):
                remembered.pop(content, None)


def _in_cluster_namespace() -> str:
    path = Path("/var/run/secrets/kubernetes.io/serviceaccount/namespace")
    try:
        return path.read_text().strip() or "default"
    except OSError:
        return "default"
