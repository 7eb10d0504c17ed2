"""A draft's place: the location of an incident, its precision, coordinates and administrative units."""

import re

from .arabic import fold, is_arabic
from .events import sentence_events
from .figures import sentence_mentions
from .places import (
    _NOT_SECOND_NAMES,
    AREA_RANK,
    arabic_label,
    find_named_places,
    find_named_places_in_known,
    find_places,
    find_villages,
    road_of,
    roads_in,
    skeleton,
)
from .text import _suggest, data


def _place(text, group, gazetteer, context):
    fields = {}
    matches = [m for s in group for m in find_places(gazetteer, s)]
    villages = []
    excluded = _excluded_village_words()
    for sentence in group:
        for start, end, name in find_villages(sentence, excluded):
            # not what starts as a known place ('ناحية سليمان بك' is no village 'سليمان', nor 'الرشاد الأسبوع')
            if not gazetteer.lookup(name) and not any(
                    m.start <= start < m.end and not _longer_village(text, m, end, matches) for m in matches):
                villages.append((start, end, name))
    # with no event word at all ('A soldier was wounded in Tarmiyah'), the sentences that tell the incident; a sentence
    # that tells the incident's toll with no event word ('a shell hit a house in Kani Masi, injuring a woman') tells it
    event_sentences = [s for s in group if sentence_events(text, s.start, s.end) or sentence_mentions(s)] or list(group)
    villages += [v for s in event_sentences for v in find_named_places_in_known(gazetteer, s, excluded + _actor_words())
                 if not any(v[0] < e and s_ < v[1] for s_, e, _ in villages)]
    villages = [v for v in villages if not _MOVED.search(fold(text[max(0, v[0] - 50):v[0]]))]
    if any(not m.reference and (m.is_point or _area_rank(m) <= AREA_RANK["sub-district"]) for m in matches):
        # 'بناحية حاج عمران في قضاء جومان': a district in no list is wider than the sub-district or town named
        villages = [v for v in villages if not _a_district(text, v)]
    villages.sort(key=lambda v: (not _settlement(text, v), v[0]))
    # 'Kirkuk's Dibis district', 'Tuz Khurmatu's Amerli sub-district': the place after the possessive first
    owned = [m for m in matches if re.search(r"\w['’]s\s+$", text[max(0, m.start - 4):m.start])
             and any(s.start <= m.start < s.end for s in event_sentences)]
    ranked = _ranked(owned, event_sentences) + _ranked([m for m in matches if m not in owned], event_sentences)
    ranked = _off_the_road_first(text, ranked, event_sentences)
    ranked = _finer_first(text, ranked)
    ranked = _the_first_of_two(text, ranked)
    ranked = _past_the_label(text, ranked)
    ranked = _past_the_title(text, group, ranked, event_sentences)
    ranked = _headed_by_its_governorate(text, ranked)
    ranked = _a_unit_then_its_governorate(text, ranked)
    if not villages and not (ranked and ranked[0].is_point and not ranked[0].near and not ranked[0].reference
                             and not re.match(r"['’]s\s", text[ranked[0].end:ranked[0].end + 3])
                             and not _a_label(text, ranked[0])
                             and not _on_a_road(text, ranked[0])
                             and any(s.start <= ranked[0].start < s.end for s in event_sentences)):
        # a name in no list where the event happened ('in Khanasor, Sinjar district'), before a district
        villages = [v for s in event_sentences for v in find_named_places(gazetteer, s, excluded + _actor_words())]
    if not villages and ranked and not ranked[0].is_point and not ranked[0].reference \
            and _area_rank(ranked[0]) >= AREA_RANK["district"]:
        # 'a drone strike in Sinjar district ... hit the car on the road between Sinun and Khanasor': the road, in
        # the district, when its towns are in no list
        roads = [r for s in group for r in roads_in(text, s.start, s.end)
                 if not any(m.start >= r.start and m.end <= r.end for m in matches)]
        villages = [(r.start, r.end, r.label) for r in roads[:1]]
    anchor = None  # the place that gives the coordinates
    if villages:
        start, end, name = villages[0]
        # not the dateline ('SULAIMANI — ...'): where the report was filed does not place the village
        anchors = [m for m in ranked if m.known.place.longitude is not None
                   and not (m.reference and not text[:m.start].strip())] or [m for m in context if m.is_point]
        # a town told in the village's own sentence first ('In Kirkuk, ... in Wadi al-Shay')
        own = next((s for s in group if s.start <= start < s.end), None)
        anchors.sort(key=lambda m: own is None or not m.is_point or not own.start <= m.start < own.end)
        anchor = anchors[0] if anchors else None
        if anchor is not None:
            arabic = arabic_label(anchor) if is_arabic(name) else None
            quarter = _a_quarter(text, villages[0])  # 'حي الواسطي (كركوك)': a quarter is in the town, not near it
            if arabic:  # 'الحواشة (قرب جلولاء)', 'ميخاس (قضاء خانقين)'
                name = f"حي {name}" if quarter else name
                label = f"{name} (قرب {arabic})" if anchor.is_point and not quarter else f"{name} ({arabic})"
            else:
                label = f"{name} (near {anchor.label})" if anchor.is_point and not quarter \
                    else f"{name} ({_area_label(anchor)})"
            fields["location"] = _suggest(text, start, end, label)
            fields["geo_precision"] = _suggest(text, start, end, 2 if anchor.is_point else 3)
        else:
            fields["location"] = _suggest(text, start, end, name)
    elif ranked:
        anchor = ranked[0]
        road = road_of(text, anchor.start) if anchor.known.place.longitude is not None else None
        if road is not None:  # 'on the road between Kirkuk and Laylan': the road, placed at the town it is named after
            fields["location"] = _suggest(text, road.start, road.end, road.label)
            fields["geo_precision"] = _suggest(text, anchor.start, anchor.end, 2 if anchor.is_point else 3)
        elif anchor.is_point:
            label = anchor.label
            if _a_camp(text, anchor):  # 'the Makhmour refugee camp', 'مخيم مخمور': the camp, not the town
                label = f"{label} camp"
            fields["location"] = _suggest(text, anchor.start, anchor.end, label)
            precise = not (anchor.near or anchor.reference)
            fields["geo_precision"] = _suggest(text, anchor.start, anchor.end, 1 if precise else 2)
        else:
            fields["location"] = _suggest(text, anchor.start, anchor.end, anchor.label)
            if anchor.known.place.longitude is not None:
                fields["geo_precision"] = _suggest(text, anchor.start, anchor.end, 3)
    if anchor is None and not villages:
        anchor = _told_before_as_the_unit(text, group, matches + context) \
            or _near_the_place_before(text, group, matches + context)
        if anchor is not None:
            fields["location"] = _suggest(text, anchor.start, anchor.end, anchor.label)
            if anchor.known.place.longitude is not None:
                fields["geo_precision"] = _suggest(text, anchor.start, anchor.end, 2 if anchor.is_point else 3)
        else:
            named = _named_before_as_the_unit(text, group, matches + context)
            if named is not None:  # 'في ناحية سيدكان … وكانت المدفعية قد قصفت أطراف الناحية': a unit in no list
                fields["location"] = _suggest(text, named.start("name"), named.end("name"),
                                              text[named.start("name"):named.end("name")])
    if anchor is not None:
        place = anchor.known.place
        if place.longitude is not None and "geo_precision" in fields:
            fields["longitude"] = _suggest(text, anchor.start, anchor.end, place.longitude)
            fields["latitude"] = _suggest(text, anchor.start, anchor.end, place.latitude)
        admin1 = anchor.known.admin1 or next((m.known.admin1 for m in matches + context if m.known.admin1), None)
        if anchor.known.admin1:
            fields["admin1"] = _suggest(text, anchor.start, anchor.end, anchor.known.admin1)
        elif admin1:
            source = next(m for m in matches + context if m.known.admin1 == admin1)
            fields["admin1"] = _suggest(text, source.start, source.end, admin1)
        if anchor.known.admin2:
            fields["admin2"] = _suggest(text, anchor.start, anchor.end, anchor.known.admin2)
    elif matches:
        governorate = next((m for m in matches if m.known.admin1), None)
        if governorate:
            fields["admin1"] = _suggest(text, governorate.start, governorate.end, governorate.known.admin1)
    return fields


