"""A witness's own files: its cosigning key, the logs it trusts, and what it last cosigned.

A witness folder holds ``witness.key`` (mode 0600), ``logs.json`` (origin -> trusted log vkeys)
and ``state.json`` (origin -> the size and root it last cosigned). State is rewritten atomically
(a new file renamed over the old one) under an exclusive lock, so two requests cannot both
advance the same log from the same size.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from handover.errors import InputError
from handover.merkle.cosignature import CosignatureSigner
from handover.merkle.keys import (
    Verifier,
    generate_signer,
    parse_vkey,
    read_private_key,
    write_private_key,
)
from handover.merkle.witness import (
    AddCheckpointRequest,
    WitnessResponse,
    WitnessState,
    add_checkpoint,
)

__all__ = ["WitnessFolder"]


class WitnessFolder:
    """The files of one witness."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def key_file(self) -> Path:
        """The witness's private cosigning key."""
        return self.folder / "witness.key"

    def create(self, name: str) -> str:
        """Make a new witness with a new key; returns its verifier key."""
        if self.key_file.exists():
            raise InputError("a witness exists here already", path=self.folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        signer = generate_signer(name, cosigner=True)
        write_private_key(self.key_file, signer)
        self._write_json("logs.json", {})
        self._write_json("state.json", {})
        return signer.verifier().vkey()

    def signer(self) -> CosignatureSigner:
        """The witness's cosigning key."""
        if not self.key_file.exists():
            raise InputError("no witness here (create one with `handover witness init`)",
                             path=self.folder)
        signer = read_private_key(self.key_file)
        if not isinstance(signer, CosignatureSigner):
            raise InputError("witness.key is not a cosignature/v1 key", path=self.key_file)
        return signer

    def vkey(self) -> str:
        """The witness's verifier key, for logs and receipt checkers to trust."""
        return self.signer().verifier().vkey()

    def trust(self, vkey: str) -> str:
        """Trust a log's key; the log is known by the key's name (its origin)."""
        verifier = parse_vkey(vkey)
        logs = self._read_json("logs.json")
        keys = logs.setdefault(verifier.name, [])
        if vkey not in keys:
            keys.append(vkey)
        self._write_json("logs.json", logs)
        return verifier.name

    def logs(self) -> dict[str, list[Verifier]]:
        """Trusted log keys by origin."""
        return {origin: [parse_vkey(k) for k in keys]
                for origin, keys in self._read_json("logs.json").items()}

    def state(self, origin: str) -> WitnessState | None:
        """What this witness last cosigned for ``origin``."""
        entry = self._read_json("state.json").get(origin)
        if entry is None:
            return None
        return WitnessState(origin, int(entry["size"]), base64.b64decode(entry["root"]))

    def add_checkpoint(self, body: str | bytes) -> WitnessResponse:
        """Handle a C2SP tlog-witness ``add-checkpoint`` request and persist the new state."""
        request = AddCheckpointRequest.from_text(body)
        with self._locked():
            response = add_checkpoint(request, self.state(request.origin), logs=self.logs(),
                                      signer=self.signer(), timestamp=int(time.time()))
            if response.state is not None:
                states = self._read_json("state.json")
                states[response.state.origin] = {
                    "size": response.state.size,
                    "root": base64.b64encode(response.state.root_hash).decode("ascii")}
                self._write_json("state.json", states)
        return response

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with (self.folder / ".lock").open("w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            yield

    def _read_json(self, name: str) -> dict[str, Any]:
        path = self.folder / name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"no {name} (create the witness with `handover witness init`)",
                             path=self.folder) from None
        except json.JSONDecodeError as exc:
            raise InputError(f"{name} is not JSON: {exc}", path=self.folder) from None
        if not isinstance(data, dict):
            raise InputError(f"{name} is not a JSON object", path=self.folder)
        return data

    def _write_json(self, name: str, data: dict[str, Any]) -> None:
        target = self.folder / name
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(temporary, target)
