"""The entry point: draft incidents from a report's text.

Steps: split the text into sentences; group them into incidents (the main one, and any earlier or
separate incident the report mentions in passing: "two farmers were abducted from nearby Mekhas in
early May"); for each group propose the store's fields, each with the words it came from. A field
the text does not support is left out, never guessed (no figure is not 0).

This module holds :class:`Draft`, :func:`draft_incidents` and what ties an incident's fields together
(the same place or day as one told before, notes, the source record); the grouping is in ``grouping``,
the fields in ``draft_date``, ``draft_place`` and ``draft_actors``.
"""

import re
from dataclasses import dataclass, field

from .. import taxonomy
from ..i18n import QT_TRANSLATE_NOOP, message_template
from ..values import parse_date
from .actors import find_communities
from .arabic import OffsetMap, fold, is_arabic
from .arabic_clauses import split_at_whereas
from .clauses import share_told, split_clauses
from .dates import MONTH, WEEK, breaking_news
from .draft_actors import _actors, actor_told_for_all, takes_the_actor_told_for_all
from .draft_date import _DATE_UNTOLD, _day_within, _first_date, found_dead_apart
from .draft_place import _place
from .events import sentence_events, turned_violent
from .figures import abduction_told_again, figures
from .grouping import (
    _AGGREGATE,
    _group_incidents,
    _opens_line_with_date,
    _place_names,
    _summed_over_a_period,
    one_more_of_a_series,
)
from .places import (
    Gazetteer,
    find_places,
)
from .text import Suggestion, _suggest, split_sentences

EXCERPT_LIMIT = 1000


@dataclass
class Draft:
    """One proposed incident: ``fields`` maps store field names to Suggestions; ``source`` is one
    source record (plain values) for the report itself."""

    fields: dict = field(default_factory=dict)
    source: dict = field(default_factory=dict)
    start: int = 0
    end: int = 0
    secondary: bool = False  # an incident mentioned in passing (e.g. an earlier abduction)

    def value(self, name, default=None):
        suggestion = self.fields.get(name)
        return suggestion.value if suggestion is not None else default

    def values(self):
        """{field name: value} of the proposed fields, e.g. to fill a form."""
        return {name: s.value for name, s in self.fields.items()}

    def to_json(self):
        return {
            "secondary": self.secondary,
            "start": self.start,
            "end": self.end,
            "fields": {name: s.to_json() for name, s in self.fields.items()},
            "source": dict(self.source),
        }


def draft_incidents(text, published, outlet=None, url=None, places=None, canceled=None):
    """Drafts of the incidents a report tells, main incident first.

    ``published``: the report's publication date (``datetime.date``, or ISO text), against which
    "late Saturday" or "yesterday" are resolved. ``places``: a PlaceIndex of zone names, incident
    locations and gazetteer entries; None uses the small built-in list (resources/drafting/places.json).
    ``canceled``: a callable asked between the steps of a long text (a background task canceled by the
    user); once it answers true, drafting stops and returns no drafts.
    """
    published = parse_date(published, "published")
    if published is None:
        raise ValueError(message_template("drafting", "The publication date is needed to resolve the report's dates."))
    report = OffsetMap(text or "")  # Arabic diacritics out; offsets mapped back at the end
    text = report.text
    sentences = split_sentences(text)
    if not sentences:
        return []
    gazetteer = Gazetteer.from_index(places) if places is not None else Gazetteer.built_in()
    sentences = split_at_whereas(text, sentences, lambda s: _place_names(s, gazetteer, references=False))
    sentences = split_clauses(text, sentences, lambda s: _place_names(s, gazetteer, references=False), published)
    context = [m for s in sentences for m in find_places(gazetteer, s)]
    if canceled is not None and canceled():
        return []
    drafts = []
    main_date = None
    told_for_all = actor_told_for_all(text, sentences)
    for group, secondary in _group_incidents(text, sentences, published, gazetteer):
        if canceled is not None and canceled():
            return []
        draft = _draft(text, group, published, gazetteer, context, main_date if secondary else None, secondary)
        if not secondary and "event_date" in draft.fields:
            main_date = parse_date(draft.fields["event_date"].value, "event_date")
        if not draft.fields:
            continue
        draft.secondary = secondary
        if secondary and drafts:
            _same_place(text, draft, drafts[0])
            _same_day_as_told(text, draft, drafts[0])
            _same_striker_as_told(text, draft, drafts[-1])
        if told_for_all is not None:
            _by_the_actor_told_for_all(text, draft, *told_for_all)
        if share_told(text, draft, group, drafts, published):
            _renote(draft)
        draft.source = _source(report, group, draft, published, outlet, url)
        drafts.append(_in_original(report, draft) if report.changed else draft)
    for later in drafts[1:]:  # 'the release of a trader who had been kidnapped' ... 'The trader had been abducted'
        for earlier in [d for d in drafts if d is not later
                        and abduction_told_again(report.original, d.fields, later.fields)]:
            del earlier.fields["abducted"]
            _renote(earlier)
    return drafts


