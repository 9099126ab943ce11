"""Log and witness keys: generation, vkey/skey text, and private key files kept at mode 0600.

Verifier keys (``vkey``) and signing keys (``skey``) use the C2SP signed-note text encodings
(see `handover.merkle.note`). The type byte picks the signature kind: 0x01 for a log's Ed25519
note signatures, 0x04 for a witness's ``cosignature/v1`` (C2SP tlog-cosignature).

Private key files hold one ``skey`` line. They are created exclusively (an existing file is never
overwritten) with mode 0600, and refused on reading when the group or others may read them, as
ssh refuses loose private keys.

>>> signer = generate_signer("example.org/log")
>>> parse_vkey(signer.verifier().vkey()) == signer.verifier()
True
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from handover.errors import InputError
from handover.merkle.cosignature import CosignatureSigner, CosignatureVerifier
from handover.merkle.note import (
    ALG_COSIGNATURE_V1,
    ALG_ED25519,
    Ed25519Signer,
    Ed25519Verifier,
    decode_key_text,
)

__all__ = [
    "Signer",
    "Verifier",
    "generate_signer",
    "parse_skey",
    "parse_vkey",
    "read_private_key",
    "write_private_key",
]

Verifier = Ed25519Verifier | CosignatureVerifier
Signer = Ed25519Signer | CosignatureSigner

_SKEY_PREFIX = "PRIVATE+KEY+"


def _type_error(what: str, alg: int) -> InputError:
    return InputError(
        f"{what} has signature type 0x{alg:02x}, expected 0x01 (Ed25519) or 0x04 (cosignature/v1)"
    )


def parse_vkey(text: str) -> Verifier:
    """Parse a verifier key ``name+hexid+base64(type || public key)``; raise `InputError`.

    The key ID in the text must match the one computed from the name, type and key.
    """
    name, claimed_id, alg, material = decode_key_text(text, "verifier key")
    verifier: Verifier
    if alg == ALG_ED25519:
        verifier = Ed25519Verifier(name, material)
    elif alg == ALG_COSIGNATURE_V1:
        verifier = CosignatureVerifier(name, material)
    else:
        raise _type_error("verifier key", alg)
    _check_key_id("verifier key", name, claimed_id, verifier.key_id)
    return verifier


def parse_skey(text: str) -> Signer:
    """Parse a private key ``PRIVATE+KEY+name+hexid+base64(type || seed)``; raise `InputError`."""
    text = text.strip()
    if not text.startswith(_SKEY_PREFIX):
        raise InputError("private key does not start with PRIVATE+KEY+")
    name, claimed_id, alg, material = decode_key_text(text[len(_SKEY_PREFIX) :], "private key")
    signer: Signer
    if alg == ALG_ED25519:
        signer = Ed25519Signer(name, material)
    elif alg == ALG_COSIGNATURE_V1:
        signer = CosignatureSigner(name, material)
    else:
        raise _type_error("private key", alg)
    _check_key_id("private key", name, claimed_id, signer.key_id)
    return signer


def _check_key_id(what: str, name: str, claimed: bytes, computed: bytes) -> None:
    """A key's text names its ID; refuse the key when it is not the one its material gives."""
    if claimed != computed:
        raise InputError(f"{what} ID is {claimed.hex()}, expected {computed.hex()} for key {name}")


def generate_signer(name: str, *, cosigner: bool = False) -> Signer:
    """Return a random Ed25519 key named ``name``: a log key, or if ``cosigner`` a witness key."""
    seed = Ed25519PrivateKey.generate().private_bytes_raw()
    return CosignatureSigner(name, seed) if cosigner else Ed25519Signer(name, seed)


def write_private_key(path: str | Path, signer: Signer) -> None:
    """Write ``signer``'s skey to a new file readable by its owner only (mode 0600).

    Raises `InputError` if the file exists: a private key is never overwritten.
    """
    target = Path(path)
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise InputError(
            "private key file exists already; refusing to overwrite it", path=target
        ) from None
    except OSError as error:
        raise InputError(f"cannot create private key file: {error.strerror}", path=target) from None
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        # The umask can only remove bits from 0600, but make the mode explicit all the same.
        os.fchmod(handle.fileno(), 0o600)
        handle.write(signer.skey() + "\n")


def read_private_key(path: str | Path) -> Signer:
    """Read a private key file.

    Raises `InputError` if it is missing, malformed, or readable by the group or others.
    """
    source = Path(path)
    try:
        mode = source.stat().st_mode
        text = source.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read private key file: {error}", path=source) from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise InputError(
            f"private key file has mode {stat.S_IMODE(mode):04o}, expected 0600", path=source
        )
    try:
        return parse_skey(text)
    except InputError as error:
        raise InputError(error.message, path=source) from None
