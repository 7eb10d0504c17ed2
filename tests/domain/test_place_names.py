from incident_tracker.plugin.domain.place_names import Place, PlaceIndex, normalise


def test_spellings_fold_together():
    assert normalise("Khanaqīn") == normalise("KHANAQIN") == "khanaqin"
    assert normalise("خانقين") == normalise("خانقین")
    assert normalise("Tuz-Khurmatu") == "tuz khurmatu"
    assert normalise("إربيل") == normalise("اربيل")


def test_search_prefers_names_starting_with_the_text_and_finds_arabic():
    index = PlaceIndex()
    index.add(Place("Khanaqin", 45.391, 34.348, "district"), "خانقين")
    index.add(Place("Dara", 45.39, 34.35, "incident"))
    index.add(Place("Jalawla", 45.16, 34.27, "sub-district"))
    assert [p.name for p in index.search("khan")] == ["Khanaqin"]
    assert [p.name for p in index.search("خانق")] == ["Khanaqin"]
    assert index.search("") == [] and index.search("Basra") == []
    assert [p.name for p in index.search("lawla")] == ["Jalawla"]
