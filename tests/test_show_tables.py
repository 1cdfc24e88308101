"""displaCy colours, the show page and the tables."""

from spacy import displacy
from typer.testing import CliRunner

from relations_nlp import tables
from relations_nlp.cli import app

from .helpers import ROOT, annotate

TEXT = "Russian President Vladimir Putin said there had been no such rupture between Russia and Azerbaijan."


def test_displacy_colours_registered_by_entry_point(nlp):
    doc = annotate(nlp, TEXT, "2025-10-17")
    page = displacy.render(doc, style="ent", page=False, jupyter=False)
    assert "#7aecec" in page  # COUNTRY colour with zero options
    assert "#f0a8d0" in page  # LEADER colour


def test_tables(nlp):
    doc = annotate(nlp, TEXT, "2025-10-17")
    doc.user_data["id"] = "a1"
    ents = tables.entities([doc], as_frame=False)
    assert {"id": "a1", "date": "2025-10-17", "text": "Vladimir Putin", "label": "LEADER", "kb_id": "Vladimir Putin",
            "country": "RUS", "role": "president"}.items() <= ents[1].items()
    cues = tables.cues([doc], as_frame=False)
    assert cues[0]["text"] == "rupture" and cues[0]["negated"] is True and cues[0]["polarity"] > 0
    dyads = tables.dyads([doc], as_frame=False)
    assert dyads == [{"id": "a1", "date": "2025-10-17", "source": None, "path": None, "pair": "AZE|RUS",
                      "state_a": "AZE", "state_b": "RUS", "tone": dyads[0]["tone"], "label": "POS",
                      "n_evidence": 1, "evidence": ["rupture"]}]


def test_show_page(tmp_path):
    out = tmp_path / "page.html"
    article = ROOT / "corpus" / "articles" / "2025-10-17_russia_azerbaijan_tension_defused.txt"
    result = CliRunner().invoke(app, ["show", str(article), "--output", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert 'title="CRISIS polarity +' in page  # a negated crisis cue, polarity on hover
    assert "AZE|RUS" in page and 'href="#cue-' in page  # dyad table links to the evidence
    assert "<script" not in page  # self-contained, nothing to fetch


def test_show_missing_input(tmp_path):
    result = CliRunner().invoke(app, ["show", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "Input not found" in result.output


def test_report_and_csv(tmp_path):
    runner = CliRunner()
    out = tmp_path / "ann"
    result = runner.invoke(app, ["annotate", str(ROOT / "corpus" / "articles"), "--output", str(out)])
    assert result.exit_code == 0, result.output
    page, csv_path = tmp_path / "report.html", tmp_path / "tone.csv"
    result = runner.invoke(app, ["report", str(out), "--output", str(page), "--csv", str(csv_path)])
    assert result.exit_code == 0, result.output
    html_text = page.read_text(encoding="utf8")
    assert "Most-mentioned states" in html_text and "<polyline" in html_text
    assert "AZE|RUS" in html_text and "RUS" in html_text
    rows = csv_path.read_text(encoding="utf8").splitlines()
    assert rows[0] == "id,date,source,pair,tone,label,n_evidence"
    assert any(",2025-10-17,,AZE|RUS," in row for row in rows)
    assert runner.invoke(app, ["report", str(tmp_path / "empty"), "--output", str(page)]).exit_code == 1


def test_render_cues_coloured_by_sign(nlp):
    from relations_nlp.displacy import NEGATIVE, POSITIVE, render_cues

    doc = annotate(nlp, "There had been no such rupture, but new sanctions followed.")
    page = render_cues(doc, page=False, jupyter=False)
    assert POSITIVE in page and NEGATIVE in page  # "no such rupture" > 0, "sanctions" < 0
    assert "relation_cues_by_sign" not in doc.spans
