"""Whether a file's admin names and COD-AB's name the same unit (plugin/domain/admin_names.py)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incident_tracker.plugin.domain.admin_names import ARTICLES, UNIT_WORDS, disagreeing_levels, name_key, same_unit

# (file's spelling, COD-AB 2019 name): one unit each.
SAME = [("Sulaymaniyah", "Al-Sulaymaniyah"), ("Sulaimaniya", "Al-Sulaymaniyah"), ("Tuz Khurmatu", "Tooz Khurmato"),
        ("Tooz", "Tooz Khurmato"), ("Dhi-Qar", "Thi Qar"), ("Kirkuk governorate", "Kirkuk"), ("Dahuk", "Duhok"),
        ("Arbil", "Erbil"), ("Salah al-Din", "Salah Al-Din"), ("Salahuddin", "Salah Al-Din"), ("Basra", "Al-Basrah"),
        ("Anbar", "Al-Anbar"), ("Al-Qadisiyyah", "Al-Qadissiya"), ("Karbala", "Kerbala"), ("Wasit", "Wassit"),
        ("Missan", "Maysan"), ("Hawija", "Al-Hawiga"), ("Tal Afar", "Telafar"), ("Tel Kaif", "Tilkaef"),
        ("Shekhan", "Al-Shikhan"), ("Akre", "Aqra"), ("Halabja", "Halabcha"), ("Makhmur", "Makhmour"),
        ("Hamdaniya district", "Al-Hamdaniya"), ("Khanaqin", "Markaz Khanaqin"), ("Baiji", "Beygee"),
        ("DIYALA", "Diyala"), ("Al-Mada'in", "Al-Mada\u2019in"), ("Ninawa", "Ninewa")]
# Different units: real disagreements the analyst must see.
DIFFERENT = [("Tooz", "Al-Daur"), ("Kirkuk", "Daquq"), ("Duhok", "Daquq"), ("Sinjar", "Al-Baaj"), ("Kifri", "Kalar"),
             ("Samarra", "Tikrit"), ("Khanaqin", "Kifri"), ("Diyala", "Salah Al-Din"), ("Makhmour", "Erbil"),
             ("Jalawla", "Markaz Khanaqin")]


@pytest.mark.parametrize("source, cod", SAME)
def test_spellings_of_one_unit_agree(source, cod):
    assert same_unit(source, cod) and same_unit(cod, source)


@pytest.mark.parametrize("source, cod", DIFFERENT)
def test_different_units_disagree(source, cod):
    assert not same_unit(source, cod) and not same_unit(cod, source)


def test_empty_names_and_other_scripts_are_not_compared():
    assert same_unit(None, "Kirkuk") and same_unit("", "Kirkuk") and same_unit("Kirkuk", None)
    assert same_unit("كركوك", "Kirkuk")
    assert same_unit("كركوك", "كركوك") and not same_unit("كركوك", "داقوق")


def test_the_levels_that_disagree():
    source = {"admin1": "Salah al-Din", "admin2": "Tooz", "admin3": "Tooz"}
    cod = {"admin1": "Salah Al-Din", "admin2": "Al-Daur", "admin3": "Hamreen"}
    assert disagreeing_levels(source, cod) == ["admin2", "admin3"]
    assert disagreeing_levels({"admin1": "Kirkuk"}, {"admin1": "Kirkuk", "admin2": "Daquq"}) == []
    assert disagreeing_levels({}, cod) == []


def test_keys_ignore_articles_unit_words_case_and_accents():
    assert name_key("Al-Anbar Governorate") == name_key("anbar") == name_key("ÁNBAR")
    assert name_key(None) is None and name_key("  ") is None


PLACE_NAMES = st.from_regex(r"[A-Z][a-z]{2,10}( [A-Z][a-z]{2,10})?", fullmatch=True).filter(
    lambda name: not set(name.casefold().split()) & (ARTICLES | UNIT_WORDS))


@given(st.text(max_size=30))
def test_a_name_is_always_its_own_unit(name):
    assert same_unit(name, name)


@given(PLACE_NAMES)
def test_articles_unit_words_and_case_never_make_a_disagreement(name):
    assert same_unit(name, f"Al-{name} District") and same_unit(name.upper(), f"Markaz {name}")


@given(st.text(max_size=20), st.text(max_size=20))
def test_the_comparison_is_symmetric(a, b):
    assert same_unit(a, b) == same_unit(b, a)
