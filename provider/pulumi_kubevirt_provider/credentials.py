"""Loading a cluster's credentials into memory, leaving no file behind.

**Decrypted keys do not outlive the load.** The kubernetes client writes certificate and key
data to temporary files that it removes only at interpreter exit (provider processes are
killed). Here it writes them into a private 0700 directory, one ``ssl.SSLContext`` reads them,
and the directory is removed before :func:`load` returns. Its error messages go through
``redaction`` and are raised outside the ``except`` block, so no chained cause carries content.
"""

from __future__ import annotations

import binascii
import dataclasses
import os
import shutil
import ssl
import tempfile
from typing import Any

from pulumi_kubevirt_provider import kubeconfig, redaction
from pulumi_kubevirt_provider.config_keys import ConfigError


@dataclasses.dataclass(frozen=True)
class Credentials:
    """What a client needs: the kubernetes client's Configuration (host, auth, proxy; no file
    paths left in it) and one TLS context holding the CA and client certificate in memory."""

    configuration: Any
    ssl_context: ssl.SSLContext
    origin: str


def load(value: str | None, context: str | None) -> Credentials:
    """The credentials of the kubeconfig ``value`` (``kubevirt:kubeconfig``, resolved as
    ``kubeconfig.resolve`` does) and ``context``, or the in-cluster service account's. Raises
    ConfigError."""
    from kubernetes import client
    from kubernetes.config import config_exception, incluster_config, kube_config

    cfg = kubeconfig.resolve(value)
    origin = cfg.origin if cfg is not None else "in-cluster service account"
    conf = client.Configuration()
    problem = ""
    private = tempfile.mkdtemp(prefix="pulumi-kubevirt-")  # mode 0700
    try:
        if cfg is None:
            incluster_config.load_incluster_config(client_configuration=conf)  # type: ignore[no-untyped-call]
        else:
            if context is not None:
                kubeconfig.context_of(cfg, context)  # a clear message for an unknown context
            loader = kube_config.KubeConfigLoader(  # type: ignore[no-untyped-call]
                config_dict=cfg.data,
                active_context=context,
                config_base_path=cfg.base,
                temp_file_path=private,
            )
            loader.load_and_set(conf)  # type: ignore[no-untyped-call]
        tls = _ssl_context(conf)
    except ConfigError:
        raise
    except (config_exception.ConfigException, ValueError, KeyError, TypeError, binascii.Error) as exc:
        problem = redaction.redacted(f"{type(exc).__name__}: {exc}", cfg.data if cfg is not None else None)
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
            fix = f"set {kubeconfig.KEY} to use a kubeconfig instead ({kubeconfig.SET_PATH})"
        elif cfg.origin.startswith(kubeconfig.KEY):
            fix = "fix the kubeconfig"
        else:
            fix = f"fix it, or set {kubeconfig.KEY}"
        raise ConfigError(f"{origin}: cannot load the credentials: {problem}; {fix}")
    # Nothing may refer to the files just removed (the exec stream reads the context too).
    conf.ssl_ca_cert = conf.cert_file = conf.key_file = None
    return Credentials(configuration=conf, ssl_context=tls, origin=origin)


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
