"""Pure functions: cleaning, words, synonyms, spelling, snippets, paging, A-Z."""

import pytest
from django.http import QueryDict

from search.highlight import best_snippet, highlight, stream_text
from search.templatetags.search_tags import query_string
from search.text import (
    clean_query,
    compound_groups,
    expand,
    looks_personal,
    marked_words,
    normal_form,
    page_number,
    parse_phrases,
    rarity,
    recordable_form,
    short_line,
    suggest,
    title_score,
    topic_units,
    topic_variants,
    topic_words,
    vocabulary_of,
    word_forms,
    words_of,
)
from search.views import Entry, group_by_letter, see_target


def test_clean_query_drops_nul_collapses_space_and_cuts():
    assert clean_query("  hair\x00 loss \n\t now ") == ("hair loss now", False)
    text, cut = clean_query("a" * 10_000)
    assert cut is True and len(text) == 200


def test_words_drop_every_query_metacharacter():
    assert words_of("hair & | ! : * ( ) ' \" \\ ; loss") == ["hair", "loss"]
    assert words_of("Minoxidil's FOAM") == ["minoxidil", "s", "foam"]
    assert words_of("🙂💊") == []
    assert words_of("Haarausfall für Männer") == ["haarausfall", "für", "männer"]


def test_normal_form_and_word_forms():
    assert normal_form("transplants") == "transplant"
    assert normal_form("therapies") == "therapy"
    assert normal_form("alopecia") == "alopecia"
    assert normal_form("loss") == "loss"
    assert word_forms("transplants") == ["transplants", "transplant"]
    assert word_forms("exosome") == ["exosome", "exosomes"]


def test_parse_phrases_accepts_commas_and_lines():
    assert parse_phrases("Balding,  Male pattern\nhair loss; PRP") == [
        "balding",
        "male pattern",
        "hair loss",
        "prp",
    ]


def test_expand_swaps_each_phrase_for_its_equivalents():
    groups = [["balding", "androgenetic alopecia"], ["prp", "platelet rich plasma"]]
    assert expand(["balding", "men"], groups) == [
        ["balding", "men"],
        ["androgenetic", "alopecia", "men"],
    ]
    assert expand(["prp"], groups) == [["prp"], ["platelet", "rich", "plasma"]]
    assert expand(["minoxidil"], groups) == [["minoxidil"]]


def test_expand_matches_plurals():
    groups = [["hair transplant", "follicular unit extraction"]]
    assert ["follicular", "unit", "extraction"] in expand(
        ["hair", "transplants"], groups
    )


def test_spelling_suggestion_from_vocabulary():
    vocabulary = vocabulary_of(["Topical minoxidil", "Finasteride tablets"])
    assert suggest(["finastride"], vocabulary) == ["finasteride"]
    assert suggest(["minoxidill", "tablets"], vocabulary) == ["minoxidil", "tablets"]
    assert suggest(["minoxidil"], vocabulary) is None
    assert suggest(["zzzzzzzz"], vocabulary) is None


def test_highlight_escapes_before_marking():
    html = highlight("<script>alert(1)</script> hair loss & more", ["hair", "script"])
    assert "<script>" not in html
    assert "&lt;<mark>script</mark>&gt;" in html
    assert "<mark>hair</mark>" in html
    assert "&amp; more" in html


def test_highlight_never_marks_inside_entities():
    assert highlight("salt & pepper", ["amp"]) == "salt &amp; pepper"


def test_highlight_marks_plurals_and_case():
    html = highlight("Exosomes are vesicles", ["exosome"])
    assert html == "<mark>Exosomes</mark> are vesicles"


def test_best_snippet_prefers_matching_passage():
    texts = ["A summary about scalps.", "x " * 200 + "the minoxidil foam " + "y " * 200]
    snippet = best_snippet(texts, ["minoxidil"])
    assert "minoxidil foam" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 260
    assert best_snippet(texts, ["nothing"]) == "A summary about scalps."


def test_stream_text_collects_reader_text_only():
    raw = [
        {
            "type": "section",
            "value": {"heading": "What it is", "content": "<p>Foam</p>"},
        },
        {
            "type": "references",
            "value": {
                "heading": "Refs",
                "references": [{"doi": "10.1/x", "title": "T"}],
            },
        },
    ]
    assert stream_text(raw) == ["What it is", "Foam", "Refs", "T"]