def _longer_village(text, match, end, matches):
    """'the village of Qaradagh Tapa', 'قرية كوير تبه التابعة لقضاء داقوق': a village whose name runs on past a
    known sub-district's name it opens with is another place than the sub-district (not 'الرشاد الأسبوع')."""
    if match.is_point or end <= match.end or any(match.end <= m.start < end for m in matches):
        return False  # 'قضاء الدبس بكركوك': a known place after the name
    rest = fold(text[match.end:end]).split()
    return bool(rest) and not any(word in _NOT_SECOND_NAMES or word.startswith(("ال", "لل")) for word in rest)


def _a_camp(text, match):
    """'Makhmour camp', 'the Khanke IDP camp', 'مخيم مخمور': a camp named after the town."""
    return bool(re.match(r"\s+(?:(?:refugee|idp|displacement|displaced\s+persons)\s+)?camps?\b",
                         text[match.end:match.end + 40], re.I)
                or re.search(r"(?<!\w)[وبلف]?(?:ال)?مخيم\s+$", fold(text[max(0, match.start - 10):match.start])))


def _a_quarter(text, village):
    """'حي الواسطي', 'the Wasiti neighbourhood', 'Kirkuk's Domiz quarter': a quarter of a town."""
    start, end, _ = village
    before = fold(text[max(0, start - 16):start])
    return bool(re.search(r"(?<!\w)[وبلف]?حي\s+$|\b(?:neighbou?rhood|quarter)\s+of\s+$", before, re.I)
                or re.match(r"\s+(?:neighbou?rhood|quarter)\b", text[end:end + 16], re.I))


