"""The show and report pages render in a real browser (headless Chromium), without
console errors. .ci/run installs Debian's chromium; without it these tests are skipped."""
import importlib.util
import shutil

import pytest
from typer.testing import CliRunner

from relations_nlp.cli import app

from .helpers import ROOT

pytestmark = pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                                reason="headless Chromium not installed (apt-get install chromium)")


def _render():
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "scripts" / "screenshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.render


def test_show_and_report_render(tmp_path):
    runner = CliRunner()
    article = ROOT / "corpus" / "articles" / "2025-10-17_russia_azerbaijan_tension_defused.txt"
    page = tmp_path / "page.html"
    assert runner.invoke(app, ["show", str(article), "--output", str(page)]).exit_code == 0
    out = tmp_path / "ann"
    assert runner.invoke(app, ["annotate", str(ROOT / "corpus" / "articles"), "--output", str(out)]).exit_code == 0
    report = tmp_path / "report.html"
    assert runner.invoke(app, ["report", str(out), "--output", str(report)]).exit_code == 0
    render = _render()
    for html_page, expected in ((page, "Relation cues"), (report, "Dyad tone over time")):
        png = html_page.with_suffix(".png")
        dom, console = render(html_page, png)
        assert console == []
        assert expected in dom and "</html>" in dom
        assert png.exists() and png.stat().st_size > 10_000
