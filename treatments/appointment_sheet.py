"""What the one-page "take to your appointment" sheet shows.

Pure functions over a StreamField body, read with article.reader_text, so the
page, the tests and any future export agree on which parts of an article count
as its risks.
"""

import re

from .article import reader_text

RISK_HEADING_RE = re.compile(
    r"\b(risks?|side[- ]effects?|safety|harms?|complications?|adverse)\b", re.I
)

# The questions every reader should be able to ask, whatever the treatment.
DOCTOR_QUESTIONS = (
    (
        "Is it approved for this use?",
        "Ask whether a product is approved or cleared for exactly what you want "
        "it for, or whether it would be used off-label.",
    ),
    (
        "What is the evidence?",
        "Ask which studies support it, how large they were, and what results "
        "people like you can realistically expect.",
    ),
    (
        "What does it cost?",
        "Ask for the full price of a course, including follow-up sessions and "
        "what happens if you stop.",
    ),
    (
        "What are the alternatives?",
        "Ask about established options, doing nothing, and how they compare "
        "on benefit, risk and cost.",
    ),
)

SUMMARY_LIMIT = 600
# Warning signs printed as a list: enough to recognise, few enough for one page.
SIGNS_SHOWN = 6
SIGN_LIMIT = 160


def shorten(text, limit=SUMMARY_LIMIT):
    """Plain text cut at a word boundary so the sheet stays on one page."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def risk_sections(body):
    """[{"heading", "text", "items"}] for sections, warnings and urgent-care
    signs about risk. The urgent-care signs stay a list ("items"), so the
    sheet prints them as one, a line each, as the article shows them."""
    risks = []
    for block in reader_text(body):
        if block.block_type == "section" and RISK_HEADING_RE.search(block.heading):
            risks.append(
                {
                    "heading": block.heading,
                    "text": shorten(" ".join(block.texts("content"))),
                    "items": [],
                }
            )
        elif block.block_type == "callout" and block.value.get("variant") == "warning":
            risks.append(
                {
                    "heading": block.heading or "Important",
                    "text": shorten(" ".join(block.texts("text"))),
                    "items": [],
                }
            )
        elif block.block_type == "urgent_care":
            risks.append(
                {
                    "heading": block.heading,
                    "text": "",
                    "items": [
                        shorten(sign, SIGN_LIMIT)
                        for sign in block.texts("warning_signs")[:SIGNS_SHOWN]
                    ],
                }
            )
    return risks


def key_facts(body):
    """The facts of the first key-facts block, if the article has one."""
    for block in reader_text(body):
        if block.block_type == "key_facts":
            return block.texts("facts")
    return []