def _a_district(text, village):
    """'قضاء جومان', 'the district of Choman', 'Choman district': a name told as a district's."""
    start, end, _ = village
    return bool(re.search(r"(?<!\w)[وبلف]?(?:ال)?قضاء\s+$|\bdistrict\s+of\s+$", fold(text[max(0, start - 14):start]))
                or re.match(r"\s+district\b", text[end:end + 10]))


def _settlement(text, village):
    """'the village of Rezan', 'Rezan village', 'قرية يني جه', 'مجمع خانصور': a settlement, which says more than the
    area, valley or mountains told with it ('in the Sidakan area ... just outside the village of Rezan')."""
    start, end, _ = village
    return bool(re.search(r"\b(?:village|hamlet|complex|compound)s?\s+of\s+$|(?<!\w)[وبلف]?(?:قريه|مجمع|قصبه)\s+$",
                          fold(text[max(0, start - 20):start]))
                or re.match(r"\s+village\b", text[end:end + 10]))


# where people fled or went, not the event: 'families have left the villages of Razga', 'نزحت عائلات من قرية'
_MOVED = re.compile(r"\b(?:left|fled|deserted|abandoned|displaced\s+from|evacuated|relocated\s+to)\s+(?:\w+\s+){0,3}$"
                    r"|(?<!\w)[وف]?(?:نزح|نزوح|غادر|هجر)\w*\s+(?:\S+\s+){0,3}$")


def _off_the_road_first(text, ranked, event_sentences):
    """'near the Kirkuk-Baghdad road in Taza': a town or sub-district the road passes, not a town the road is named
    after; with none, the road's first town still says more than its district or governorate ('on the road between
    Khanaqin and Jalawla' in a Diyala bulletin)."""
    if not ranked or not _on_a_road(text, ranked[0]):
        return ranked
    road_end = road_of(text, ranked[0].start).end
    off = [m for m in ranked if not m.reference and not _on_a_road(text, m)
           and (m.is_point or _area_rank(m) <= AREA_RANK["sub-district"])
           and (any(s.start <= m.start < s.end for s in event_sentences)
                or _ALONG_THE_ROAD.fullmatch(fold(text[road_end:m.start])))]
    road = [m for m in ranked if not m.reference and _on_a_road(text, m)]
    return off[:1] + road + [m for m in ranked if m not in off[:1] and m not in road]


# 'طريق كركوك – بغداد قرب داقوق', 'the Kirkuk-Baghdad road near Daquq': where on the road, right after it
_ALONG_THE_ROAD = re.compile(r"\s*,?\s*(?:(?:near|in|at|outside)\s+(?:the\s+(?:town|sub-district)\s+of\s+)?|"
                             r"(?:قرب|بالقرب\s+من|في|عند|ضمن|ب)\s*(?:[وبلف]?(?:ناحيه|قضاء|بلده|مدينه)\s+)?)", re.I)


def _headed_by_its_governorate(text, ranked):
    """'- Kirkuk, Daquq: Yesterday afternoon, police ...', 'Diyala / Mandali –': a bulletin line headed by the
    governorate and the place in it: the place (Kirkuk names the governorate there, not the city)."""
    if not ranked:
        return ranked
    first = ranked[0]
    line = text.rfind("\n", 0, first.start) + 1
    if not re.fullmatch(r"[\s\-–—•*▪●]*", text[line:first.start]):
        return ranked
    inside = next((m for m in ranked[1:] if re.fullmatch(r"\s*[,/]\s*", text[first.end:m.start])
                   and re.match(r"\s*[:–—-]", text[m.end:])
                   and m.known.admin1 and m.known.admin1 == first.known.admin1), None)
    return [inside] + [m for m in ranked if m is not inside] if inside else ranked


