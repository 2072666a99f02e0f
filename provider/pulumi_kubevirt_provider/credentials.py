"""Loading a cluster's credentials into memory, leaving no file behind.

**Without the kubernetes client where it can.** A kubeconfig whose user holds only a client
certificate and key, a token or token file, or a username and password (PLAIN_USER), and the
in-cluster service account, are resolved here as the client's loaders resolve them (the same
precedence, paths, headers and messages) into a :class:`Connection`; importing the client (its
config loaders, requests, oauthlib, pydantic, every API class) was ~150 ms of every plugin start
(docs/performance.md). Exec plugins, auth-providers and anything else go through the client's
KubeConfigLoader, whose Configuration kube.Transport serves alike (its token refresh included).

**Decrypted keys do not outlive the load.** The kubernetes client writes certificate and key
data to temporary files that it removes only at interpreter exit (provider processes are
killed). Here it writes them into a private 0700 directory, one ``ssl.SSLContext`` reads them,
and the directory is removed before :func:`load` returns. Its error messages go through
``redaction`` and are raised outside the ``except`` block, so no chained cause carries content.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import os
import shutil
import ssl
import sys
import tempfile
import time
import urllib.parse
from typing import Any

from pulumi_kubevirt_provider import kubeconfig, redaction
from pulumi_kubevirt_provider.config_keys import ConfigError


@dataclasses.dataclass(frozen=True)
class Credentials:
    """What a client needs: the connection settings (host, auth, proxy; no file paths left in
    them: a :class:`Connection`, or the kubernetes client's Configuration for what only its loader
    resolves) and one TLS context holding the CA and client certificate in memory."""

    configuration: Any
    ssl_context: ssl.SSLContext
    origin: str


@dataclasses.dataclass
class Connection:
    """The part of the kubernetes client's Configuration that the provider's requests (kube.py)
    and the exec stream (domain/launcher.py) read, for a kubeconfig resolved here without the
    client (:data:`PLAIN_USER`): the same attribute names and defaults."""

    host: str
    authorization: str | None = None  # the Authorization header's value
    proxy: str | None = None
    no_proxy: str | None = None
    proxy_headers: Any = None
    tls_server_name: str | None = None
    verify_ssl: bool = True
    connection_pool_maxsize: int = dataclasses.field(default_factory=lambda: (os.cpu_count() or 1) * 5)
    socket_options: Any = None
    ssl_ca_cert: str | None = None
    cert_file: str | None = None
    key_file: str | None = None
    # In-cluster: the service account's token file, read again once a minute (as the client's
    # InClusterConfigLoader does: the kubelet rotates it).
    token_file: str | None = None
    token_read_at: float = 0.0

    def auth_settings(self) -> dict[str, dict[str, Any]]:
        """As the client's Configuration.auth_settings answers."""
        if self.token_file and time.monotonic() - self.token_read_at >= TOKEN_REFRESH:
            try:
                self.authorization = "bearer " + _read_token(self.token_file)
            except (OSError, _Problem):
                pass  # the token read before, until the file is back
            self.token_read_at = time.monotonic()
        if not self.authorization:
            return {}
        auth = {"type": "api_key", "in": "header", "key": "authorization", "value": self.authorization}
        return {"BearerToken": auth}


# A kubeconfig whose user holds only these (and whose cluster only PLAIN_CLUSTER) is resolved
# here, as the kubernetes client's KubeConfigLoader would, without importing the client (~150 ms
# of every plugin start); anything else (exec plugins, auth-provider, impersonation, ...) goes
# through the client's loader.
PLAIN_USER = frozenset(
    {
        "client-certificate",
        "client-certificate-data",
        "client-key",
        "client-key-data",
        "token",
        "tokenFile",
        "username",
        "password",
    }
)
PLAIN_CLUSTER = frozenset(
    {
        "server",
        "certificate-authority",
        "certificate-authority-data",
        "insecure-skip-tls-verify",
        "tls-server-name",
        "proxy-url",
        "extensions",
    }
)


# The service account of a pod (in-cluster), as the kubernetes client's incluster_config.
SERVICE_ACCOUNT = "/var/run/secrets/kubernetes.io/serviceaccount"
TOKEN_REFRESH = 60.0  # seconds


class _Problem(Exception):
    """A kubeconfig the loader cannot use, said as the kubernetes client's loader says it."""