# the place told before, by a noun of places: 'the same camp', 'المخيم ذاته', 'نفس الحي'
_PLACE_NOUNS = (r"(?:area|village|town|city|district|sub-district|place|spot|camp|neighbou?rhood|quarter|road|highway|"
                r"base|site|location|compound|complex|valley|outskirts|vicinity|market|street|checkpoint|junction|"
                r"bridge|farm|orchard|field|mosque|school|building|house|post|position|hills|mountains|desert|plains?)")
_ARABIC_PLACE_NOUNS = (r"(?:المنطقه|القريه|الناحيه|المكان|البلده|المحور|القضاء|الموقع|الطريق|المخيم|الحي|المجمع|"
                       r"المدينه|الوادي|القاعده|المعسكر|السوق|الشارع|السيطره|النقطه|الجسر|المزرعه|البستان|المسجد|"
                       r"المدرسه|المبني|المنزل|الصحراء|الباديه)")
_ANAPHORIC_NOUNS = (r"(?:area|site|field|base|camp|village|town|hills|region|compound|valley|outskirts|vicinity|"
                    r"locality)")
_ARABIC_ANAPHORIC_NOUNS = r"(?:منطقه|قريه|ناحيه|بلده|قضاء|مدينه|موقع|حقل|مخيم|مجمع|قاعده|معسكر)"
_SAME_PLACE = re.compile(r"\b(?:the\s+same\s+" + _PLACE_NOUNS +
                         r"|(?:the\s+)?same\s+village"
                         r"|(?:in|near)\s+the\s+area|nearby|^\s*the\s+area"
                         r"|(?:in|near)\s+the\s+(?:town|city|village|district|sub-district|camp)(?!\s+of))\b"
                         # 'a similar protest on 20 April', 'وكانت تظاهرة مماثلة': with no place of its own, the same
                         r"|\ba\s+similar\s+(?:attack|protest|demonstration|incident|bombing|explosion|strike|raid|"
                         r"ambush|abduction|kidnapping|sit-in)\b"
                         r"|(?<!\w)[وف]?(?:هجوم|هجوما|تظاهره|حادث|حادثه|اعتداء|تفجير|انفجار|قصف|عمليه|وقفه)\S*\s+مماثل"
                         r"|" + _ARABIC_PLACE_NOUNS + r"\s+(?:نفسها|ذاتها|نفسه|ذاته)"
                         r"|(?:ذات|نفس)\s+" + _ARABIC_PLACE_NOUNS +
                         # 'وكان راعٍ من أبناء القرية قد قتل', 'اختطفوا اثنين من رعاة القرية': the village told before
                         r"|(?<!\w)[وف]?(?:ابناء|اهالي|سكان|رعاه|مزارعي|فلاحي|مختار|شباب)\s+(?:القريه|البلده)"
                         r"(?!\s+(?:المجاوره|القريبه|الاخري|المحاذيه))"
                         # 'قصف استهدف أطراف الناحية': the outskirts of the place told before
                         r"|(?<!\w)[وفب]?(?:اطراف|محيط)\s+(?:القريه|البلده|الناحيه|القضاء|المدينه|المنطقه)"
                         r"(?!\s+(?:المجاوره|القريبه|الاخري|المحاذيه)|\w)"
                         # 'the site', 'the town was shelled', 'وكان الحقل قد تعرض', 'قرى الناحية', 'مدخل البلدة': with
                         # no place of its own, a definite noun of places is the place told before
                         r"|\bthe\s+" + _ANAPHORIC_NOUNS
                         + r"\b(?!\s+(?:of|in|near|at|north|south|east|west|outside)\b|-)"
                         r"|(?<!\w)[وفبل]?(?:ال|لل)" + _ARABIC_ANAPHORIC_NOUNS +
                         r"(?!\w|\s+(?:المجاوره|القريبه|الاخري|المحاذيه|الحدوديه|الواقعه|المذكوره\s+اعلاه)(?!\w))"
                         # '… في المنطقة.', '… في المنطقة دون إصابات', '… في الناحية أوائل كانون الثاني'
                         r"|(?<!\w)[وف]?(?:في|قرب|داخل)\s+(?:المنطقه|القريه|البلده|الناحيه|القضاء|المخيم|الحي)"
                         r"(?=\s*[.،,؛]|\s*$"
                         r"|\s+(?:دون|بدون|ما|مما|صباح|مساء|فجر|ظهر|ليله|يوم|امس|اليوم|اوائل|مطلع|بدايه|منتصف|اواسط|اواخر|"
                         r"نهايه|خلال|قبل|في|الشهر|الاسبوع|العام|منذ)(?!\w))",
                         re.I)
