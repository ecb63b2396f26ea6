"""The learned backstop (publishing/claim_model.py): when it speaks, what vetoes
it, and that its committed weights are what the training gives."""

import pytest

from publishing import claim_model
from publishing.claim_features import features, tokens
from publishing.claim_products import KINDS_BY_KEY
from publishing.claims import Context, check_text
from tests.publishing.claims_corpus.figures import PARTS, load
from tests.publishing.claims_corpus.model_fit import example, fit, prose_examples

EXOSOME_PAGE = Context(status="not_approved", topic=KINDS_BY_KEY["exosomes"])
LASER_PAGE = Context(status="cleared", topic=KINDS_BY_KEY["laser"])


@pytest.fixture
def weights(monkeypatch):
    """A model that reads any sentence naming a hair outcome as a claim."""

    def use(found, threshold=0.5):
        monkeypatch.setattr(claim_model, "model", lambda: (found, threshold))

    return use


def learned(text, context=EXOSOME_PAGE):
    return [f for f in check_text(text, context) if f.rule == claim_model.LEARNED_RULE]


def test_a_sentence_no_rule_flags_is_flagged_whole_by_the_model(weights):
    weights({"c:outcome": 4.0, "bias": -1.0})
    text = "Thicker hair is what every client leaves with."
    [finding] = learned(text)
    assert finding.phrase == text
    assert finding.label == claim_model.LEARNED_LABEL
    assert "FTC" in finding.why
    assert finding.advice == claim_model.LEARNED_ADVICE


def test_the_model_stays_silent_below_its_threshold(weights):
    weights({"c:outcome": 4.0, "bias": -1.0}, threshold=0.99)
    assert learned("Thicker hair is what every client leaves with.") == []


def test_without_weights_there_is_no_learned_backstop(weights):
    weights({}, threshold=0.0)
    assert learned("Thicker hair is what every client leaves with.") == []


@pytest.mark.parametrize(
    "text",
    [
        # denied, reported by a named third party, mentioned as a term
        "No serum can promise thicker hair for every client.",
        "Some clinics claim that thicker hair is what every client leaves with.",
        "Watch out for words like “thicker hair in weeks” in adverts.",
    ],
)
def test_clause_analysis_vetoes_the_model(weights, text):
    weights({"c:outcome": 4.0, "bias": 2.0})
    assert learned(text) == []


def test_a_phrase_the_rules_set_aside_vetoes_the_model(weights):
    # True of the page's product: the rules let it pass, so must the model.
    weights({"bias": 5.0})
    assert check_text("This cap is FDA cleared.", LASER_PAGE) == []
    assert learned("This cap is a real pleasure to wear!", LASER_PAGE)


def test_a_sentence_with_no_word_that_can_carry_a_claim_is_not_flagged(weights):
    weights({"bias": 5.0})
    assert learned("A lotion for thinning hair.") == []
    assert learned("A lotion for thinning hair, made in our clinic.")


@pytest.mark.parametrize(
    ("plain", "promising"),
    [
        # The use, named after "for", with a date or a version: no promise.
        ("Exosomes for hair restoration (2027 update)", "Exosomes for hair "
         "restoration in 4 weeks"),
        ("PRP for hair growth: 2026 review", "PRP for hair growth that we guarantee"),
        ("Microneedling for hair regrowth, version 2", "Microneedling for thicker "
         "hair, version 2"),
    ],
)  # fmt: skip
def test_a_treatment_named_with_its_use_is_not_a_promise(weights, plain, promising):
    weights({"c:outcome": 4.0, "c:number": 2.0, "bias": 1.0})
    assert learned(plain) == []
    assert check_text(promising, EXOSOME_PAGE)


def test_questions_and_wordless_sentences_never_reach_the_model(weights):
    weights({"bias": 5.0})
    assert learned("Is it right for me?") == []
    assert learned("- - -") == []


def test_features_fold_numbers_and_cut_words_to_stems():
    assert tokens("93% of clients, 3x the hair in 4 weeks!") == [
        "<pct>", "of", "clients", "<pct>", "the", "hair", "in", "<num>", "weeks", "!",
    ]  # fmt: skip
    found = features("Our serum regrows hair.", "not_approved")
    assert {"w:regrows", "s:regro", "b:our_serum", "c:outcome", "c:seller"} <= found
    assert "status:not_approved" in found


def test_the_committed_weights_are_what_training_on_the_corpus_gives():
    examples = [example(row) for part in PARTS for row in load(part)]
    examples += [ex for article in prose_examples().values() for ex in article]
    assert fit(examples) == claim_model.model()[0]