def load(value: str | None, context: str | None) -> Credentials:
    """The credentials of the kubeconfig ``value`` (``kubevirt:kubeconfig``, resolved as
    ``kubeconfig.resolve`` does) and ``context``, or the in-cluster service account's. Raises
    ConfigError."""
    cfg = kubeconfig.resolve(value)
    origin = cfg.origin if cfg is not None else "in-cluster service account"
    problem = ""
    private = tempfile.mkdtemp(prefix="pulumi-kubevirt-")  # mode 0700
    try:
        if cfg is not None and context is not None:
            kubeconfig.context_of(cfg, context)  # a clear message for an unknown context
        plain = _plain(cfg, context) if cfg is not None else None
        if plain is not None and cfg is not None:
            conf: Any = _load_plain(cfg.base, *plain, private)
        elif cfg is None:
            conf = _load_in_cluster()
        else:
            conf = _load_with_client(cfg, context, private)
        tls = _ssl_context(conf)
    except ConfigError:
        raise
    except (_Problem, ValueError, KeyError, TypeError, binascii.Error) as exc:
        name = "ConfigException" if isinstance(exc, _Problem) else type(exc).__name__
        problem = redaction.redacted(f"{name}: {exc}", cfg.data if cfg is not None else None)
    except ssl.SSLError as exc:
        problem = f"its certificates or key cannot be loaded ({exc.reason or exc.strerror})"
    except OSError as exc:
        problem = f"a file it names cannot be read ({exc.strerror}: {exc.filename})"
    finally:
        shutil.rmtree(private, ignore_errors=True)
        loader = sys.modules.get("kubernetes.config.kube_config")  # only if the client was used
        if loader is not None:
            _forget_temp_files(loader, private)
    if problem:  # raised here, outside the except block: no chained cause carries content
        problem = problem.rstrip(". ")
        if cfg is None:
            fix = f"set {kubeconfig.KEY} to use a kubeconfig instead ({kubeconfig.SET_PATH})"
        elif cfg.origin.startswith(kubeconfig.KEY):
            fix = "fix the kubeconfig"
        else:
            fix = f"fix it, or set {kubeconfig.KEY}"
        raise ConfigError(f"{origin}: cannot load the credentials: {problem}; {fix}")
    # Nothing may refer to the files just removed (the exec stream reads the context too).
    conf.ssl_ca_cert = conf.cert_file = conf.key_file = None
    return Credentials(configuration=conf, ssl_context=tls, origin=origin)


def _load_with_client(cfg: kubeconfig.Kubeconfig | None, context: str | None, private: str) -> Any:
    """The kubernetes client's Configuration, loaded by its own loader (exec plugins,
    auth-provider, in-cluster, anything :func:`_plain` does not take)."""
    from kubernetes import client
    from kubernetes.config import config_exception, incluster_config, kube_config

    conf = client.Configuration()
    try:
        if cfg is None:
            incluster_config.load_incluster_config(client_configuration=conf)  # type: ignore[no-untyped-call]
        else:
            loader = kube_config.KubeConfigLoader(  # type: ignore[no-untyped-call]
                config_dict=cfg.data,
                active_context=context,
                config_base_path=cfg.base,
                temp_file_path=private,
            )
            loader.load_and_set(conf)  # type: ignore[no-untyped-call]
    except config_exception.ConfigException as exc:
        problem = _Problem(str(exc))
    else:
        return conf
    raise problem  # outside the except block: no chained cause carries content


def _load_in_cluster() -> Connection:
    """The service account's credentials, as the client's InClusterConfigLoader loads them (the
    same checks and messages): the API server from KUBERNETES_SERVICE_HOST/PORT, the token and
    the CA from SERVICE_ACCOUNT."""
    host, port = os.environ.get("KUBERNETES_SERVICE_HOST"), os.environ.get("KUBERNETES_SERVICE_PORT")
    if host is None or port is None:
        raise _Problem("Service host/port is not set.")
    if not host or not port:
        raise _Problem("Service host/port is set but empty.")
    token_file = os.path.join(SERVICE_ACCOUNT, "token")
    ca_file = os.path.join(SERVICE_ACCOUNT, "ca.crt")
    if not os.path.isfile(token_file):
        raise _Problem("Service token file does not exist.")
    token = _read_token(token_file)
    if not os.path.isfile(ca_file):
        raise _Problem("Service certification file does not exist.")
    with open(ca_file) as f:
        if not f.read():
            raise _Problem("Cert file exists but empty.")
    address = f"[{host}]:{port}" if ":" in host or "%" in host else f"{host}:{port}"
    conf = Connection(host="https://" + address, ssl_ca_cert=ca_file, authorization="bearer " + token)
    conf.token_file, conf.token_read_at = token_file, time.monotonic()
    _env_proxy(conf)
    return conf


def _read_token(path: str) -> str:
    with open(path) as f:
        content = f.read()
    if not content:
        raise _Problem("Token file exists but empty.")
    return content


