"""Point 4 of issue 16: killed, wounded and abducted each show the range their sources report."""

from scenes import add_source


def act_two_sources_disagree(person):
    form = person.dock().form
    add_source(person, form, "Rudaw", fatalities=2, wounded=4, abducted=1)
    add_source(person, form, "Shafaq News", fatalities=3, wounded=3, abducted=2)
    labels = {name: getattr(form, name).text() for name in ("range_label", "wounded_range", "abducted_range")}
    labels["best"] = {name: getattr(form, name).number() for name in ("fatalities", "wounded", "abducted")}
    labels["sources"] = [form.source_list.item(row).text() for row in range(form.source_list.count())]
    return labels


def test_each_figure_shows_the_range_its_sources_report(desktop):
    seen = desktop.act("act_two_sources_disagree")
    assert seen["range_label"] == "2 to 3 killed"
    assert seen["wounded_range"] == "3 to 4 wounded"
    assert seen["abducted_range"] == "1 to 2 abducted"
    assert seen["best"] == {"fatalities": 2, "wounded": 3, "abducted": 1}
    assert seen["sources"] == ["Rudaw (2 killed, 4 wounded, 1 abducted)",
                               "Shafaq News (3 killed, 3 wounded, 2 abducted)"]
