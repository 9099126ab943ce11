"""A real ``handover serve`` on a free port, and Debian's chromium driven by Playwright.

The browser is never downloaded: the tests use /usr/bin/chromium and fail (not skip) with a
clear message when it is missing. The server's output is kept in files and shown whenever it
does not come up in time.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

from tests.web.conftest import TOKEN, build_ledger

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STARTUP_SECONDS = 40


@dataclass(frozen=True)
class Server:
    """A running ``handover serve``: its address, its ledger, and where its output goes."""

    url: str
    db: Path
    process: subprocess.Popen[bytes]
    out: Path
    err: Path

    def output(self) -> str:
        """What the server printed so far, for failure messages."""
        return (f"--- stdout ---\n{self.out.read_text(errors='replace')}\n"
                f"--- stderr ---\n{self.err.read_text(errors='replace')}")


def find_free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_server(server: Server, seconds: float = STARTUP_SECONDS) -> None:
    """Poll the server until it answers; fail with its output if it exits or stays silent."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"handover serve exited with {server.process.returncode}\n"
                        f"{server.output()}")
        try:
            with urllib.request.urlopen(server.url + "/api/log", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    server.process.kill()
    pytest.fail(f"handover serve did not answer within {seconds}s\n{server.output()}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``handover serve`` over a demo-like ledger, on a free loopback port."""
    folder = tmp_path_factory.mktemp("serve")
    db = folder / "handover.db"
    build_ledger(db)
    port = find_free_port()
    out, err = folder / "stdout.txt", folder / "stderr.txt"
    env = {**os.environ, "HANDOVER_TOKEN": TOKEN}
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "handover", "serve", "--port", str(port), "--db", str(db)],
            stdout=stdout, stderr=stderr, env=env)
    running = Server(f"http://127.0.0.1:{port}", db, process, out, err)
    try:
        wait_for_server(running)
        yield running
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    """Playwright, refusing to run without Debian's chromium."""
    if not CHROMIUM.exists():
        pytest.fail(f"browser tests need Debian's chromium at {CHROMIUM}: "
                    "install it with `apt-get install chromium` (no browser is downloaded)")
    with sync_playwright() as driver:
        yield driver


def launch(playwright: Playwright, profile: Path, *, javascript: bool = True) -> BrowserContext:
    """Chromium with a fresh profile folder."""
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=str(CHROMIUM), headless=True, args=ARGS,
        java_script_enabled=javascript, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(20_000)
    return context


@pytest.fixture
def browser(playwright: Playwright, tmp_path: Path) -> Iterator[BrowserContext]:
    """A browser with scripts on."""
    context = launch(playwright, tmp_path / "profile")
    yield context
    context.close()


@pytest.fixture
def page(browser: BrowserContext) -> Page:
    """A fresh tab; any script error on a page fails the test at its end."""
    tab = browser.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.errors = errors  # type: ignore[attr-defined]
    return tab


def log_in(page: Page, server: Server) -> None:
    """Log in through the form, as a person would."""
    page.goto(f"{server.url}/login?next=/")
    page.get_by_label("Write token").fill(TOKEN)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{server.url}/")
