"""Key generation and private key files (mode 0600, never overwritten, loose modes refused)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from handover.errors import InputError
from handover.merkle import (
    CosignatureSigner,
    Ed25519Signer,
    generate_signer,
    parse_vkey,
    read_private_key,
    write_private_key,
)


def test_generated_keys_are_distinct_and_typed() -> None:
    first, second = generate_signer("handover.test/log"), generate_signer("handover.test/log")
    assert isinstance(first, Ed25519Signer)
    assert first.public_key != second.public_key
    witness = generate_signer("handover.test/w", cosigner=True)
    assert isinstance(witness, CosignatureSigner)
    assert parse_vkey(witness.verifier().vkey()) == witness.verifier()


def test_generate_refuses_bad_names() -> None:
    with pytest.raises(InputError, match="contains '\\+'"):
        generate_signer("a+b")
    with pytest.raises(InputError, match="key name is empty"):
        generate_signer("")


def test_private_key_file_round_trip_mode_0600(tmp_path: Path) -> None:
    path = tmp_path / "log.key"
    signer = generate_signer("handover.test/log")
    old_umask = os.umask(0)  # even a permissive umask must not widen the file mode
    try:
        write_private_key(path, signer)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text() == signer.skey() + "\n"
    assert read_private_key(path) == signer


def test_existing_key_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "log.key"
    path.write_text("precious\n")
    with pytest.raises(InputError, match="exists already; refusing to overwrite it") as caught:
        write_private_key(path, generate_signer("handover.test/log"))
    assert caught.value.path == str(path)
    assert path.read_text() == "precious\n"


def test_unwritable_location(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot create private key file"):
        write_private_key(tmp_path / "missing" / "log.key", generate_signer("handover.test/x"))


def test_loose_modes_and_bad_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "log.key"
    write_private_key(path, generate_signer("handover.test/log"))
    path.chmod(0o644)
    with pytest.raises(InputError, match="mode 0644, expected 0600"):
        read_private_key(path)
    path.chmod(0o600)
    path.write_text("not a key\n")
    with pytest.raises(InputError, match="does not start with PRIVATE\\+KEY\\+") as caught:
        read_private_key(path)
    assert caught.value.line().startswith(str(path))
    with pytest.raises(InputError, match="cannot read private key file"):
        read_private_key(tmp_path / "absent.key")