def _a_unit_then_its_governorate(text, ranked):
    """'in Rashad sub-district, Kirkuk', 'Daquq district of Kirkuk': the town after a district or a sub-district of
    its governorate names the governorate, as in a dateline; the unit says where."""
    if not ranked or not ranked[0].is_point:
        return ranked
    town = ranked[0]
    if not town.known.admin1 or skeleton(town.known.place.name) not in skeleton(town.known.admin1):
        return ranked
    unit = next((m for m in ranked[1:] if not m.is_point and not m.reference and m.known.admin1 == town.known.admin1
                 and _area_rank(m) <= AREA_RANK["district"]
                 and _OF_THE_GOVERNORATE.fullmatch(text[m.end:town.start])), None)
    return [unit] + [m for m in ranked if m is not unit] if unit else ranked


# between the unit and the town of its governorate: ', ', ' district of ', '، ', ' في ', ' ب'
_OF_THE_GOVERNORATE = re.compile(r"(?:\s+(?:sub-)?district)?\s*(?:,|\bin|\bof)\s*(?:the\s+)?"
                                 r"|\s*(?:[،,]\s*|في\s+|ب)", re.I)


def _finer_first(text, ranked):
    """'killed three people in Sinjar district ... The strike hit a car near Sinune': when the likeliest place is
    a district or a governorate, a place inside it that another sentence of the incident names says where in it
    (not a place the event is placed against, nor where the wounded were taken: see places.find_places)."""
    if not ranked or ranked[0].is_point or ranked[0].reference or _area_rank(ranked[0]) < AREA_RANK["district"]:
        return ranked
    area = ranked[0]
    level = "admin2" if _area_rank(area) == AREA_RANK["district"] else "admin1"
    # a place the event is placed against ('in the desert west of Tal Afar') says where in a governorate, when nothing
    # inside it does
    inside = [m for m in ranked[1:] if _area_rank(m) < _area_rank(area) and (not m.reference or level == "admin1")
              and getattr(m.known, level) and getattr(m.known, level) == getattr(area.known, level)]
    inside.sort(key=lambda m: (m.reference, _on_a_road(text, m)))  # a road named after towns of the area, last
    return inside[:1] + [m for m in ranked if m not in inside[:1]]


def _a_label(text, match):
    """'15 Aug, Sinjar: a Turkish drone strike on a car near Khanasor', '- Sinjar: ...': a line's label names the
    town or district the line's event is in, as a district would; a place in no list told in the line says where."""
    line = text.rfind("\n", 0, match.start) + 1
    return bool(re.match(r"\s*:", text[match.end:]) and _LABEL_BEFORE.fullmatch(text[line:match.start]))


def _past_the_label(text, ranked):
    """'14 May, Sinjar: a drone strike hit a car near Sinune': a known place told in the labelled line, after the
    label, says where in it."""
    if not ranked or not _a_label(text, ranked[0]):
        return ranked
    line_end = text.find("\n", ranked[0].end)
    line_end = len(text) if line_end < 0 else line_end
    inside = next((m for m in ranked[1:] if ranked[0].end < m.start < line_end and not m.reference
                   and _PLACED_IN.search(fold(text[max(0, m.start - 40):m.start])) and not _on_a_road(text, m)), None)
    return [inside] + [m for m in ranked if m is not inside] if inside else ranked


def _past_the_title(text, group, ranked, event_sentences):
    """'Flash Update No. 1: Sinjar. On 3 August, the army launched an operation against YBS positions in Snuny.
    Clashes lasted hours; one soldier was killed.': when the likeliest place is told only in the report's title
    (its first sentence, which tells no event), a place inside the same district that a later sentence of the
    incident puts the event in says where (not a place only placed against, nor a road's town)."""
    if not ranked or ranked[0].reference or any(s.start <= ranked[0].start < s.end for s in event_sentences):
        return ranked
    title = next((s for s in group if s.start <= ranked[0].start < s.end), None)
    if title is None or text[:title.start].strip() or title in event_sentences:
        return ranked
    district = ranked[0].known.admin2
    inside = next((m for m in ranked[1:] if m.start >= title.end and not m.reference and district
                   and m.known.admin2 == district and (m.is_point or _area_rank(m) <= AREA_RANK["sub-district"])
                   and _PLACED_IN.search(fold(text[max(0, m.start - 40):m.start])) and not _on_a_road(text, m)), None)
    return [inside] + [m for m in ranked if m is not inside] if inside else ranked