_PLACE_FIELDS = ("location", "geo_precision", "longitude", "latitude", "admin1", "admin2")


def _same_place(text, draft, main):
    """'in the same area', 'في المنطقة نفسها': the place of the main incident."""
    if "location" in draft.fields or "location" not in main.fields:
        return
    found = _SAME_PLACE.search(fold(text[draft.start:draft.end]))
    if found:
        start, end = draft.start + found.start(), draft.start + found.end()
        for name in _PLACE_FIELDS:
            if name in main.fields:
                draft.fields[name] = _suggest(text, start, end, main.fields[name].value)
        _renote(draft)


# ... and '٢- اشتبكت قوة': a statement's numbered item, on the statement's day
_NEXT_OF_SEVERAL = re.compile(r"\s*(?:(?:and\s+)?(?:in\s+)?the\s+(?:second|third|other|latter)\b"
                              r"|[0-9\u0660-\u0669]{1,2}\s*[-.)]\s*(?=[\u0600-\u06FF])"
                              r"|[وف]?(?:كما|فيما|بينما|في\s+حين)(?!\w)|while\s+(?:in|near|at)\b"
                              # 'وبعد ساعات', 'وفي حادث آخر', 'وفي قضاء الدبس': in Arabic, with no day of its own,
                              # the incident told next is of the day told before
                              r"|[وف]?بعد\s+(?:ساعات|ساعتين|ساعه|دقائق)(?!\w)"
                              r"|[وف]?في\s+(?:حادث|حادثه|هجوم|حادث\s+امني)\s+(?:اخر|اخري|منفصل|منفصله|ثان|ثاني|ثانيه)(?!\w)"
                              r"|[وف]?في\s+(?:قضاء|ناحيه|قريه|مدينه|منطقه)\s)", re.I)
_DATE_FIELDS = ("event_date", "time_precision", "date_start", "date_end")


def _same_day_as_told(text, draft, main):
    """'Two attacks in Diyala on Tuesday. In the first, ...; in the second, ...', 'كما تعرضت نقطة ...': with no
    day of its own, the incident told next has the day told before."""
    if "event_date" in draft.fields or "event_date" not in main.fields:
        return
    found = _NEXT_OF_SEVERAL.match(fold(text[draft.start:draft.end])) \
        or one_more_of_a_series(text[draft.start:draft.end])  # fold keeps the offsets
    if found is None and text[:draft.start].rstrip().endswith(("،", ",")) and is_arabic(text[draft.start:draft.end]):
        found = re.match(r"\s*", text[draft.start:draft.end])  # '…، وإصابة جنديين بهجوم …': a clause of the same list
    if found and found_dead_apart(text[draft.start:draft.end]):
        return  # 'وفي حادث منفصل، عُثر على جثة رجل …': a body found apart, with no day, is of no day told
    if found:
        for name in _DATE_FIELDS:
            if name in main.fields:
                draft.fields[name] = _suggest(text, draft.start, draft.start + found.end(), main.fields[name].value)


