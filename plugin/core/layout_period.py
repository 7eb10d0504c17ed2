"""The period a layout's map shows, written in the layout: a label whose expression reads its map item's
temporal range (QGIS gives a temporal map item the variables map_start_time and map_end_time), so the
label follows the map when its range changes, in any QGIS, with or without the plugin."""

from qgis.core import QgsExpression, QgsLayoutItemLabel, QgsLayoutItemMap

PERIOD_LABEL_PROPERTY = "incident_tracker/period_of"  # the id of the map item a label reads
DATE_FORMAT = "d MMMM yyyy"


def _variable(map_id, name):
    return f"item_variables({QgsExpression.quotedString(map_id)})[{QgsExpression.quotedString(name)}]"


def period_expression(map_id, language, template="{period}"):
    """A QGIS expression for ``template`` with the period of the map item ``map_id`` ('14 June 2020', or
    '13 June 2020 – 20 June 2020'; the range's end is exclusive, as QGIS's frames end where the next
    begins), dates in ``language``; empty while the map has no temporal range."""
    start, end = _variable(map_id, "map_start_time"), _variable(map_id, "map_end_time")
    first = f"to_date({start})"
    last = f"to_date({end} - make_interval(seconds:=1))"
    quoted_language = QgsExpression.quotedString(language)

    def written(date):
        return f"format_date({date}, {QgsExpression.quotedString(DATE_FORMAT)}, {quoted_language})"

    period = f"if({last} <= {first}, {written(first)}, {written(first)} || ' – ' || {written(last)})"
    before, _, after = template.partition("{period}")
    text = " || ".join(part for part in (QgsExpression.quotedString(before) if before else "", period,
                                         QgsExpression.quotedString(after) if after else "") if part)
    return f"if({start} IS NULL OR {end} IS NULL, '', {text})"


def ensure_map_id(map_item):
    """The map item's id, given one ('map', 'map 2'…) when it has none: the label reads it by id."""
    if not map_item.id():
        taken = {item.id() for item in map_item.layout().items() if hasattr(item, "id")}
        number = 1
        while (name := "map" if number == 1 else f"map {number}") in taken:
            number += 1
        map_item.setId(name)
    return map_item.id()


def add_period_label(layout, map_item, language, template="{period}"):
    """A label of the period ``map_item`` shows, added to ``layout`` at its map's top corner."""
    label = QgsLayoutItemLabel(layout)
    map_id = ensure_map_id(map_item)
    label.setText(f"[% {period_expression(map_id, language, template)} %]")
    label.setCustomProperty(PERIOD_LABEL_PROPERTY, map_id)
    label.setBackgroundEnabled(True)
    label.setMarginX(1.5)
    label.setMarginY(1.0)
    layout.addLayoutItem(label)
    return label


def chosen_map(layout):
    """The selected map item, else the layout's reference map (the one it takes its scale from: the
    largest), else the first map added (the lowest), or None."""
    selected = [item for item in layout.selectedLayoutItems() if isinstance(item, QgsLayoutItemMap)]
    if selected:
        return selected[0]
    maps = sorted((item for item in layout.items() if isinstance(item, QgsLayoutItemMap)), key=lambda m: m.zValue())
    return layout.referenceMap() or (maps[0] if maps else None)