# a place the event is in or near, not one it went to ('on the road to Tuz Khurmatu')
_PLACED_IN = re.compile(r"\b(?:in|near|at|outside|around|inside)\s+"
                        r"(?:the\s+(?:village|town|city|area|(?:sub-)?district)\s+of\s+)?$"
                        r"|(?<!\w)(?:في|قرب|بالقرب\s+من|ب)\s*(?:(?:قريه|ناحيه|قضاء|بلده|مدينه)\s+)?$", re.I)
# what comes before a line's label: a bullet, a day ('15 Aug, ', '2024-08-15 – ')
_LABEL_BEFORE = re.compile(r"[\s\-–—•*▪●]*(?:(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{4}-\d\d-\d\d)"
                           r"(?:\s+\d{4})?\s*[,:–—-]\s*)?")


def _the_first_of_two(text, ranked):
    """'in the desert between Sulaiman Bek and Tuz Khurmatu', 'بين ناحية سليمان بيك وقضاء طوزخورماتو': of two places
    the event is between (not a road's towns), the first named, as the second (places.find_places reads the first as
    a place the event is only placed against when the second has more words)."""
    if not ranked or ranked[0].reference or _on_a_road(text, ranked[0]):
        return ranked
    first = next((m for m in ranked[1:] if m.start < ranked[0].start
                  and _BETWEEN_TWO.fullmatch(fold(text[m.end:ranked[0].start]))
                  and _BETWEEN.search(fold(text[max(0, m.start - 40):m.start]))), None)
    return [first] + [m for m in ranked if m is not first] if first else ranked


# between the two places: ' and ', ' and the town of ', ' و', ' وقضاء '
_BETWEEN_TWO = re.compile(r"(?:\s+(?:sub-)?district|\s+town)?\s+and\s+"
                          r"(?:the\s+(?:town|city|district|sub-district)\s+of\s+)?"
                          r"|\s+و(?:(?:ناحيه|قضاء|مدينه|بلده|قريه)\s+)?", re.I)
_BETWEEN = re.compile(r"(?:\bbetween|(?<!\w)بين)\s+(?:the\s+(?:towns?|cities|districts?|sub-districts?)\s+of\s+|"
                      r"(?:ناحيتي|قضائي|مدينتي|بلدتي|قريتي|ناحيه|قضاء|مدينه|بلده|قريه)\s+)?$", re.I)


def _on_a_road(text, match):
    """'the Kirkuk-Tikrit road', 'the road between Kirkuk and Tuz', 'طريق كركوك - بغداد': the town names a road, not
    the place of the event (places.road_of)."""
    return road_of(text, match.start) is not None


def _ranked(matches, event_sentences=()):
    """Known places, the likeliest place of the event first: those of the sentences that tell the
    event (with an event cue), then a town the text puts the event in, a sub-district, a town the event is near, a
    district, a governorate; a place the event is only placed against ('south of Kirkuk', 'جنوب
    كركوك') last."""
    def rank(match, placed_against=True):
        kind = match.area_word or match.known.place.kind
        if match.reference and placed_against:
            # when only places the event is placed against are named ('- Salah al-Din: ... in the desert south of
            # Baiji'), the finer of them
            return 10 + rank(match, placed_against=False)
        if match.is_point:
            return 2 if match.near else 0
        return 1 if kind == "sub-district" else 3 + AREA_RANK.get(kind, 0)
    def elsewhere(match):
        return not any(s.start <= match.start < s.end for s in event_sentences)

    def heading(match):  # 'أما في كركوك، فقد اختطف صاحب محل في ناحية تازة': the heading's place, when one follows
        own = next((s for s in event_sentences if s.start <= match.start < s.end), None)
        opening = _HEADING.match(fold(own.text)) if own is not None and is_arabic(own.text) else None
        return opening is not None and match.start < own.start + opening.end() \
            and any(m.start >= own.start + opening.end() and m.start < own.end and not m.reference for m in matches)
    return sorted(matches, key=lambda m: (m.reference, elsewhere(m), heading(m), rank(m), m.start))


# 'أما في كركوك،', 'أما بكركوك،', 'وفي ديالى،': a heading's place, before the comma
_HEADING = re.compile(r"\s*(?:[وف]?اما\s+(?:في\s+)?|وفي\s+)[^\s،,.]+(?:\s+[^\s،,.]+)?\s*[،,]")


