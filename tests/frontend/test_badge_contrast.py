"""The badges' colours, read from site.css: distinct per status, WCAG AA."""

import re

import pytest
from django.conf import settings

from treatments.models import EvidenceLevel, RegulatoryStatus

CSS = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
PROPERTIES = dict(re.findall(r"(--color-[\w-]+):\s*(#[0-9a-fA-F]{6})", CSS))


def colours(selector):
    """(text, background) hex colours of a badge rule in site.css."""
    rule = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", CSS).group(1)
    found = dict(re.findall(r"(color|background):\s*var\((--[\w-]+)\)", rule))
    return PROPERTIES[found["color"]], PROPERTIES[found["background"]]


def luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground, background):
    lighter, darker = sorted([luminance(foreground), luminance(background)])[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("status", list(RegulatoryStatus.values))
def test_each_status_badge_keeps_aa_contrast(status):
    assert contrast(*colours(f".badge--status-{status}")) >= 4.5


@pytest.mark.parametrize("level", list(EvidenceLevel.values))
def test_each_evidence_badge_keeps_aa_contrast(level):
    assert contrast(*colours(f".badge--{level}")) >= 4.5


def test_approved_not_approved_and_cleared_look_different():
    pairs = {status: colours(f".badge--status-{status}") for status in RegulatoryStatus}
    assert len(set(pairs.values())) == len(pairs)
    # And a symbol besides the colour for the statuses readers must tell apart.
    for status, symbol in [("approved", "✓"), ("not_approved", "✕")]:
        rule = re.search(rf"\.badge--status-{status}::before\s*\{{([^}}]*)\}}", CSS)
        assert symbol in rule.group(1)
