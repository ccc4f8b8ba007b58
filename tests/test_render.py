"""Facts filled into prose, glossary words linked, Markdown turned into sentences."""

from __future__ import annotations

import pytest

from legapp.content.models import Fact, GlossaryTerm, PackInfo
from legapp.content.plaintext import markdown_to_plain
from legapp.content.render import fill_facts, format_fact, link_glossary, topic_markdown, topic_sources

EN = PackInfo(locale="en", name="t", version=1)
ES = PackInfo(locale="es", name="t", version=1, range_format="{low} a {high}", decimal_separator=",")


def fact(**kw) -> Fact:
    return Fact(**{"id": "f", "label": "x", "source": "s", "status": "verified", **kw})


@pytest.mark.parametrize(
    ("kw", "mode", "info", "expected"),
    [
        ({"low": 3, "high": 8, "unit": "%"}, "", EN, "3 to 8%"),
        ({"low": 1.2, "high": 1.6, "unit": "g"}, "", EN, "1.2 to 1.6 g"),
        ({"low": 1.2, "high": 1.6, "unit": "g"}, "", ES, "1,2 a 1,6 g"),
        ({"value": 150, "unit": "minutes"}, "", EN, "150 minutes"),
        ({"value": 150, "unit": "minutes"}, "bare", EN, "150"),
        ({"low": 0.3, "high": 0.8, "unit": "% a year"}, "", EN, "0.3 to 0.8% a year"),
        ({"low": 3, "high": 8, "unit": "%"}, "low", EN, "3"),
        ({"low": 3, "high": 8, "unit": "%"}, "high", EN, "8"),
        ({"value": 30}, "", EN, "30"),
    ],
)
def test_format_fact(kw, mode, info, expected):
    assert format_fact(fact(**kw), info, mode) == expected


def test_fact_needs_value_or_full_range():
    with pytest.raises(ValueError, match="either value"):
        fact(unit="%")
    with pytest.raises(ValueError, match="both low and high"):
        fact(low=1)
    with pytest.raises(ValueError, match="greater"):
        fact(low=5, high=1)


def test_fill_facts_in_prose():
    facts = {"age": fact(id="age", value=30, unit="years"), "loss": fact(id="loss", low=3, high=8, unit="%")}
    text = "After age {{age|bare}}, you lose {{ loss }} a decade ({{loss|low}}-{{loss|high}})."
    assert fill_facts(text, facts, EN) == "After age 30, you lose 3 to 8% a decade (3-8)."


GLOSSARY = (
    GlossaryTerm(id="insulin", term="insulin", definition="d"),
    GlossaryTerm(id="insulin-resistance", term="insulin resistance", definition="d"),
    GlossaryTerm(id="gait", term="gait", forms=("gaits",), definition="d"),
)


def test_link_glossary_links_first_use_longest_first_and_skips_headings():
    md = "## Gait and insulin\n\nInsulin resistance means insulin works less. Your gait, gaits.\n"
    out = link_glossary(md, GLOSSARY)
    assert out.startswith("## Gait and insulin\n")  # headings untouched
    assert "[Insulin resistance](glossary:insulin-resistance)" in out
    assert "[insulin](glossary:insulin) works less" in out
    assert out.count("(glossary:gait)") == 1
    assert "[gait](glossary:gait), gaits." in out


def test_link_glossary_leaves_links_and_word_parts_alone():
    md = "See [gait page](topic:walking). Gaiters are not gait."
    out = link_glossary(md, GLOSSARY)
    assert "[gait page](topic:walking)" in out
    assert "Gaiters are" in out
    assert "[gait](glossary:gait)." in out


def test_topic_markdown_has_everything_filled(pack):
    for topic in pack.topics:
        md = topic_markdown(pack, topic.id, "Key points")
        assert "{{" not in md
        assert "## Key points" in md
        for point in topic.key_points[:1]:
            assert markdown_to_plain(fill_facts(point, pack.facts, pack.info))[:20] in markdown_to_plain(md)


def test_topic_sources_include_those_of_quoted_facts(pack):
    cited = " ".join(topic_sources(pack, "how-fast"))
    assert "Wall" in cited  # the cast study, quoted through its facts
    assert "Kortebein" in cited


def test_markdown_to_plain_makes_sentences():
    md = "## A heading\n- a point\n- done.\n\nSome **bold** and *soft* [link](topic:x) text."
    assert markdown_to_plain(md) == "A heading.\na point.\ndone.\n\nSome bold and soft link text."