# 'On Sunday, the shelling wounded a shepherd': the strikes told before, by the same side.
_THE_STRIKES = re.compile(r"\bthe\s+(?:shelling|bombardment|(?:air\s*|drone\s+)?strikes?|airstrikes?)\b"
                          r"|\b(?:second|third|another|further|follow-up)\s+(?:air\s*|drone\s+)?strikes?\b"
                          # 'The first hit a vehicle ...' then 'The second targeted an empty building', 'a second group
                          # of attackers fired on the response force': the next of those told, by the same side
                          r"|^\s*(?:and\s+)?the\s+(?:second|third|fourth|other|last)\b(?!\s+(?:of|was|were|had|died)\b)"
                          r"|\b(?:a\s+(?:second|third)|another)\s+(?:group|cell|squad)\s+of\s+(?:attackers|gunmen|"
                          r"militants|assailants|fighters)\b"

                          # 'فيما استهدفت الثانية نفقاً', 'الضربة الثانية', 'القصف ذاته'
                          r"|(?<!\w)(?:(?:استهدفت|قصفت|طالت|اصابت)\s+الثانيه|(?:ال)?(?:ضربه|غاره)\s+(?:الجويه\s+)?"
                          r"(?:الثانيه|الثالثه|الاخري)|القصف\s+(?:ذاته|نفسه))(?!\w)", re.I)


# 'a separate strike on Sunday hit a car', 'a similar shelling', 'ضربة مماثلة', 'قصفاً مماثلاً': one more of the strikes
# told before, by the side named as theirs (not by a side only suspected, nor by one 'of unknown origin')
_A_SIMILAR_STRIKE = re.compile(r"\b(?:an?|one)\s+(?:separate|similar)\s+(?:(?:air\s*|drone\s+)?strikes?|airstrikes?|"
                               r"shelling|bombardment)\b"
                               r"|(?<!\w)[وب]?(?:قصف|ضربه|غاره)\S{0,2}\s+(?:(?:جوي|مدفعي)\S{0,2}\s+)?مماثل\S{0,2}(?!\w)",
                               re.I)
# 'a similar attack', 'a similar roadside bomb', 'هجوم مماثل', 'بانفجار عبوة مماثلة', 'قصفاً إيرانياً مماثلاً': one more
# of the kind of incident told before (one, not 'similar attacks' the area has seen)
_A_SIMILAR_ONE = re.compile(r"\b(?:an?|one)\s+similar\s+(?:[\w-]+\s+)?(?:attack|assault|incident|ambush|raid|bombing|"
                            r"blast|explosion|bomb|ied|strike|airstrike|shelling|bombardment)\b"
                            r"|(?<!\w)[وب]?(?:هجوم|هجوما|اعتداء|اعتداءا|حادث|حادثه|انفجار|انفجارا|تفجير|تفجيرا|استهداف|"
                            r"استهدافا|عبوه|قصف|قصفا|ضربه|غاره|مسيره|كمين|كمينا)(?:\s+(?!مماثل)\S+){0,2}?\s+"
                            r"مماثل(?:ه|ا|ه)?(?!\w)", re.I)
_STRIKES_KIND = "Explosions/Remote violence"
_OF_UNKNOWN_ORIGIN = re.compile(r"\b(?:unknown|unidentified)\b|مجهول", re.I)
_EVENT_FIELDS = ("event_type", "sub_event_type", "disorder_type", "civilian_targeting")