# 'في الناحية', 'وكانت الناحية قد شهدت', 'داخل القضاء': the sub-district, district or town named before
_THE_UNIT = re.compile(r"(?<![\w])[وبلف]?(?:ال|لل)(?P<unit>ناحيه|قضاء|بلده|مدينه)(?![\w])")


def _told_before_as_the_unit(text, group, matches):
    """With no place for the event: 'مصدر في مستشفى جلولاء ... بانفجار عبوة قرب سوق في الناحية', 'قال مدير ناحية
    الزاب ... وكانت الناحية قد شهدت': the place below a governorate named last before 'the sub-district' (even
    as whose the official or the hospital is)."""
    said = next((found for s in group for found in _THE_UNIT.finditer(fold(text), s.start, s.end)), None)
    if said is None:
        return None
    kind = _UNIT_KINDS[said.group("unit")]
    before = [m for m in matches if m.end <= said.start() and (m.area_word or m.known.place.kind) in kind]
    return max(before, key=lambda m: m.start) if before else None


# 'أصيب مزارع في قرية مجاورة', 'في إحدى القرى المجاورة', 'in a nearby village', 'a neighbouring village': no name
_A_NEARBY_VILLAGE = re.compile(r"(?<![\w])(?:قريه|منطقه|بلده)\s+(?:مجاوره|قريبه|محاذيه)(?![\w])"
                               r"|(?<![\w])(?:احدي|احد)\s+(?:القري|المناطق)\s+(?:المجاوره|القريبه)(?![\w])"
                               r"|\b(?:a|another)\s+(?:nearby|neighbou?ring|adjacent)\s+(?:village|hamlet|area)\b",
                               re.I)


def _near_the_place_before(text, group, matches):
    """With no place for the event: 'أصيب مزارع في قرية مجاورة' (after 'قرية تل ورد التابعة لناحية زمار'), 'in a
    nearby village': the finer unit or town named last before, below a governorate (the village before is another)."""
    said = next((found for s in group for found in _A_NEARBY_VILLAGE.finditer(fold(text), s.start, s.end)), None)
    if said is None:
        return None
    before = [m for m in matches
              if m.end <= said.start() and not m.reference and _area_rank(m) < AREA_RANK["governorate"]]
    return max(before, key=lambda m: m.start) if before else None


def _named_before_as_the_unit(text, group, matches):
    """'قصفت طائرة … قرية في ناحية سيدكان … وكانت المدفعية قد قصفت أطراف الناحية': the name told last before as that
    kind of unit ('ناحية سيدكان'), when no list knows it (a known place is the draft told before's)."""
    said = next((found for s in group for found in _THE_UNIT.finditer(fold(text), s.start, s.end)), None)
    if said is None:
        return None
    unit = re.compile(r"(?<!\w)[وبلف]?" + said.group("unit") + r"\s+(?P<name>[^\s،,.:؛]+)")
    named = [m for m in unit.finditer(fold(text), 0, said.start()) if m.group("name") not in _NOT_A_UNIT_NAME]
    if not named or any(k.start < named[-1].end("name") and named[-1].start("name") < k.end for k in matches):
        return None
    return named[-1]


_NOT_A_UNIT_NAME = {"في", "قرب", "من", "علي", "الي", "عن", "التابعه", "الواقعه", "نفسها", "ذاتها", "نفسه", "ذاته"}


_UNIT_KINDS = {"ناحيه": ("sub-district",), "قضاء": ("district",), "بلده": ("town", "sub-district"),
               "مدينه": ("town", "district")}


def _area_rank(match):
    return AREA_RANK.get(match.area_word or match.known.place.kind, 0)


def _area_label(match):
    return match.label


def _actor_words():
    """The words of the actors' Latin names ('Peshmerga', 'Daesh'), never a place name."""
    words = set()
    for actor in data("actors.json")["actors"]:
        for alias in actor["aliases"] + actor.get("case_sensitive", []):
            words.update(w for w in re.findall(r"[A-Za-z][\w'’-]*", alias) if w[:1].isupper())
    return tuple(sorted(words))


def _excluded_village_words():
    words = ["The", "A", "An", "This", "That", "Iraqi", "Kurdish", "Arab", "Their", "His", "Her", "Another", "Each"]
    for community in data("communities.json")["communities"]:
        words += community["aliases"]
    return tuple(words)
