"""manage.py check_claims: sentences on stdin, one JSON line each on stdout."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.factories import TreatmentPageFactory

pytestmark = pytest.mark.django_db

LINES = [
    "FDA approved exosome therapy.",
    "Minoxidil foam is FDA approved for pattern hair loss.",
    "Nobody can guarantee results.",
    "",
]


def run(lines, **options):
    stdout = StringIO()
    call_command(
        "check_claims",
        stdin=StringIO("\n".join(lines) + "\n"),
        stdout=stdout,
        **options,
    )
    return [json.loads(line) for line in stdout.getvalue().splitlines()]


def test_one_json_line_per_input_line_with_rule_phrase_and_advice(home_page):
    results = run(LINES)
    assert [result["text"] for result in results] == LINES
    first = results[0]["findings"]
    assert [(f["rule"], f["phrase"]) for f in first] == [
        ("fda_approved", "FDA approved")
    ]
    assert first[0]["advice"]
    assert [result["findings"] for result in results[1:]] == [[], [], []]


def test_page_gives_the_status_and_topic(treatment_index):
    TreatmentPageFactory(
        parent=treatment_index,
        title="Laser caps",
        slug="laser-caps",
        summary="Low-level light at home.",
        regulatory_status="cleared",
    )
    lines = ["This cap is FDA cleared.", "This cap is FDA approved."]
    cleared, approved = run(lines, page="laser-caps")
    assert cleared["findings"] == []
    assert [f["rule"] for f in approved["findings"]] == ["fda_approved"]
    # Without the page, nothing says which device is meant.
    assert [f["rule"] for f in run(lines[:1])[0]["findings"]] == ["fda_cleared"]


def test_an_unknown_page_is_an_error(home_page):
    with pytest.raises(CommandError, match="no treatment page|No treatment page"):
        run(LINES, page="nowhere")
