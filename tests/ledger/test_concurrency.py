"""Two processes writing at once never fork the log: one sequencer, on both backends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from handover.ledger import Ledger
from handover.storage.tables import claims, log_entries

WRITER = """
import sys
from handover.domain import Category, Claim
from handover.ledger import Ledger
ledger = Ledger.open(sys.argv[1])
for n in range(int(sys.argv[3])):
    ledger.claims.add(Claim("Russia", "Ukraine", Category.POW, n,
                            speaker=f"writer {sys.argv[2]}"))
ledger.close()
"""


def test_two_writers_never_fork_the_log(db_url: str, tmp_path: Path) -> None:
    ledger = Ledger.create(db_url)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    key = ledger.log.key_file
    env = {"HANDOVER_KEY": str(key), "PATH": "/usr/bin:/bin"}
    writers = [subprocess.Popen([sys.executable, str(script), db_url, name, "40"], env=env,
                                stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    for writer in writers:
        _, stderr = writer.communicate(timeout=300)
        assert writer.returncode == 0, stderr
    result = ledger.verify()
    assert result.ok, result.problems
    with ledger.db.reading() as connection:
        indices = connection.execute(select(log_entries.c.idx)).scalars().all()
        counts = connection.execute(select(claims.c.count)).scalars().all()
    assert sorted(indices) == list(range(82))
    assert sorted(counts) == sorted(list(range(40)) * 2)
    ledger.close()
