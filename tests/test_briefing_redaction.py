"""Source protection rules (pure functions) and right-to-left text handling for briefings."""

from __future__ import annotations

import unicodedata

from fieldcase.briefing import fonts
from fieldcase.briefing.redaction import (
    PLACE_WITHHELD,
    Redactor,
    clean,
    protected_names,
    strip_day_dates,
    withheld_statement,
)
from fieldcase.domain.records import Consent, Location, PartialDate, PersonLink

NAMED = PersonLink(role="victim", pseudonym="J-007", name="Mara Quellin", consent=Consent(naming=True))
UNNAMED = PersonLink(role="witness", pseudonym="W-031", name="Вера Морвек", consent=Consent(naming=False))
ARABIC = PersonLink(role="source", pseudonym="S-101", name="سليم الكيشي")
NO_NAME = PersonLink(role="victim", pseudonym="V-200")


def test_people_are_pseudonyms_unless_they_consented_to_be_named() -> None:
    r = Redactor()
    assert r.person(NAMED).shown_as == "Mara Quellin (J-007)" and r.person(NAMED).named
    assert r.person(UNNAMED).shown_as == "W-031" and not r.person(UNNAMED).named
    assert r.person(NO_NAME).shown_as == "V-200"
    assert protected_names([NAMED, UNNAMED, ARABIC, NO_NAME]) == {"Вера Морвек": "W-031", "سليم الكيشي": "S-101"}


def test_names_without_consent_are_replaced_in_free_text_also_in_part() -> None:
    r = Redactor(protected=protected_names([UNNAMED, ARABIC]))
    text = ("Вера Морвек met the team. Later Морвек said سليم الكيشي was taken.\n"
            "Sources: Вера Морвек (eyewitness); Vrenic Rights Initiative.")
    out = r.text(text)
    assert "Морвек" not in out and "سليم" not in out and "الكيشي" not in out
    assert out.startswith("W-031 met the team. Later W-031 said S-101 was taken.")
    assert "Sources:" not in out and "Vrenic Rights Initiative" not in out  # sources are never named


def test_control_and_bidi_override_characters_are_removed() -> None:
    assert clean("a\u202egnp.exe\u202c b\x00c\u2066d") == "agnp.exe bcd"


def test_strict_drops_places_below_admin2_and_day_dates() -> None:
    loc = Location(country="XTV", adm1_name="Orsavale", adm2_name="Tolmere", place="Ansel's Well", lat=-22.5, lon=-18.5)
    standard, strict = Redactor(), Redactor("strict", places=frozenset({"Ansel's Well"}))
    assert standard.where(loc) == "Ansel's Well, Tolmere, Orsavale"
    assert strict.where(loc) == "Tolmere, Orsavale"
    assert standard.date(PartialDate("2026-10-14")) == "2026-10-14"
    assert strict.date(PartialDate("2026-10-14")) == "2026-10" and strict.date(PartialDate("2026")) == "2026"
    text = "On 14 October gunmen came to Ansel's Well; on October 3rd, on 2026-10-02 and on 02/10/2026 too."
    out = strict.text(text)
    assert "Ansel's Well" not in out and PLACE_WITHHELD in out
    assert "14" not in out and "3rd" not in out and "2026-10-02" not in out and "02/10" not in out
    assert out.startswith("In October gunmen came to [place withheld]; in October, on 2026-10 and on [date withheld]")
    assert strip_day_dates("the 2nd of October meeting") == "October meeting"
    assert strip_day_dates("October 2026 and 12:30 on October 5") == "October 2026 and 12:30 in October"


def test_the_withheld_statement_says_what_is_left_out() -> None:
    lines = withheld_statement("strict", pseudonymised=12, named=2, sources=30, records=99, day_dates=80, places=70)
    text = " ".join(lines)
    assert "appear only under a pseudonym (no consent to be named was recorded): 12." in text
    assert "named because they gave recorded consent to be named: 2." in text
    assert "sources whose identities are withheld: 30." in text and "coordinates are withheld" in text
    assert "places below admin-2 (settlements, sites) are withheld; records concerned: 70." in text
    assert "exact dates are withheld; records concerned: 80." in text and "(s)" not in text
    assert "places below" not in " ".join(withheld_statement("standard", pseudonymised=1, named=0, sources=1,
                                                               records=1))


def test_arabic_is_shaped_right_to_left_and_kept_on_one_line() -> None:
    markup = fonts.markup("Interview with سليم الكيشي <b>&</b>")
    assert f'<font name="{fonts.ARABIC}">' in markup and "&lt;b&gt;&amp;&lt;/b&gt;" in markup
    run = markup.split(">", 1)[1].split("<", 1)[0]
    assert "\u00a0" in run and " " not in run  # the run does not break across lines
    assert unicodedata.normalize("NFKC", run).replace("\u00a0", " ")[::-1] == "سليم الكيشي"  # visual order
    assert all(0xFE70 <= ord(ch) <= 0xFEFF or ch == "\u00a0" for ch in run)  # contextual forms
    assert fonts.visual("Вера Морвек") == "Вера Морвек"  # Cyrillic and Latin are left alone