def test_personal_queries_are_not_recorded():
    assert looks_personal("jane.doe@example.org")
    assert looks_personal("call me 0612 345 678")
    assert not looks_personal("minoxidil 5%")
    assert recordable_form(["hair", "loss"]) == "hair loss"


def test_page_number_is_always_a_page_that_exists():
    assert page_number("abc", 5) == 1
    assert page_number("-1", 5) == 1
    assert page_number("99999", 5) == 5
    assert page_number("3", 5) == 3
    assert page_number("2", 0) == 1
    assert page_number(None, 5) == 1


def test_query_string_keeps_other_parameters():
    params = QueryDict("q=hair+loss&condition=alopecia-areata&page=2")
    assert (
        query_string(params, page=3) == "q=hair+loss&condition=alopecia-areata&page=3"
    )
    assert query_string(params, condition=None, page=None) == "q=hair+loss"


def test_group_by_letter_and_see_target():
    minoxidil = Entry("Topical minoxidil", "/t/minoxidil/", "treatment")
    entries = [
        minoxidil,
        Entry("Alopecia areata", "/t/?condition=aa", "condition"),
        Entry("5-alpha", "/t/5/", "treatment"),
        Entry("androgenetic alopecia", "/t/?condition=ag", "condition"),
    ]
    groups = group_by_letter(entries)
    assert [letter for letter, _ in groups] == ["#", "A", "T"]
    assert [e.label for e in groups[1][1]] == [
        "Alopecia areata",
        "androgenetic alopecia",
    ]
    targets = {"topical minoxidil": minoxidil}
    assert see_target(["rogaine", "topical minoxidil"], targets) is minoxidil
    assert see_target(["nothing"], targets) is None


# Questions -------------------------------------------------------------------

PRP = [["prp", "platelet rich plasma"]]


def test_topic_words_leave_out_the_question():
    assert topic_words(words_of("Does minoxidil work?")) == ["minoxidil"]
    assert topic_words(words_of("how much does a hair transplant cost")) == [
        "hair",
        "transplant",
    ]
    # Nothing but filler: the words are the topic.
    assert topic_words(["side", "effects"]) == ["side", "effects"]


def test_topic_variants_find_lay_phrases_among_question_words():
    assert topic_variants(words_of("can prp regrow hair"), PRP) == [
        ["prp", "hair"],
        ["platelet", "rich", "plasma", "hair"],
    ]
    assert topic_units(["is", "prp", "safe"], PRP) == [
        [("prp",)],
        [("platelet", "rich", "plasma")],
    ]


def test_marked_words_keep_what_the_question_asks_about():
    words = words_of("side effects of finasteride")
    assert marked_words(words, []) == ["finasteride", "side", "effects"]


def test_title_score_weighs_rare_words_and_whole_phrases():
    titles = [
        "platelet-rich plasma (prp)",
        "exosomes for hair restoration",
        "microneedling for hair loss",
        "hair transplant surgery",
    ]
    variants = topic_units(["can", "prp", "regrow", "hair"], PRP)
    weights = rarity(variants, titles)
    assert weights["prp"] == 1 and weights["hair"] == 1 / 3
    scores = [title_score(variants, weights, title) for title in titles]
    # "platelet rich plasma" (three rare words) + "hair": 3 of 3 1/3.
    assert scores == [pytest.approx(0.9), 0, 0, 0]
    # A lay phrase's equivalent counts whole or not at all.
    balding = [[("pattern", "hair", "loss")]]
    weights = rarity(balding, titles)
    assert title_score(balding, weights, "microneedling for hair loss") == 0
    assert title_score(balding, weights, "pattern hair loss") == 1


def test_compound_groups_join_words_the_site_writes_as_one():
    vocabulary = ("hair", "microneedling", "needling")
    assert compound_groups(["micro", "needling", "cost"], vocabulary) == [
        ["micro needling", "microneedling"]
    ]
    assert compound_groups(["hair", "loss"], vocabulary) == []


def test_short_line_is_the_first_sentence_cut_at_a_word():
    assert short_line("Tiny vesicles. Clinics inject them.") == "Tiny vesicles."
    line = short_line("word " * 40)
    assert line == "word " * 15 + "word…"
    assert short_line("word " * 15 + "word words") == "word " * 15 + "word…"
    assert short_line("word " * 15 + "wordiest") == ("word " * 15).strip() + "…"
    assert len(line) <= 80
    assert short_line("") == ""
