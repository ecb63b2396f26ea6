"""The backstop for promises in words no rule lists (publishing/claim_voice.py)."""

import pytest

from publishing.claim_normalise import normalise
from publishing.claim_voice import promised_outcome


@pytest.mark.parametrize(
    "sentence",
    [
        "Get your hair back and keep it.",
        "Watch your hair come back thicker month after month.",
        "We bring density back to tired follicles!",
    ],
)
def test_a_seller_promising_an_outcome_is_caught(sentence):
    assert promised_outcome(normalise(sentence)) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # No seller's voice: a fact about hair.
        "Hair grows back after telogen effluvium.",
        # Hedged, conditional, cited or denied.
        "Your hair may grow back thicker.",
        "If you stop, the new hair is lost within months.",
        "In the trial, density rose more than with placebo.",
        "We cannot promise your hair back.",
        # The seller's voice, but no outcome.
        "Book your consultation online!",
    ],
)
def test_hedged_unvoiced_or_outcome_free_sentences_pass(sentence):
    assert promised_outcome(normalise(sentence)) is None
