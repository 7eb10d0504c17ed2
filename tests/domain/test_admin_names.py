"""Whether a file's admin names and COD-AB's name the same unit (plugin/domain/admin_names.py)."""

import pytest

from incident_tracker.plugin.domain.admin_names import disagreeing_levels, name_key, same_unit

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