def _same_striker_as_told(text, draft, before):
    """With no actor of its own, an incident that names the strikes told before ('the shelling', 'a similar strike')
    has their actor when it was named as theirs (not only suspected, nor unidentified); one told as 'a similar attack'
    has the kind of the incident told before."""
    told = fold(text[draft.start:draft.end])
    similar = _A_SIMILAR_ONE.search(told)
    if similar and before.value("event_type") not in (None, "Protests", "Riots") \
            and draft.value("event_type") != before.value("event_type"):
        start, end = draft.start + similar.start(), draft.start + similar.end()
        for name in _EVENT_FIELDS:
            draft.fields.pop(name, None)
            if name in before.fields:
                draft.fields[name] = _suggest(text, start, end, before.fields[name].value)
        _renote(draft)
    if "actor1" in draft.fields or "actor1" not in before.fields:
        return
    found = _THE_STRIKES.search(told) or (
        None if "attribution" in before.fields or _OF_UNKNOWN_ORIGIN.search(told)
        else _A_SIMILAR_STRIKE.search(told))
    if found:
        start, end = draft.start + found.start(), draft.start + found.end()
        draft.fields["actor1"] = _suggest(text, start, end, before.fields["actor1"].value)
        if "attribution" in before.fields:
            draft.fields["attribution"] = _suggest(text, start, end, before.fields["attribution"].value)
        # ... and their kind, a strike's, when it tells none ('فيما استهدفت الثانية نفقاً'; not the kind a word of the
        # strike told before misread: 'The first hit a vehicle ..., killing two')
        if "event_type" not in draft.fields and before.value("event_type") == _STRIKES_KIND:
            for name in ("event_type", "sub_event_type", "disorder_type"):
                if name in before.fields:
                    draft.fields[name] = _suggest(text, start, end, before.fields[name].value)
        _renote(draft)


def _renote(draft):
    """The draft's notes written again after its fields changed (same words of the text)."""
    if "notes" in draft.fields:
        notes = draft.fields["notes"]
        draft.fields["notes"] = Suggestion(_notes(draft.fields), notes.snippet, notes.start, notes.end)


def _by_the_actor_told_for_all(text, draft, mention, value):
    """'All three incidents are assessed as the work of ISIS remnants': the author of each incident listed."""
    if not takes_the_actor_told_for_all(draft):
        return
    draft.fields["actor1"] = _suggest(text, mention.start, mention.end, mention.name)
    draft.fields.pop("attribution", None)
    if value:
        draft.fields["attribution"] = _suggest(text, mention.start, mention.end, value)
    _renote(draft)


def _in_original(report, draft):
    """The draft with offsets and snippets in the report's own text (with its diacritics)."""
    fields = {}
    for name, suggestion in draft.fields.items():
        start, end = report.span(suggestion.start, suggestion.end)
        fields[name] = Suggestion(suggestion.value, report.original[start:end], start, end, suggestion.note)
    start, end = report.span(draft.start, draft.end)
    return Draft(fields=fields, source=draft.source, start=start, end=end, secondary=draft.secondary)



# --- one draft ------------------------------------------------------------------------------------



def _draft(text, group, published, gazetteer, context, anchor=None, secondary=False):
    fields = {}
    start, end = group[0].start, group[-1].end
    # 'UNAMI documented 9 civilians killed in October': a sum over a period tells the kind of events, neither the
    # day of the one listed after it nor its figures
    told = [s for s in group if not _AGGREGATE.search(fold(s.text))] or group
    # (not a statement's line introducing its items, 'تمكنت قطعاتنا من تحقيق ما يأتي:', when an item tells the event;
    # not a count summed over a past week, "'neutralized 7 terrorists' over the past week")
    cue_sentence = next((s for s in sorted(group, key=lambda s: (is_arabic(s.text) and s.text.rstrip().endswith(":"),
                                                                 _summed_over_a_period(text, s, published)))
                         if sentence_events(text, s.start, s.end)), None)
    event = sentence_events(text, cue_sentence.start, cue_sentence.end)[0] if cue_sentence else None
    event = turned_violent(text, group, event)  # 'Dozens protested ... Protesters later set fire to tyres'

    # with no event word, the bulletin's item ('- 13 Feb, BASHIQA: three rockets impacted'), not its heading
    dated = next((s for s in told if sentence_events(text, s.start, s.end)), None) \
        or next((s for s in group if _opens_line_with_date(text, s, published)), None)
    ordered = ([dated] if dated else []) + [s for s in told if s is not dated] + [s for s in group if s not in told]
    date = _first_date(text, ordered, published, anchor)
    date = _day_within(text, group, published, anchor, date)
    if date is None and not secondary and not _DATE_UNTOLD.search(fold(text[start:end])):
        date = breaking_news(text, published)  # 'عاجل | …' with no date: the day it was published
    if date is not None:
        fields["event_date"] = _suggest(text, date.start, date.end, date.event_date.isoformat())
        fields["time_precision"] = _suggest(text, date.start, date.end, date.time_precision)
        if date.date_start is not None:
            fields["date_start"] = _suggest(text, date.start, date.end, date.date_start.isoformat())
            fields["date_end"] = _suggest(text, date.start, date.end, date.date_end.isoformat())

    if event is not None:
        fields["event_type"] = _suggest(text, event.start, event.end, event.event_type)
        fields["sub_event_type"] = _suggest(text, event.start, event.end, event.sub_event_type)
        disorder = taxonomy.disorder_type_for(event.event_type, event.sub_event_type)
        if disorder:
            fields["disorder_type"] = _suggest(text, event.start, event.end, disorder)
        if event.civilian_targeting:
            fields["civilian_targeting"] = _suggest(text, event.start, event.end, True)

    fields.update(_actors(text, group, event, cue_sentence))

    communities = [c for s in group for c in find_communities(text, s.start, s.end)]
    if communities:
        first = communities[0]
        fields["target_community"] = _suggest(text, first.start, first.end, first.name)

    fields.update(_place(text, told, gazetteer, context))

    civilians = event is not None and event.civilian_targeting
    for name, suggestion in figures(text, told, civilians, told_apart=secondary).items():
        fields[name] = suggestion

    if fields and (event is not None or any(k in fields for k in ("fatalities", "wounded", "abducted"))):
        fields["notes"] = Suggestion(_notes(fields), text[start:end], start, end)
    elif not any(k in fields for k in ("event_type", "fatalities", "wounded", "abducted")):
        fields = {}  # a date or a place alone is not an incident
    return Draft(fields=fields, start=start, end=end)