def _env_proxy(conf: Connection) -> None:
    """The proxy from the environment for the host's scheme, and no_proxy, as the client's
    Configuration takes them (``proxy-url`` in the kubeconfig overrides it)."""
    from urllib.request import getproxies

    proxies = getproxies()
    conf.proxy = proxies.get(urllib.parse.urlparse(conf.host).scheme) or proxies.get("all")
    conf.no_proxy = proxies.get("no")


def _plain(cfg: kubeconfig.Kubeconfig, context: str | None) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The cluster and user entries of ``context`` if this module resolves them alone (see
    PLAIN_USER), else None (the kubernetes client's loader does, and says what is wrong)."""
    ctx = kubeconfig.context_of(cfg, context)
    found: list[dict[str, Any]] = []
    for section, key, allowed in (("clusters", "cluster", PLAIN_CLUSTER), ("users", "user", PLAIN_USER)):
        name = ctx.get(key)
        entries = [e for e in (cfg.data.get(section) or []) if isinstance(e, dict) and e.get("name") == name]
        if name is None or len(entries) != 1:
            return None
        entry = entries[0].get(key)
        if not isinstance(entry, dict) or not set(entry) <= allowed:
            return None
        found.append(entry)
    cluster, user = found
    if not isinstance(cluster.get("server"), str) or not cluster["server"]:
        return None
    proxy = cluster.get("proxy-url")
    if proxy is not None and not (
        isinstance(proxy, str) and proxy.lower().startswith(("http://", "https://"))
    ):
        return None
    return cluster, user


def _load_plain(base: str, cluster: dict[str, Any], user: dict[str, Any], private: str) -> Connection:
    """What KubeConfigLoader.load_and_set sets, for a PLAIN_USER user and a PLAIN_CLUSTER
    cluster: the same precedence (``*-data`` over the file, a token over username/password),
    the same paths (relative to ``base``), the same ``Bearer``/``Basic`` header."""
    host = str(cluster["server"]).rstrip("/")
    conf = Connection(host=host)
    _env_proxy(conf)
    token = _file_or_data(user, "tokenFile", "token", base, private, as_file=False)
    if token:
        conf.authorization = f"Bearer {token}"
    elif "username" in user and "password" in user:
        pair = (user["username"] + ":" + user["password"]).encode("latin-1")
        conf.authorization = "Basic " + base64.b64encode(pair).decode()
    if host.startswith("https"):
        conf.ssl_ca_cert = _file_or_data(cluster, "certificate-authority", None, base, private)
        conf.cert_file = _file_or_data(user, "client-certificate", None, base, private)
        conf.key_file = _file_or_data(user, "client-key", None, base, private)
    if "insecure-skip-tls-verify" in cluster:
        conf.verify_ssl = not cluster["insecure-skip-tls-verify"]
    if "tls-server-name" in cluster:
        conf.tls_server_name = cluster["tls-server-name"]
    if "proxy-url" in cluster:
        conf.proxy = cluster["proxy-url"]
    return conf


def _file_or_data(
    obj: dict[str, Any], file_key: str, data_key: str | None, base: str, private: str, *, as_file: bool = True
) -> str | None:
    """kube_config.FileOrData: ``as_file``: the path of the file (``file_key``, relative to
    ``base``), or of a file in ``private`` holding the base64-decoded ``data_key``; else the
    data, or the file's content as it is."""
    data_key = data_key or file_key + "-data"
    data, path = None, None
    if data_key in obj:
        data = obj[data_key]
    elif file_key in obj:
        path = os.path.normpath(os.path.join(base, obj[file_key]))
    if not as_file:
        if not data and path:
            with open(path) as f:
                data = f.read()
        return data
    if not path and data:
        fd, path = tempfile.mkstemp(dir=private)
        with os.fdopen(fd, "wb") as f:
            f.write(base64.standard_b64decode(data.encode() if isinstance(data, str) else data))
    if path and not os.path.isfile(path):
        raise _Problem(f"File does not exist: {path}")
    return path


# -- TLS in memory ---------------------------------------------------------------------------
def _ssl_context(conf: Any) -> ssl.SSLContext:
    """One context with the CA and the client certificate loaded now, from the files the
    kubernetes client wrote (``load_verify_locations`` and ``load_cert_chain`` read them at
    once), so that the files can go. Equivalent to what urllib3 builds per connection from
    ``verify_ssl``, ``ssl_ca_cert``, ``ca_cert_data``, ``cert_file`` and ``key_file``."""
    if conf.verify_ssl:
        context = ssl.create_default_context(
            cafile=conf.ssl_ca_cert or None, cadata=getattr(conf, "ca_cert_data", None) or None
        )
        if getattr(conf, "assert_hostname", None) is False:
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
