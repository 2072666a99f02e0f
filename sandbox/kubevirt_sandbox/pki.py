"""The sandbox's certificates: a CA, the API server's serving cert, an admin client cert; and
etcd's own CA, whose key is never kept, for etcd and the API server's etcd client cert.

The admin certificate carries the group ``system:masters``, which RBAC lets do everything;
the service-account key pair signs tokens. Nothing here is fit for a real cluster: keys are
written unencrypted into the sandbox's state directory.
"""

from __future__ import annotations

import datetime
import ipaddress
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SERVICE_IP = "10.0.0.1"  # first address of the service range the API server is given


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(cn: str, org: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    return x509.Name(attrs)


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    path.chmod(0o600)


def _pem_key(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _leaf(
    ca_key: ec.EllipticCurvePrivateKey,
    ca_name: x509.Name,
    cn: str,
    org: str | None,
    usage: x509.ObjectIdentifier,
    sans: list[x509.GeneralName] | None = None,
) -> tuple[bytes, bytes]:
    now = datetime.datetime.now(datetime.UTC)
    key = _key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn, org))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    )
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    cert = builder.sign(ca_key, hashes.SHA256())
    return cert.public_bytes(serialization.Encoding.PEM), _pem_key(key)


def issue(
    directory: Path, cn: str, *, org: str | None = None, server: bool = False, ips: tuple[str, ...] = ()
) -> tuple[bytes, bytes]:
    """A certificate and key (PEM) signed by the CA that ``generate`` wrote into ``directory``.

    ``server=True`` makes a serving certificate for ``ips`` (e.g. a stand-in kubelet on
    127.0.0.1, which the API server verifies against this CA); otherwise a client certificate
    for user ``cn`` in group ``org``.
    """
    ca = x509.load_pem_x509_certificate((directory / "ca.crt").read_bytes())
    ca_key = serialization.load_pem_private_key((directory / "ca.key").read_bytes(), password=None)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    sans: list[x509.GeneralName] = [x509.IPAddress(ipaddress.ip_address(a)) for a in ips]
    usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
    return _leaf(ca_key, ca.subject, cn, org, usage, sans)


def _ca(
    key: ec.EllipticCurvePrivateKey, name: x509.Name, start: datetime.datetime, end: datetime.datetime
) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )


def generate(directory: Path) -> dict[str, Path]:
    """Write every file the control plane needs into ``directory``; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.UTC)
    start, end = now - datetime.timedelta(hours=1), now + datetime.timedelta(days=365)

    ca_key = _key()
    ca_name = _name("kubevirt-sandbox-ca")
    ca = _ca(ca_key, ca_name, start, end)

    serving_sans: list[x509.GeneralName] = [
        x509.DNSName(n)
        for n in (
            "localhost",
            "kubernetes",
            "kubernetes.default",
            "kubernetes.default.svc",
            "kubernetes.default.svc.cluster.local",
        )
    ] + [x509.IPAddress(ipaddress.ip_address(a)) for a in ("127.0.0.1", SERVICE_IP)]
    serving_crt, serving_key = _leaf(
        ca_key, ca_name, "kube-apiserver", None, ExtendedKeyUsageOID.SERVER_AUTH, serving_sans
    )
    admin_crt, admin_key = _leaf(
        ca_key, ca_name, "sandbox-admin", "system:masters", ExtendedKeyUsageOID.CLIENT_AUTH
    )
    # etcd has a CA of its own, which signs two certificates (etcd's serving one and the API
    # server's client one) and is then forgotten: its key is never written, so nothing else can
    # ever talk to etcd. The sandbox CA above signs the admin and every user `issue` makes; if
    # etcd trusted it, any of them could read and write every object past RBAC.
    etcd_ca_key = _key()
    etcd_ca_name = _name("kubevirt-sandbox-etcd-ca")
    etcd_ca = _ca(etcd_ca_key, etcd_ca_name, start, end)
    loopback: list[x509.GeneralName] = [
        x509.DNSName("localhost"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
    ]
    etcd_crt, etcd_key = _leaf(
        etcd_ca_key, etcd_ca_name, "etcd", None, ExtendedKeyUsageOID.SERVER_AUTH, loopback
    )
    etcd_client_crt, etcd_client_key = _leaf(
        etcd_ca_key, etcd_ca_name, "kube-apiserver-etcd-client", None, ExtendedKeyUsageOID.CLIENT_AUTH
    )
    del etcd_ca_key
    sa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    paths = {
        name: directory / name
        for name in (
            "ca.crt",
            "ca.key",
            "apiserver.crt",
            "apiserver.key",
            "admin.crt",
            "admin.key",
            "sa.key",
            "sa.pub",
            "etcd-ca.crt",
            "etcd.crt",
            "etcd.key",
            "etcd-client.crt",
            "etcd-client.key",
        )
    }
    _write(paths["ca.crt"], ca.public_bytes(serialization.Encoding.PEM))
    _write(paths["ca.key"], _pem_key(ca_key))
    _write(paths["apiserver.crt"], serving_crt)
    _write(paths["apiserver.key"], serving_key)
    _write(paths["admin.crt"], admin_crt)
    _write(paths["admin.key"], admin_key)
    _write(paths["etcd-ca.crt"], etcd_ca.public_bytes(serialization.Encoding.PEM))
    _write(paths["etcd.crt"], etcd_crt)
    _write(paths["etcd.key"], etcd_key)
    _write(paths["etcd-client.crt"], etcd_client_crt)
    _write(paths["etcd-client.key"], etcd_client_key)
    _write(paths["sa.key"], _pem_key(sa_key))
    _write(
        paths["sa.pub"],
        sa_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
    )
    return paths