# --- notes and source ----------------------------------------------------------------------------

def _notes(fields):
    def value(name):
        suggestion = fields.get(name)
        return suggestion.value if suggestion is not None else None

    parts = []
    when = value("event_date")
    if when:
        precision = value("time_precision")
        if precision == MONTH and value("date_start"):
            parts.append(QT_TRANSLATE_NOOP("drafting", "Between {start} and {end}").format(
                start=value("date_start"), end=value("date_end")))
        elif precision == WEEK:
            parts.append(QT_TRANSLATE_NOOP("drafting", "Week of {date}").format(date=value("date_start") or when))
        else:
            parts.append(QT_TRANSLATE_NOOP("drafting", "On {date}").format(date=when))
    what = value("sub_event_type") or value("event_type")
    if what:
        parts.append(what)
    if value("location"):
        parts.append(QT_TRANSLATE_NOOP("drafting", "in {place}").format(place=value("location")))
    sentence = " ".join(parts)
    details = []
    if value("actor1"):
        who = value("actor1")
        if value("attribution") in ("suspected", "claimed"):
            who += f" ({value('attribution')})"
        details.append(QT_TRANSLATE_NOOP("drafting", "perpetrator: {actor}").format(actor=who))
    if value("target_community"):
        details.append(QT_TRANSLATE_NOOP("drafting", "target community: {community}").format(
            community=value("target_community")))
    figures_text = []
    for name, label in (("fatalities", QT_TRANSLATE_NOOP("drafting", "{n} killed")),
                        ("wounded", QT_TRANSLATE_NOOP("drafting", "{n} wounded")),
                        ("abducted", QT_TRANSLATE_NOOP("drafting", "{n} abducted"))):
        if value(name) is not None:
            figures_text.append(label.format(n=value(name)))
    if figures_text:
        details.append(", ".join(figures_text))
    return (sentence + ("; " + "; ".join(details) if details else "") + ".").strip()


def _source(report, group, draft, published, outlet, url):
    source = {"published": published.isoformat()}
    if outlet:
        source["outlet"] = outlet.strip()
    if url:
        source["url"] = url.strip()
    for incident_field, source_field in (("fatalities", "fatalities_reported"), ("wounded", "wounded_reported"),
                                         ("abducted", "abducted_reported")):
        value = draft.value(incident_field)
        if value is not None:
            source[source_field] = value
    excerpt = " ".join(report.original[slice(*report.span(s.start, s.end))] for s in group)
    source["excerpt"] = excerpt if len(excerpt) <= EXCERPT_LIMIT else excerpt[:EXCERPT_LIMIT - 1] + "…"
    return source
