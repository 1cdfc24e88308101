"""Render the HTML pages of ``relations-nlp show`` / ``report`` to PNG with headless
Chromium (Debian package ``chromium``), as a person would see them.

Run: ``python scripts/screenshot.py PAGE.html OUT.png [--width 1200 --height 1600]``
Used by ``tests/test_browser.py`` and to make ``docs/screenshot.png`` for the README.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import List, Tuple

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0"]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise FileNotFoundError("headless Chromium not found (apt-get install chromium)")


def render(page: Path, out: Path, width: int = 1200, height: int = 1600) -> Tuple[str, List[str]]:
    """Screenshot ``page`` into ``out``; returns the rendered DOM and the console messages."""
    with tempfile.TemporaryDirectory() as profile:
        base = [chromium(), *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"]
        shot = subprocess.run(base + [f"--screenshot={out}", page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=120)
        dom = subprocess.run(base + ["--dump-dom", page.resolve().as_uri()],
                             capture_output=True, text=True, timeout=120)
    console = [line for line in (shot.stderr + dom.stderr).splitlines() if "CONSOLE" in line]
    return dom.stdout, console


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=1600)
    args = parser.parse_args()
    _, console = render(args.page, args.out, args.width, args.height)
    for line in console:
        print(line, file=sys.stderr)
    print(f"wrote {args.out}")
    return 1 if console else 0


if __name__ == "__main__":
    sys.exit(main())
