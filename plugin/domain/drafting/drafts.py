"""The entry point: draft incidents from a report's text.

Steps: split the text into sentences; group them into incidents (the main one, and any earlier or
separate incident the report mentions in passing: "two farmers were abducted from nearby Mekhas in
early May"); for each group propose the store's fields, each with the words it came from. A field
the text does not support is left out, never guessed (no figure is not 0).
"""

import re
from dataclasses import dataclass, field

from .. import taxonomy
from ..i18n import QT_TRANSLATE_NOOP, message_template
from ..values import parse_date
from .actors import (
    ARMED_GROUP,
    FOREIGN,
    STATE,
    UNIDENTIFIED,
    ActorMention,
    attribution,
    civilians_actor,
    find_actors,
    find_communities,
)
from .arabic import OffsetMap, fold, is_arabic
from .arabic_clauses import MORE_OF_THEM, SECOND, day_of_its_own, split_at_whereas
from .arabic_figures import counts_over_a_period, tells_replaced_toll
from .clauses import share_told, split_clauses, starts_incident
from .dates import DAY, MONTH, WEEK, breaking_news, find_dates, states_occurrence
from .events import earlier_markers, sentence_events
from .figures import PLAIN, TOTAL, figures, none_stated_in, sentence_mentions
from .places import (
    AREA_RANK,
    Gazetteer,
    arabic_label,
    find_named_places,
    find_named_places_in_known,
    find_places,
    find_villages,
    road_of,
    roads_in,
)
from .text import Suggestion, data, split_sentences

EXCERPT_LIMIT = 1000
_SEPARATE_MARKERS = ("in a separate", "separately", "in another", "a separate incident", "in an unrelated",
                     "in the second", "in the third", "in a second", "in a third",
                     "حادث منفصل", "حادثه منفصله", "هجوم منفصل", "سياق اخر", "سياق منفصل", "حادث اخر", "حادثه اخري",
                     "هجوم اخر", "in response", "in retaliation", "retaliated", "ردا علي", "ردا على",
                     "later the same day", "later that day", "later that night", "later that evening",
                     "earlier on the same day", "earlier the same day", "earlier that day", "in another development",
                     "in a related development", "في تطور اخر", "في تطور منفصل", "من جهه اخري", "في سياق متصل")
_SEPARATE_OPENINGS = ("meanwhile", "elsewhere", "while in ", "while near ", "while at ", "while a separate ",
                      "while another ", "while a second ", "while a third ",
                      "وفي الاثناء", "في الاثناء", "الي ذلك", "والي ذلك")
_EARLIER_WITHOUT_DATE = ("last month", "ago", "days earlier", "weeks earlier", "months earlier", "days before",
                         "week earlier", "day earlier", "the day before", "the previous day", "the previous week",
                         "weeks before", "earlier this", "earlier in the week", "earlier in the month",
                         "الشهر الماضي", "في وقت سابق")
_FOLLOW_ON = ("their ", "they ", "the bodies", "both ", "the two ", "the three ", "the victims", "the farmers",
              "the abducted", "the kidnapped", "his body", "her body")


# Statistics over a period ("UNAMI documented 12 civilian casualties in May") tell no incident.
_AGGREGATE = re.compile(r"\bmass graves?\b|مقبره جماعيه|مقابر جماعيه"  # the dead of a past massacre, exhumed
                        r"|\b(?:documented|recorded|verified|registered|tallied)\b.{0,80}\b(?:casualties|incidents|"
                        r"attacks|violations|killings|deaths|fatalities)\b|(?:وثقت|سجلت|احصت|رصدت).{0,60}(?:حالات|حاله|ضحايا|انتهاكات|حوادث)"
                        r"|(?:حوادث|هجمات|اعمال\s+عنف)\s+متفرقه"  # 'قتلوا … في حوادث متفرقة': a sum of several
                        # 'received reports of six incidents of enforced disappearance'
                        r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+(?:separate\s+)?"
                        r"(?:incidents|cases|attacks)\s+of\b",
                        re.I)


# A rescue years after the abduction tells no incident of the report's: 'a Yazidi girl abducted by ISIS in 2014 was
# rescued'.
_CAPTIVE_SINCE = re.compile(r"\b(?:abducted|kidnapped|captured|enslaved|held captive)\b[^.]{0,40}?\b(?:in|since)\s+"
                            r"(?P<year>(?:19|20)\d\d)\b", re.I)
_FREED = re.compile(r"\b(?:rescued|freed|released|returned|liberated|reunited)\b", re.I)


def _past_captivity(sentence, published):
    found = _CAPTIVE_SINCE.search(sentence)
    return bool(found and int(found.group("year")) < published.year and _FREED.search(sentence))


_OPERATION = re.compile(r"operation|offensive|عمليه|حمله|انزال|airdrop|airborne|heliborne", re.I)
_STATE_DOING = re.compile(r"kill|operation|عمليه|حمله", re.I)
# 'troops clashed with an ISIS cell ..., killing two terrorists', '... and killed two of its members', 'اشتبكت قوة من
# الجيش مع مفرزة إرهابية وتمكنت من قتل ثلاثة إرهابيين': the side that clashed and killed the other's
_CLASHED_AND_KILLED = re.compile(r"\bclashed\b.{0,160}?\bkill(?:ing|ed)\s+(?:\w+\s+){1,2}?"
                                 r"(?:terrorists?|militants?|insurgents?|jihadists?|gunmen|attackers|assailants|"
                                 r"of\s+(?:its|their|them|the\s+(?:cell|group)['’]s)\b)\b"
                                 r"|اشتبك\S*.{0,160}?(?:قتل|مقتل)\s+(?:\S+\s+){1,2}?(?:ارهابي\S*|منهم|مسلح\S*|"
                                 r"من\s+(?:(?:عناصر|مسلحي|افراد)\s+)?"
                                 r"(?:التنظيم|داعش|الخليه|المجموعه|المسلحين|الارهابيين))", re.I)


# A counted actor is a victim: 'Two Peshmerga killed', 'three Iraqi soldiers were wounded'.
_COUNTED = re.compile(r"(?<!\w)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                      r"dozens of|a number of|a dozen|scores of)\s+(?:[\w'’-]+\s+)?"
                      r"(?:(?:of|from)\s+(?:the\s+)?)?$", re.I)  # 'two fighters of the YBS were killed'
# Ordnance left from a war names the war's side, not who set it off: 'a landmine left over from the war
# against ISIS', 'عبوة ناسفة من مخلفات داعش'.
_LEFT_OVER = re.compile(r"(?:left\s*over|left behind|leftovers?|remnants? of the war|relics? of the war|مخلفات)"
                        r"[^.،,;]{0,40}$", re.I)


# The counted dead of an actor are its losses, not the perpetrator: 'killing four ISIS terrorists', 'مقتل خمسة
# إرهابيين من عصابات داعش'.
_KILLED_COUNT = re.compile(r"\b(?:killing|killed|kill|neutrali[sz](?:ing|ed)|eliminat(?:ing|ed))['‘’\"“”]?\s+"
                           r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|a number of|an?)"
                           r"\s+(?:[\w'’-]+\s+)?(?:of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+)?)?$"  # 'a member of a local'
                           r"|(?<!\w)[وف]?(?:مقتل|قتل|تصفيه|هلاك|تحييد)[\"”»]?\s+(?:(?![بل]|علي(?!\w)|في(?!\w))\S+\s+){1,2}"
                           r"(?:من\s+(?:\S+\s+)?)?[\"“«]?$", re.I)


# 'bringing the number of terrorists killed to 12': the counted are the dead, not who struck.
_NUMBER_OF = re.compile(r"\bthe\s+(?:number|toll|tally|count)\s+of\s+(?:the\s+)?$", re.I)
_COUNTED_DEAD = re.compile(r"\s+(?:killed|dead|slain|wounded|injured)\b", re.I)


# 'the killing of an army officer', 'the wounding of two soldiers': the state's men are the victims
# ... 'ISIS militants killed a Peshmerga officer'
_VICTIM_OF = re.compile(r"\b(?:(?:killing|killings|deaths?|wounding|injuring|abduction|kidnapping|martyrdom)\s+of|"
                        r"killed|wounded|injured|kidnapped|abducted)\s+(?:an?|the|one|two|three|four|five|\d+)\s+$",
                        re.I)


# ... also past a participle's phrase: '4 PKK terrorists detected in the Metina region were neutralized'
_WERE_HURT = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:were|had been|have been)\s+(?:killed|wounded|injured|"
                        r"captured|arrested|neutrali[sz]ed)\b"
                        r"|\s+(?:detected|spotted|hiding|located|holed up|based|operating)\b"
                        r"(?:\s+(?!who\b|which\b|that\b)[\w'’-]+){1,8}?\s+(?:were|had been|have been)\s+"
                        r"(?:killed|neutrali[sz]ed|captured)\b", re.I)


_THEY_ATTACKED = re.compile(r"\b(?:when|as|while|after)\s+they\s+(?:attacked|tried|attempted|stormed|launched|"
                            r"opened|fired|infiltrated|raided)\b"
                            # '... killed two ISIS militants who tried to storm a checkpoint'
                            r"|\b(?:who|while|after)\s+(?:had\s+)?(?:attacked|stormed|infiltrated|raided|(?:tried|attempted|"
                            r"trying|attempting)\s+to\s+(?:storm|attack|infiltrate|raid|overrun|ambush|target))\b",
                            re.I)  # '... were killed when they attacked a post'


_PERSONS = re.compile(r"(?:unidentified|unknown)\s+(?:men|man|persons?|individuals?|people)$", re.I)
_COUNTED_OR_FOUND = re.compile(r"(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)|\bbod(?:y|ies)\s+of"
                               r"(?:\s+(?:an?|the|\d+|two|three|four|five))?)\s*$", re.I)
# 'مسلحون من وحدات مقاومة سنجار', 'gunmen belonging to ISIS': the unidentified are of the group named next
_OF_GROUP = re.compile(r"\s*(?:(?:من|of|from|belonging\s+to|affiliated\s+with|linked\s+to)\s+(?:the\s+)?"
                       r"(?:(?:تنظيم|منظمه|جماعه|حزب)\s+)?[\"«“']?\s*)$", re.I)


def _of_a_named_group(text, mention, mentions):
    return mention.role == UNIDENTIFIED and any(
        other.role == ARMED_GROUP and other.start >= mention.end and _OF_GROUP.match(text[mention.end:other.start])
        for other in mentions)


def _killed_counted(text, mention):
    # a count told in the sentence before is not of this mention: '... مقتل أحد عناصرها. وتتهم اليبشه تركيا'
    before = re.split(r"[.!?؟\n]\s", text[max(0, mention.start - 45):mention.start])[-1]
    return bool(_KILLED_COUNT.search(fold(before)))


# An actor that denies a role is not the perpetrator: 'the PKK-affiliated YBS denied any role', 'نفى الحشد الشعبي'.
_DENIES_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:denied|denies|has denied|rejected|disowned)\b", re.I)
_DENIES_BEFORE = re.compile(r"(?<!\w)[وف]?(?:نفي|نفت|ينفي|تنفي)\s+(?:\S+\s+)?$")


def _denies(text, mention, sentence):
    after = text[mention.end:sentence.end]
    return bool(_DENIES_AFTER.search(after) or _DENIES_BEFORE.search(fold(text[max(sentence.start, mention.start - 20):
                                                                                  mention.start])))


def _left_over(text, mention):
    return bool(_LEFT_OVER.search(fold(text[max(0, mention.start - 50):mention.start])))


# between a state force and the event's words: 'Iraqi army and Peshmerga forces killed', 'an army patrol clashed'
_SUBJECT_GAP = re.compile(r"[\s,]*(?:(?:and|و)\s*)?(?:the\s+)?(?:forces|troops|patrols?|units?|قوات)?\s*")


def _subject_before(text, mentions, event):
    """State forces named just before the event's words, first named first: 'Iraqi army and Peshmerga forces'.
    A counted one ('two Peshmerga killed') is the event's victim."""
    state = sorted((m for m in mentions if m.role == STATE and m.start < event.end
                    and not _COUNTED.search(text[max(0, m.start - 25):m.start])
                    and not _VICTIM_OF.search(text[max(0, m.start - 25):m.start])), key=lambda m: m.start)
    subject, edge = [], event.start
    for mention in reversed(state):
        gap = text[mention.end:edge] if mention.end <= edge else ""
        if mention.end > edge or not _SUBJECT_GAP.fullmatch(gap):
            if not (mention.start < event.end and event.start < mention.end):
                break
        subject.insert(0, mention)
        edge = mention.start
    return subject
_CARRIED_OUT_BY = re.compile(r"\s*(?:(?:carried out|conducted|launched|fired|set(?:\s+up)?|laid|mounted|staged)\s+)?"
                            r"by\s+(?:the\s+)?"
                            r"(?:(?:militants|fighters|members|elements|gunmen)\s+(?:of|from)\s+(?:the\s+)?)?"
                            r"|\s*(?:التي\s+|الذي\s+)?"
                            r"(?:نفذها|نفذتها|شنها|شنتها|نفذه|نفذته|شنه|شنته|نصبه|نصبته|نصبها|نصبتها|نصبوه)\s+"
                            r"(?:(?:مسلحو|مسلحون\s+من|عناصر|عناصر\s+من|مقاتلو|مسلحين\s+من|"
                            r"(?:قوه|مفرزه|دوريه|قطعات|وحدات|فوج|سريه)\s+(?:\S+\s+)?من)\s+)?", re.I)
# 'the JOC announced carrying out an air strike', 'أعلنت قيادة العمليات المشتركة تنفيذ ضربة جوية'
_CARRIES_OUT = re.compile(r"\s*(?:[،,][^،,.]{1,30}[،,]\s*)?(?:(?:said|announced)\s+(?:that\s+)?(?:it\s+)?)?"
                          r"(?:carried out|conducted|launched|"
                          r"تنفيذ|نفذت|نفذ|شنت|شن)\s+(?:an?\s+|\w+\s+)?", re.I)
# 'قتل', past two words and a date told between commas: 'تمكنت قطعات الفرقة الرابعة، مساء أمس، من قتل'
_KILLING_NEXT = re.compile(r"\s*(?:[^\s،,.]+\s*){0,2}(?:[،,][^،,.]{1,25}[،,]\s*)?(?:من\s+)?"
                           r"(?<!\w)(?:قتل|killed\s+(?!and\b|by\b|in\b|when\b)|kill\b)", re.I)
# ... or who took the fight to the other: 'Fighters of the PMF ambushed an ISIS group' (a clash is both sides': the
# side that killed is told by _CLASHED_AND_KILLED)
_STATE_MOVES = re.compile(r"(?:\s*\)|\s+\(\w+\))?\s+(?:(?:units?|troops|forces|patrols?|soldiers|fighters|commandos|"
                          r"personnel|members)\s+)?(?:moved|tried|attempted|advanced|stormed|raided|attacked|"
                          r"ambushed|pursued|intercepted|set up an ambush|"
                          r"launched an? (?:attack|assault|raid|ambush))\b", re.I)
# 'عندما حاولت قوات الجيش العراقي إزالة حاجز', 'شنت قوة من الحشد هجوماً', 'نصبت قوة من الحشد كميناً':
# the verb before its subject
_STATE_MOVES_ARABIC = re.compile(r"(?<!\w)[وف]?(?:حاولت|حاول|تقدمت|اقتحمت|داهمت|هاجمت|تحركت|شنت|شن|"
                                 r"نصبت|نصب|لاحقت|طاردت|باغتت|تصدت)\s+(?:(?:قوه|مفرزه|دوريه|قطعات|وحدات|فوج|"
                                 r"سريه|عناصر|مقاتلو|مقاتلي)\s+(?:\S+\s+)?من\s+)?$")
# ... also past a name: 'a PKK-affiliated YBS headquarters'
_STRUCK_PLACE = re.compile(r"(?:['’]s)?(?:-(?:affiliated|linked|backed|aligned)(?:\s+(?-i:[A-Z])[\w'’-]*){1,2})?"
                           r"\s+(?:headquarters|bases?|positions?|posts?|vehicles?|convoys?|hideouts?|"
                           r"shelters?|camps?|offices?|depots?|sites?|strongholds?)\b", re.I)
_FORCE_OF = re.compile(r"\S*\s+(?:[،,][^،,.]{1,25}[،,]\s*)?(?:(?:قوه|قوات|مفرزه|دوريه|قطعات|وحدات|فوج|سريه)\s+"
                       r"(?:\S+\s+)?من\s+)?")
_STRUCK_PLACE_BEFORE = re.compile(r"(?<!\w)(?:(?:ال)?(?:وكر|اوكار|مقر|مقرات|موقع|مواقع|مخبا|مخابئ|مضافه|مضافات|"
                                  r"تجمع|تجمعات|عجله|عجلات|نفق|انفاق|كهف|كهوف|معسكر|معسكرات|ثكنه)\S{0,2}|ضد|علي)\s+"
                                  r"(?:(?:ل|ال|لل)?(?:بقايا|عناصر|فلول)\s+)?(?:ل|لل)?$"
                                  r"|(?:\b(?:against|targeting)|(?<!blamed\s)(?<!blame\s)(?<!blames\s)\bon)\s+"
                                  r"(?:an?\s+|the\s+)?(?:(?:suspected|remaining)\s+)?$",
                                  re.I)
# 'Iraqi forces killed four jihadists in an air strike': the state force that struck
_STRIKES_NEXT = re.compile(r"\s+(?:killed|struck|bombed|shelled|targeted|hit|pounded)\b", re.I)
_ITS_FORCES = re.compile(r"\b(?:its|their)\s*$", re.I)  # before the event's words 'forces killed'
# In an air strike or shelling, state forces are the perpetrator only when named by what strikes
# ('Iraqi aircraft', 'الطيران العراقي'); 'army units came under mortar fire' makes the army a target.
_STRIKERS = re.compile(r"aircraft|warplane|jets?\b|air force|aviation|F-16|helicopter|artillery|drone|air ?strike|"
                       r"طيران|طائر|مروحي|"
                       r"جويه|مدفعي|مسير|جوي|غاره|غارات", re.I)


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


def draft_incidents(text, published, outlet=None, url=None, places=None):
    """Drafts of the incidents a report tells, main incident first.

    ``published``: the report's publication date (``datetime.date``, or ISO text), against which
    "late Saturday" or "yesterday" are resolved. ``places``: a PlaceIndex of zone names, incident
    locations and gazetteer entries; None uses the small built-in list (resources/drafting/places.json).
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
    drafts = []
    main_date = None
    for group, secondary in _group_incidents(text, sentences, published, gazetteer):
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
        if share_told(text, draft, group, drafts, published) and "notes" in draft.fields:
            notes = draft.fields["notes"]
            draft.fields["notes"] = Suggestion(_notes(draft.fields), notes.snippet, notes.start, notes.end)
        draft.source = _source(report, group, draft, published, outlet, url)
        drafts.append(_in_original(report, draft) if report.changed else draft)
    return drafts


# the place told before, by a noun of places: 'the same camp', 'المخيم ذاته', 'نفس الحي'
_PLACE_NOUNS = (r"(?:area|village|town|city|district|sub-district|place|spot|camp|neighbou?rhood|quarter|road|highway|"
                r"base|site|location|compound|complex|valley|outskirts|vicinity|market|street|checkpoint|junction|"
                r"bridge|farm|orchard|field|mosque|school|building|house|post|position)")
_ARABIC_PLACE_NOUNS = (r"(?:المنطقه|القريه|الناحيه|المكان|البلده|المحور|القضاء|الموقع|الطريق|المخيم|الحي|المجمع|"
                       r"المدينه|الوادي|القاعده|المعسكر|السوق|الشارع|السيطره|النقطه|الجسر|المزرعه|البستان|المسجد|"
                       r"المدرسه|المبني|المنزل)")
_SAME_PLACE = re.compile(r"\b(?:the\s+same\s+" + _PLACE_NOUNS +
                         r"|(?:the\s+)?same\s+village"
                         r"|(?:in|near)\s+the\s+area|nearby|^\s*the\s+area"
                         r"|(?:in|near)\s+the\s+(?:town|city|village|district|sub-district|camp)(?!\s+of))\b"
                         r"|" + _ARABIC_PLACE_NOUNS + r"\s+(?:نفسها|ذاتها|نفسه|ذاته)"
                         r"|(?:ذات|نفس)\s+" + _ARABIC_PLACE_NOUNS +
                         # 'وكان راعٍ من أبناء القرية قد قتل', 'اختطفوا اثنين من رعاة القرية': the village told before
                         r"|(?<!\w)[وف]?(?:ابناء|اهالي|سكان|رعاه|مزارعي|فلاحي|مختار|شباب)\s+(?:القريه|البلده)"
                         r"(?!\s+(?:المجاوره|القريبه|الاخري|المحاذيه))"
                         # 'قصف استهدف أطراف الناحية': the outskirts of the place told before
                         r"|(?<!\w)[وفب]?(?:اطراف|محيط)\s+(?:القريه|البلده|الناحيه|القضاء|المدينه|المنطقه)"
                         r"(?!\s+(?:المجاوره|القريبه|الاخري|المحاذيه)|\w)"
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
        if "notes" in draft.fields:
            notes = draft.fields["notes"]
            draft.fields["notes"] = Suggestion(_notes(draft.fields), notes.snippet, notes.start, notes.end)


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
    found = _NEXT_OF_SEVERAL.match(fold(text[draft.start:draft.end]))  # fold keeps the offsets
    if found is None and text[:draft.start].rstrip().endswith(("،", ",")) and is_arabic(text[draft.start:draft.end]):
        found = re.match(r"\s*", text[draft.start:draft.end])  # '…، وإصابة جنديين بهجوم …': a clause of the same list
    if found:
        for name in _DATE_FIELDS:
            if name in main.fields:
                draft.fields[name] = _suggest(text, draft.start, draft.start + found.end(), main.fields[name].value)


# 'On Sunday, the shelling wounded a shepherd': the strikes told before, by the same side.
_THE_STRIKES = re.compile(r"\bthe\s+(?:shelling|bombardment|(?:air\s*|drone\s+)?strikes?|airstrikes?)\b"
                          r"|\b(?:second|third|another|further|follow-up)\s+(?:air\s*|drone\s+)?strikes?\b"
                          # 'فيما استهدفت الثانية نفقاً', 'الضربة الثانية', 'القصف ذاته'
                          r"|(?<!\w)(?:(?:استهدفت|قصفت|طالت|اصابت)\s+الثانيه|(?:ال)?(?:ضربه|غاره)\s+(?:الجويه\s+)?"
                          r"(?:الثانيه|الثالثه|الاخري)|القصف\s+(?:ذاته|نفسه))(?!\w)", re.I)


def _same_striker_as_told(text, draft, before):
    """With no actor of its own, an incident that names the strikes told before ('the shelling') has their actor."""
    if "actor1" in draft.fields or "actor1" not in before.fields:
        return
    found = _THE_STRIKES.search(fold(text[draft.start:draft.end]))
    if found:
        start, end = draft.start + found.start(), draft.start + found.end()
        draft.fields["actor1"] = _suggest(text, start, end, before.fields["actor1"].value)
        if "attribution" in before.fields:
            draft.fields["attribution"] = _suggest(text, start, end, before.fields["attribution"].value)
        if "event_type" not in draft.fields:  # ... and their kind, when it tells none ('فيما استهدفت الثانية نفقاً')
            for name in ("event_type", "sub_event_type", "disorder_type"):
                if name in before.fields:
                    draft.fields[name] = _suggest(text, start, end, before.fields[name].value)
        if "notes" in draft.fields:
            notes = draft.fields["notes"]
            draft.fields["notes"] = Suggestion(_notes(draft.fields), notes.snippet, notes.start, notes.end)


def _in_original(report, draft):
    """The draft with offsets and snippets in the report's own text (with its diacritics)."""
    fields = {}
    for name, suggestion in draft.fields.items():
        start, end = report.span(suggestion.start, suggestion.end)
        fields[name] = Suggestion(suggestion.value, report.original[start:end], start, end, suggestion.note)
    start, end = report.span(draft.start, draft.end)
    return Draft(fields=fields, source=draft.source, start=start, end=end, secondary=draft.secondary)


# --- grouping sentences into incidents -------------------------------------------------------------

def _group_incidents(text, sentences, published, gazetteer=None):
    """Sentences grouped into incidents, the way a reader tells them apart: a sentence with an event
    cue starts its own incident when it says so ('in a separate incident', 'وفي حادث منفصل') or when
    its own date lies apart from the main incident's (two days or more, or any other day when the
    sentence opens with it, as bulletins do: 'On 10 February, ...'). A sentence that starts no
    incident goes on with the incident before it in the same paragraph; in a new paragraph, it goes
    back to the main incident (the story's own background: 'No group has claimed the attack.'). A
    sentence opening with 'also' ('كما تعرضت نقطة للجيش ... في قضاء الطوز') starts its own incident when
    it names a place the incident before it did not."""
    cues = [[] if _AGGREGATE.search(fold(s.text)) or _past_captivity(s.text, published) or counts_over_a_period(s.text)
            or _summed_over_a_period(text, s, published)
             else sentence_events(text, s.start, s.end) or _item_with_figures(text, sentences, i, published, gazetteer)
             for i, s in enumerate(sentences)]
    cues = [[] if _introduces_items(sentences, i) else c for i, c in enumerate(cues)]
    # ... or an Arabic clause with casualties of its own, cut from a sentence telling two incidents
    first_cue = next((i for i, c in enumerate(cues) if c or (_clause_cut(text, sentences[i], before=True) and [
        m for m in sentence_mentions(sentences[i]) if m.kind != TOTAL])), None)
    if first_cue is None:  # no event word, but casualties told: 'The attack on Tuesday left four dead'
        cues = [[] if _AGGREGATE.search(fold(s.text)) or _past_captivity(s.text, published) else sentence_mentions(s)
                for s in sentences]
        first_cue = next((i for i, c in enumerate(cues) if c), None)
    if first_cue is None:
        return []
    # the main incident's date: from its first two sentences with an event cue (headline and lead)
    # ... and the sentences between them ('The cell said the strike was carried out on Monday.'), not a later one
    cue_indexes = [i for i, c in enumerate(cues) if c][:2] or [first_cue]
    leading = sentences[cue_indexes[0]:cue_indexes[-1] + 1]
    main_date = _first_date(text, leading, published) or _first_date(text, sentences[:first_cue + 1], published)
    # 'Date: 22 Nov 2025. Location: ... Incident: an ISIS cell ambushed ...': the date given before the event
    # is told, not that of a later paragraph ('Background: on 9 Nov ...')
    stated = [d for s in sentences[:first_cue] for d in find_dates(text, published, s.start, s.end) if not d.reported]
    if stated and not any(find_dates(text, published, s.start, s.end) for s in leading[:1]):
        main_date = stated[0]
    main, others = [], []
    current = main
    # a bulletin: its items are bulleted or numbered lines with their own dates or places ('- 13 Feb, BASHIQA: ...',
    # '2. In Diyala, ...'); a line after an item goes on with that item or with none, never back to the first item
    bulletin = sum(1 for s in sentences if _opens_line_with_date(text, s, published)
                   or _list_item(text, s, published, gazetteer)) >= 2
    recent = main_date is None or (published - main_date.event_date).days <= 365  # not a story of long ago
    for index, sentence in enumerate(sentences):
        if _past_captivity(sentence.text, published) or (index > first_cue and recent
                                                          and _background(text, sentence, published)):
            continue  # background of another time, no figure of the report's incidents
        # 'while two ISIS members were killed in a separate operation': told apart, with casualties but no event word
        # 'Last month, gunmen killed a YBS commander': a sentence opening with a period of its own, its casualties;
        # or told in the pluperfect with casualties ('وكان التنظيم قد هاجم … قبل ثلاثة أسابيع، ما أسفر عن مقتل مقاتل')
        # ... or opening with 'also' in Arabic ('وفي ناحية قره تبة، أصيب شرطيان'), its casualties
        cue = cues[index] or (((_told_apart(sentence) or _opens_with_period(text, sentence, published)
                                or (is_arabic(sentence.text) and (_ALSO.match(fold(sentence.text))
                                                                  or _clause_cut(text, sentence))))
                               and [m for m in sentence_mentions(sentence) if m.kind != TOTAL])
                              or (_HAD_DONE.match(fold(sentence.text)) and sentence_mentions(sentence)))
        # 'The field was also hit by a rocket in early September, wounding one worker.': another month's casualties
        cue = cue or (index > first_cue and _other_period_with_figures(text, sentence, published, main_date))
        if index > first_cue and (cue or starts_incident(sentence)) and not _told_before(text, sentence, cue) \
                and not _the_event_of_the_toll(sentence, sentences[first_cue]) \
                and (starts_incident(sentence) or _starts_other_incident(text, sentence, published, main_date)
                     or _list_item(text, sentence, published, gazetteer)
                     or _also_elsewhere(sentence, current, gazetteer)
                     or (_clause_cut(text, sentence) and (_elsewhere(sentence, current, gazetteer) or day_of_its_own(
                         " ".join(s.text for s in current), sentence.text)))
                     or _also_another_day(text, sentence, current, published)
                     or _opens_with_another_day(text, sentence, current, published, main_date)
                     or _new_event_elsewhere(text, sentence, cues[index], current, main, gazetteer, published)
                     or _more_figures_elsewhere(text, sentence, cues[index], current, main, gazetteer, published)
                     or _another_kind_another_day(text, sentence, cues[index], cues[first_cue], published,
                                                  main_date)
                     or _earlier_elsewhere(text, sentence, current, gazetteer, published, main_date)):
            current = [sentence]
            others.append(current)
            continue
        if bulletin and index < first_cue and _new_paragraph(text, sentence, sentences[first_cue]):
            continue  # 'NINEWA / KIRKUK - WEEKLY SUMMARY (12-18 FEB)': the heading, no item's place or date
        if bulletin and index > first_cue and _new_paragraph(text, sentences[index - 1], sentence) and not cue:
            continue  # 'Assessment: ISIS activity ... is likely to continue.': a bulletin's comment, no incident's
        if current is not main and not bulletin and (_new_paragraph(text, sentences[index - 1], sentence)
                                                     and not _follows_on(text, sentence, cues[index], published)):
            current = main
        current.append(sentence)
    return [(main, False)] + [(group, True) for group in others]


_BULLET = re.compile(r"\s*(?:[-–—•*·▪●]\s*|\d{1,2}[.)]\s+)")
_BULLET_ALONE = re.compile(r"\s*(?:[-–—•*·▪●]|\d{1,2}[.)])\s*")  # '1.' told apart as a sentence of its own


def _item_start(text, sentence):
    """Where the words of a bulleted or numbered line start ('- 13 Feb, ...', '2. Army Aviation ...') when
    ``sentence`` opens one, else None."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    before = text[line_start:sentence.start]
    if before.strip():
        return sentence.start if _BULLET_ALONE.fullmatch(before) else None
    bullet = _BULLET.match(text, sentence.start)
    return bullet.end() if bullet else None


def _own_dates(text, sentence, published):
    return [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]


# "Turkey's defence ministry said it had 'neutralized 7 terrorists' in northern Iraq over the past week"
_OVER_A_PERIOD = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|month|year|(?:\w+\s+)?(?:days|weeks|"
                            r"months|years))\b|\bsince\s+the\s+(?:start|beginning)\s+of\b|\bso\s+far\s+this\s+"
                            r"(?:year|month|week)\b", re.I)


def _summed_over_a_period(text, sentence, published):
    """An English sentence that counts over a past period and tells no day of its own sums several events."""
    return bool(_OVER_A_PERIOD.search(sentence.text)) and not any(
        d.time_precision == DAY for d in _own_dates(text, sentence, published))


def _opens_line_with_date(text, sentence, published):
    """'- 13 Feb, BASHIQA: ...', '• On 4 July, ...': a bulleted line opening with a date (a story's paragraph
    opening with 'On Tuesday' is no bulletin's item)."""
    start = _item_start(text, sentence)
    dates = _own_dates(text, sentence, published) if start is not None else []
    return bool(dates) and len(text[start:dates[0].start].split()) <= 1


def _other_period_with_figures(text, sentence, published, main_date):
    """The plain counts of a sentence that tells a period of its own (a month, part of one, a week) wholly before
    the main incident's day, with or without an event word; [] if none."""
    own = _own_dates(text, sentence, published)
    if main_date is None or not own or own[0].time_precision == DAY:
        return []
    main_low = main_date.date_start or main_date.event_date
    if (own[0].date_end or own[0].event_date) >= main_low:
        return []
    return [m for m in sentence_mentions(sentence) if m.kind == PLAIN]


def _list_item(text, sentence, published, gazetteer):
    """'2. Army Aviation destroyed a hideout in the Al-Adhaim basin on Saturday evening, ...', '• In Nineveh, ...': a
    bulleted or numbered line with a place or a day of its own is an item of a list of incidents."""
    if _item_start(text, sentence) is None:
        return False
    return bool((gazetteer is not None and _place_names(sentence, gazetteer, references=False))
                or _own_dates(text, sentence, published))


def _item_with_figures(text, sentences, index, published, gazetteer):
    """'- On 4 July, a UAV strike hit a vehicle ..., killing 1x individual', '- 13 Feb, BASHIQA: three rockets
    impacted ... No casualties reported.', '3. In Nineveh, a police unit came under fire ... One policeman was
    wounded.': an item of a list that counts its casualties (or says there were none) tells an incident, with or
    without an event word. The line's counts, or its sentences for the statement that none were hurt."""
    sentence = sentences[index]
    if not (_opens_line_with_date(text, sentence, published) or _list_item(text, sentence, published, gazetteer)):
        return []
    line_end = text.find("\n", sentence.start)
    line = [s for s in sentences[index:] if line_end < 0 or s.start < line_end]
    counted = [m for s in line for m in sentence_mentions(s) if m.kind == PLAIN]
    return counted or (line if none_stated_in(text, line) else [])


# 'قال مصدر إن السائق فارق الحياة صباح اليوم متأثراً بجراحه جراء الانفجار': the event's noun with the article
_EVENT_NOUNS = (r"(?:انفجار|تفجير|هجوم|قصف|اشتباك|اشتباكات|حادث|حادثه|اعتداء|غاره|ضربه|كمين|استهداف|اختطاف|خطف|"
                r"عمليه|انفجارين|هجومين|عبوه|قذيفه)")
_TOLD_EVENT = re.compile(r"[وفبك]?(?:ال|لل)" + _EVENT_NOUNS)
_NEW_EVENT = re.compile(r"(?<!\w)[وفبك]?" + _EVENT_NOUNS + r"(?!\w)")  # 'بعد أيام من قصف مدفعي': one not told before


_TOLL_RISEN = re.compile(r"\s*[وف]?(?:ارتفعت|ارتفع|بلغت|وصلت)\s+(?:\S+\s+)?(?:ال)?(?:حصيله|عدد)(?!\w)")
_SIMILAR = re.compile(r"(?<!\w)(?:مماثل|مماثله|مشابه|مشابهه|اخر|اخري)(?!\w)")


def _the_event_of_the_toll(sentence, lead):
    """'ارتفعت حصيلة ضحايا الهجوم … إلى سبعة قتلى' then 'وكان مسلحون مجهولون قد أطلقوا النار على المدعوين مساء
    الجمعة': in Arabic, the pluperfect after a lead telling a risen toll tells the event whose toll rose (not 'هجوم
    مماثل', 'مقر آخر': another one)."""
    folded = fold(sentence.text)
    return is_arabic(sentence.text) and bool(_TOLL_RISEN.match(fold(lead.text))) \
        and bool(_HAD_DONE_FAR.match(folded) or tells_replaced_toll(sentence.text)) and not _SIMILAR.search(folded)


_HAD_DONE_FAR = re.compile(r"\s*[وف]?كان(?:ت|وا|ا)?\s+(?:\S+\s+){0,8}?قد\s")  # 'وكان مقر آخر للحشد في قضاء آمرلي قد'
_SUSPECTS = re.compile(r"(?<!\w)(?:ال)?(?:متهم|متهمين|متهمون|متورط|متورطين|المتورطين|جناه|جاني|مشتبه|منفذي|منفذ)(?!\w)")


def _told_before(text, sentence, cues):
    """Whether every event word of an Arabic sentence names an event told before, with the article ('الانفجار',
    'للهجوم'), so that its later day (a death in hospital, a statement) starts no incident; one told apart in
    words ('وفي حادث منفصل') still does."""
    if not cues or _told_apart(sentence):
        return False
    if all(getattr(c, "sub_event_type", None) == "Arrests" for c in cues) and _SUSPECTS.search(fold(sentence.text)):
        return True  # 'وأعلنت الشرطة اليوم اعتقال خمسة متهمين بالنزاع': the suspects of the event told before
    folded = fold(sentence.text)
    if is_arabic(sentence.text) and (_SAME_EVENT.search(folded)
                                     or (MORE_OF_THEM.search(folded) and not _HAD_DONE_FAR.match(folded))):
        return True  # 'كما أصيب ثلاثة آخرون في الهجوم ذاته فجر اليوم', 'فيما توفي جندي آخر متأثراً بجراحه اليوم'
    # (but 'وكان مختار آخر قد اغتيل أوائل كانون الثاني': another, told in the pluperfect, is an earlier incident)
    return all(_TOLD_EVENT.fullmatch(_word_at(text, c.start)) for c in cues) \
        and not _NEW_EVENT.search(fold(sentence.text))


def _word_at(text, at):
    """The folded word around offset ``at``, with its prefixes."""
    start, end = at, at
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return fold(text[start:end])


_LONG_AGO = re.compile(r"\b(?:last year|(?:since|in)\s+(?:19|20)\d\d)\b", re.I)
# 'منذ عام 2014', 'منذ 2017', 'في عام 2014', 'العام الماضي': the same in Arabic
_LONG_AGO_ARABIC = re.compile(r"(?<!\w)(?:منذ|[وف]?في|خلال)\s+(?:عام\s+|العام\s+)?(?:19|20)\d\d(?!\d)"
                              r"|(?<!\w)العام\s+الماضي(?!\w)"
                              r"|(?<!\w)قبل\s+(?:عامين|سنتين|عام|سنه|اعوام|سنوات|\S+\s+(?:اعوام|سنوات))(?!\w)")


def _background(text, sentence, published):
    """'In August 2014, ISIS fighters killed thousands of Yazidis', 'Last year, landmines killed 12 people': a time
    a year or more before the report is its background, no incident of its own."""
    if _LONG_AGO.search(sentence.text) or _LONG_AGO_ARABIC.search(fold(sentence.text)):
        return True
    dates = [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]
    return bool(dates) and (published - (dates[0].date_end or dates[0].event_date)).days > 365


# (فيما, في حين: see arabic_clauses)
_ALSO = re.compile(r"\s*(?:[وف]?كما|وكذلك|[وف]?فيما|[وف]?بينما|[وف]?في\s+حين|also,|in addition,)(?!\w)"
                   r"|\s*وفي\s+(?:قضاء|ناحيه|قريه|مدينه|منطقه|محافظه)\s"  # 'وفي ناحية العظيم، قتل راعٍ'
                   r"|\s*وفي\s+[^\s،,.]+(?:\s+[^\s،,.]+)?\s*[،,]", re.I)  # 'وفي ديالى، أصيب جنديان'


def _also_elsewhere(sentence, current, gazetteer):
    """'كما تعرضت نقطة للجيش لقصف في قضاء الطوز': 'also' and a place the incident before it did not name."""
    if gazetteer is None or not (_ALSO.match(fold(sentence.text)) or _ALSO_ON.match(sentence.text)):
        return False
    return _elsewhere(sentence, current, gazetteer)


# 'Also on Sunday, ...', 'At the same time, Turkish drones struck two vehicles near Batifa': with a place of its own
_ALSO_ON = re.compile(r"\s*(?:also\s+(?:on|in|at|near|late|early|earlier|later)\b|(?:at|around|about)\s+the\s+same\s+"
                      r"time\b|simultaneously\b|in\s+parallel\b)", re.I)


def _introduces_items(sentences, index):
    """'تمكنت قطعاتنا يوم أمس السبت من تحقيق ما يأتي:' before '١- نفذت طائرات القوة الجوية ضربة ...': an Arabic
    statement's line introducing its numbered items tells no incident of its own (its day is theirs)."""
    sentence = sentences[index]
    return is_arabic(sentence.text) and sentence.text.rstrip().endswith(":") and index + 1 < len(sentences) \
        and bool(_LIST_ITEM.match(fold(sentences[index + 1].text)))


def _clause_cut(text, sentence, before=False):
    """Whether ``sentence`` is a clause cut from an Arabic sentence after a comma (arabic_clauses: '...، وأصيب
    شرطيان بهجوم في قضاء الحويجة', with casualties of its own at a place the clause before did not name);
    ``before``: or the clause before such a cut ('أطلقوا النار على سائق ...، ما أدى إلى إصابته، فيما انفجرت')."""
    if not is_arabic(sentence.text):
        return False
    if text[:sentence.start].rstrip().endswith(("،", ",")):
        return True
    return before and not sentence.text.rstrip().endswith((".", "!", "؟", "?")) \
        and bool(_CUT_AFTER.match(fold(text[sentence.end:sentence.end + 20])))


_CUT_AFTER = re.compile(r"\s*(?:[،,]|[وف]?(?:فيما|بينما|في\s+حين)\s)")


_SAME_EVENT = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)(?:انفجار|تفجير|هجوم|قصف|اشتباك|اشتباكات|حادث|حادثه|اعتداء|غاره|ضربه)"
                         r"\s+(?:ذاته|نفسه|ذاتها|نفسها)(?!\w)|متاثرا?\s+(?:ب|متاثرين\s+ب)?(?:جراحه|جروحه|اصابته|جراحهم|جراحها)")


def _also_another_day(text, sentence, current, published):
    """'في حين أصيب مدني بانفجار عبوة على طريق الرياض صباح اليوم' after an attack on Monday evening: an Arabic sentence
    opening with 'also' or 'whereas' and telling a day of its own, another than the incident's before it, tells
    another incident (even at the same place)."""
    folded = fold(sentence.text)
    if not is_arabic(sentence.text) or not _ALSO.match(folded) or MORE_OF_THEM.search(folded) \
            or _SAME_EVENT.search(folded):
        return False  # 'كما أصيب ثلاثة آخرون في الهجوم ذاته فجر اليوم', 'فيما توفي جندي آخر متأثراً بجراحه اليوم'
    own = [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]
    before = _first_date(text, current, published)
    return bool(own) and before is not None and own[0].time_precision == DAY and before.time_precision == DAY \
        and own[0].event_date != before.event_date


# 'One of the wounded died on the 12th', 'وتوفي أحد الجرحى في العشرين منه': the toll of the event told, on a later day
_DIED_LATER = re.compile(r"\b(?:died|succumbed|passed away|bodies|body|remains|of them|toll)\b|توفي|فارق\w*\s+الحياه|"
                         r"متاثرا|جثه|جثث|جثتي|رفات|احدهم|احدهما|منهم|حصيله", re.I)


def _opens_with_another_day(text, sentence, current, published, main_date):
    """'In March, ... On the 9th, gunmen attacked ... On the 18th, an army patrol clashed ...', 'ففي الخامس من
    الشهر ... وفي العشرين منه ...': in a summary of a period, a sentence opening with a day of its own, another than
    the day of the incident before it, tells another incident (not a death or a body found on a later day)."""
    own = _own_dates(text, sentence, published)
    if not own or own[0].time_precision != DAY or own[0].shift is not None \
            or len(text[sentence.start:own[0].start].split()) > 1 or _DIED_LATER.search(fold(sentence.text)):
        return False
    if not (own[0].that_month or (main_date is not None and main_date.time_precision != DAY)):
        return False
    days = [d.event_date for s in current for d in _own_dates(text, s, published) if d.time_precision == DAY]
    return bool(days) and own[0].event_date not in days


_DEMONSTRATIONS = {"Protests", "Riots"}


def _another_kind_another_day(text, sentence, cues, main_cues, published, main_date):
    """'وتزامنت التظاهرة مع سقوط قذيفتي هاون على أطراف الناحية مساء الأحد' in a story of a protest on Monday: an
    Arabic sentence telling violence in a story of a demonstration (or the other way round), not an event told
    before, on a day of its own another than the main incident's, is another incident."""
    if not cues or not main_cues or main_date is None or not is_arabic(sentence.text) \
            or _told_before(text, sentence, cues):
        return False
    kinds = {getattr(cues[0], "event_type", None), getattr(main_cues[0], "event_type", None)}  # (or a bulletin's line)
    if len(kinds) < 2 or None in kinds or not kinds & _DEMONSTRATIONS:
        return False  # (a body found the day after a clash is more often the clash's dead)
    own = [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]
    return bool(own) and own[0].time_precision == DAY and main_date.time_precision == DAY \
        and own[0].event_date != main_date.event_date


def _new_event_elsewhere(text, sentence, cues, current, main, gazetteer, published):
    """'وأضاف أن عبوة ناسفة انفجرت ظهر اليوم قرب ناحية قره تبه، دون أن تسفر عن خسائر بشرية' after incidents in Jalawla
    and Khanaqin: an Arabic sentence that tells an event of its own (not 'الانفجار', told before), with its own day
    and its own figures (or none), at a place neither the incident before it nor the main one named, is another
    incident."""
    if gazetteer is None or not cues or not is_arabic(sentence.text) or _told_before(text, sentence, cues):
        return False
    if not [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]:
        return False
    if _first_date(text, current, published) is None:
        return False  # a headline with no day ('مقتل جنديين بهجوم في كركوك'), then its lead: one incident
    figures_told = [m for m in sentence_mentions(sentence) if m.kind != TOTAL] or none_stated_in(text, [sentence])
    return bool(figures_told) and _elsewhere(sentence, current, gazetteer) and _elsewhere(sentence, main, gazetteer)


_OF_THOSE = re.compile(r"\b(?:of|among)\s+(?:the|them|those)\b|^\s*(?:it|they|he|she|this|these)\b"
                       r"|^\s*(?:in\s+)?the\s+first\b", re.I)
# 'Two people were killed in two separate attacks in Diyala': a lead that sums the incidents told after it
_SEVERAL = re.compile(r"\b(?:two|three|four|five|several|\d+)\s+(?:separate\s+)?(?:attacks|incidents|explosions|"
                      r"bombings|blasts|strikes|clashes|raids)\b", re.I)


def _more_figures_elsewhere(text, sentence, cues, current, main, gazetteer, published):
    """'Turkish artillery shelled the outskirts of Kani Masi ... There were no casualties.' then 'At the same time,
    Turkish drones struck two vehicles near Batifa, killing four people': an English sentence that tells an event
    of its own (not 'the strike', told before) with its own casualties, at a place neither the incident before it
    nor the main one named, after an incident that told its own casualties (or none), is another incident."""
    if gazetteer is None or not cues or is_arabic(sentence.text) or _TOLD_BEFORE.search(sentence.text) \
            or _OF_THOSE.search(sentence.text):
        return False
    if not [m for m in sentence_mentions(sentence) if m.kind != TOTAL]:
        return False
    if _first_date(text, current, published) is None or any(_SEVERAL.search(s.text) for s in current):
        return False  # a headline with no day ('Two shepherds killed in blast near Kirkuk'), then its lead
    told = [m for s in current for m in sentence_mentions(s) if m.kind != TOTAL] or none_stated_in(text, current)
    return bool(told) and _elsewhere(sentence, current, gazetteer) and _elsewhere(sentence, main, gazetteer)


# 'وكانت طائرات حربية تركية قد قصفت، أمس الأربعاء، قرى في ناحية سيدكان': the pluperfect tells an earlier event
_HAD_DONE = re.compile(r"\s*[وف]?كان(?:ت|وا|ا)?\s+(?:\S+\s+){0,4}?قد\s")


# the incident told before, named again ('the attack', 'the blast'), or a later death of its wounded
_TOLD_BEFORE = re.compile(r"\b(?:the|this|that|same)\s+(?:attack|assault|ambush|blast|explosion|bombing|strike|"
                          r"shelling|incident|clashes?|raid)\b(?!\s+(?:on|against)\b)|\b(?:died|succumbed)\b", re.I)


def _earlier_elsewhere(text, sentence, current, gazetteer, published, main_date):
    """'وكانت طائرات تركية قد قصفت، أمس الأربعاء، قرى في ناحية سيدكان' after a shelling today in Penjwen, 'The PKK
    said Turkish troops killed one of its fighters near Haftanin on Saturday' after a strike on Sharanish on
    Sunday: an event told on another day at a place the incident before it did not name is another incident
    (on the same day, or at the same place, it is more often the same one told again). In Arabic, told in the
    pluperfect only."""
    if gazetteer is None or main_date is None:
        return False
    if is_arabic(sentence.text) and not _HAD_DONE.match(fold(sentence.text)):
        return False
    if not is_arabic(sentence.text) and _TOLD_BEFORE.search(sentence.text):
        return False  # 'A third fighter wounded in the attack died in hospital in Kalar on Tuesday': the same one
    dates = [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]
    return bool(dates) and dates[0].event_date != main_date.event_date and _elsewhere(sentence, current, gazetteer)


def _elsewhere(sentence, current, gazetteer):
    """Whether ``sentence`` names a place and the sentences of ``current`` others, none of them."""
    named = _place_names(sentence, gazetteer, references=False)
    before = set().union(*(_place_names(s, gazetteer) for s in current))
    return bool(named) and bool(before) and not named & before


_KIND_AND_NAME = re.compile(r"(?<!\w)(?:[وفب]?(?:قضاء|ناحيه|قريه|منطقه|بلده|مدينه))\s+(\w+)"
                            r"|\b(?:in|near|at)\s+(?:the\s+)?([A-Z][\w'’-]+)")


def _place_names(sentence, gazetteer, references=True):
    """Places a sentence names: known ones, and the name after 'قضاء', 'ناحية', 'in', 'near'... Not a place in an
    actor's name ('the Sinjar Resistance Units')."""
    actors = [(sentence.start + a.start, sentence.start + a.end)
              for a in find_actors(sentence.text, 0, len(sentence.text))]
    names = {m.known.place.name for m in find_places(gazetteer, sentence) if (references or not m.reference)
             and not any(start <= m.start < end for start, end in actors)}
    return names | {a or b for a, b in _KIND_AND_NAME.findall(fold(sentence.text))}


def _new_paragraph(text, previous, sentence):
    return "\n" in text[previous.end:sentence.start]


def _follows_on(text, sentence, cues, published):
    """'Their bodies were found later.': a sentence that goes on about the incident before it."""
    return (not cues and sentence.text.casefold().startswith(_FOLLOW_ON)
            and not find_dates(text, published, sentence.start, sentence.end))


# 'A second air strike this morning ...', 'Another drone strike hit ...': a strike of a series, told apart
# ... and 'Earlier on Monday, a drone targeted ...' (another event of the same day)
_ANOTHER_STRIKE = re.compile(r"\s*(?:a\s+)?(?:second|third|fourth|another|further)\s+(?:air\s*|drone\s+|aerial\s+)?"
                             r"(?:strike|raid)\b|\s*(?:earlier|later)\s+on\s+(?:monday|tuesday|wednesday|thursday|"
                             r"friday|saturday|sunday)\b", re.I)


# A statement's numbered items ('١- نفذت طائرات القوة الجوية ضربة ...', '٢- اشتبكت قوة ...'): an incident each
_LIST_ITEM = re.compile(r"\s*(?:[0-9\u0660-\u0669]{1,2}\s*[-.)]|[•▪●◦]|-)\s*")
_ITEM_MARKS = " \t0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669-.)•▪●◦"


# 'انفجرت عبوة ثانية في المكان ذاته', 'سقطت قذيفة ثالثة': another of a series, told apart
_ANOTHER_ONE = re.compile(r"(?<!\w)[وفب]?(?:عبوه|قذيفه|سياره\s+مفخخه|انفجار|غاره|ضربه|طائره\s+مسيره)\s+"
                          r"(?:ناسفه\s+|جويه\s+)?(?:ثانيه|ثان|ثالثه|ثالث|رابعه|اخري)(?!\w)")


# 'a further policeman was wounded on Wednesday morning when a second device exploded as a force arrived': another
# device, told with casualties of its own (not 'the second bomb', one of a pair told before)
_ANOTHER_DEVICE = re.compile(r"\b(?:a\s+(?:second|third|further)|another)\s+(?:roadside\s+|explosive\s+|improvised\s+|"
                             r"sticky\s+)?(?:device|bomb|ied|mine|landmine|shell|rocket|mortar\s+(?:round|shell))\b")


def _casualty_item(sentence, lowered):
    """'٢- اشتبكت قوة من الشرطة مع إرهابي ... وتمكنت من قتله': an Arabic numbered item with casualties of its own (an
    item telling a seizure of arms is none)."""
    return is_arabic(lowered.lstrip(_ITEM_MARKS)) and bool(_LIST_ITEM.match(lowered)) \
        and any(m.kind != TOTAL for m in sentence_mentions(sentence))


def _told_apart(sentence):
    """'In a separate incident', 'Meanwhile, ...': a sentence that says it tells another incident."""
    lowered = fold(sentence.text.casefold())
    return any(marker in lowered for marker in _SEPARATE_MARKERS) or lowered.startswith(_SEPARATE_OPENINGS) \
        or bool(_ANOTHER_STRIKE.match(lowered)) or bool(SECOND.match(lowered)) or bool(_ANOTHER_ONE.search(lowered)) \
        or _casualty_item(sentence, lowered) \
        or (bool(_ANOTHER_DEVICE.search(lowered)) and any(m.kind != TOTAL for m in sentence_mentions(sentence)))


def _starts_other_incident(text, sentence, published, main_date):
    lowered = fold(sentence.text.casefold())
    if _told_apart(sentence):
        return True
    anchor = main_date.event_date if main_date is not None else None
    dates = [d for d in find_dates(text, published, sentence.start, sentence.end, anchor) if not d.reported]
    own = dates[0] if dates else None
    if own is not None and main_date is not None:
        low = own.date_start or own.event_date
        high = own.date_end or own.event_date
        main_low = main_date.date_start or main_date.event_date
        main_high = main_date.date_end or main_date.event_date
        opening = len(sentence.text[:own.start - sentence.start].split()) <= 3
        if _AND_THE_NEXT.match(lowered) and own.event_date != main_date.event_date:
            return True  # '..., and the abduction of two brothers on 11 October'
        if opening and own.shift == 0 and re.search(r"same|hours|ذات|نفس", fold(text[own.start:own.end]), re.I):
            return True  # 'The same day, a mortar shell landed...', 'Hours later, ...', 'وفي اليوم ذاته': another event
        if high < main_low or low > main_high:
            return opening or abs((own.event_date - main_date.event_date).days) >= 2
        if opening and own.time_precision == DAY and main_date.time_precision == DAY \
                and own.event_date < main_date.event_date:
            return True  # 'On Sunday evening, ...' after Monday's strike: an earlier day, though its night runs on
        if opening and own.time_precision == DAY and main_date.time_precision == DAY and own.date_end is None \
                and main_date.date_end is not None and own.event_date > main_date.event_date \
                and not _TOLD_BEFORE.search(sentence.text) and not _OF_THOSE.search(sentence.text) \
                and any(m.kind != TOTAL for m in sentence_mentions(sentence)):
            return True  # 'On Wednesday morning, a helicopter struck ..., killing three' after an attack late Tuesday
        # 'Last week, a Peshmerga officer was wounded', 'In early May, ...': a period the story opens anew with,
        # or one told as earlier ('وكان ثلاثة مزارعين قد أصيبوا مطلع الشهر الجاري')
        earlier = any(marker in lowered for marker in earlier_markers())
        return (opening or earlier) and own.time_precision != DAY and own.date_start != main_date.date_start
    if any(marker in lowered for marker in earlier_markers()):
        return own is not None or main_date is None or any(w in lowered for w in _EARLIER_WITHOUT_DATE)
    return False


def _opens_with_period(text, sentence, published):
    """'Last month, ...', 'In January, ...': a week or a month (no day) in the sentence's first three words."""
    dates = [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]
    return bool(dates) and dates[0].time_precision != DAY \
        and len(text[sentence.start:dates[0].start].split()) <= 2


_AND_THE_NEXT = re.compile(r"\s*and\s+the\s+(?:abduction|kidnapping|killing|killings|bombing|shelling|murder)\s+"
                           r"(?:[\w'’-]+\s+){0,4}?of\b")  # '... and the abduction last week of a teacher


def _first_date(text, sentences, published, anchor=None):
    """The first date of the event in ``sentences``; the day a statement was made only if none. A date
    counted back from the one before it in the sentence is the event's when the sentence tells a later
    death ('died on Sunday of wounds he suffered two days before') or the event follows it ('died on
    Sunday, a day after gunmen threw a grenade at his shop')."""
    said = None
    # 'police said on Friday, without saying when he had been killed': the event's day is unknown; a day told in a
    # sentence other than the event's own is another matter's ('partners distributed kits on 30 June')
    untold = any(_DATE_UNTOLD.search(fold(sentence.text)) for sentence in sentences)
    # 'وكان الانفجار قد وقع مساء الثلاثاء', 'the clash took place on Saturday evening': the day the text says the event
    # happened, before the day of the news
    occurred = [m for sentence in sentences for m in find_dates(text, published, sentence.start, sentence.end, anchor)
                if m.shift is None and states_occurrence(text, m)]
    if occurred and not untold:
        return occurred[0]
    for index, sentence in enumerate(sentences):
        if untold and index:
            break
        mentions = [m for m in find_dates(text, published, sentence.start, sentence.end, anchor) if not m.reported]
        earlier = [m for m in mentions[1:] if m.shift is not None and m.shift < 0 and mentions[0].shift is None
                   and (_DIED_LATER.search(text[sentence.start:m.start])
                        or re.search(r"\bafter$", text[m.start:m.end], re.I))]
        # 'died on Wednesday of wounds he sustained in an attack on Sunday': the day of the attack
        earlier += [m for m in mentions[1:] if m.shift is None and m.event_date < mentions[0].event_date
                    and _DIED_LATER.search(text[sentence.start:mentions[0].end])
                    and _OF_WOUNDS.search(text[mentions[0].end:m.start])]
        if earlier:
            return earlier[0]
        # 'revised on Tuesday the toll of Sunday's ISIS attack': the day the event is named by
        named_by = [m for m in mentions if _DAYS_EVENT.match(text, m.end)]
        if named_by and named_by[0] is not mentions[0]:
            return named_by[0]
        if len(mentions) > 1 and _abducted_before_release(text, mentions):
            return mentions[1]
        found = _BODY_FOUND.search(text, sentence.start, sentence.end)
        after_found = [m for m in mentions if found and m.shift is None and found.end() <= m.start]
        if after_found and mentions[0].start < found.end():
            return after_found[0]  # 'the body of a cleric, abducted two weeks ago, was found on Tuesday'
        if mentions:
            return mentions[0]
        said = said or next(iter(find_dates(text, published, sentence.start, sentence.end, anchor)), None)
    return None if untold else said


_DAYS_EVENT = re.compile(r"['’]s?\s+(?:\w+\s+){0,2}(?:attack|attacks|bombing|blast|explosion|strike|strikes|ambush|"
                         r"shelling|clashes|killing|killings|abduction|kidnapping|raid|assault|incident)\b", re.I)


# the report says it does not know when the event was
_DATE_UNTOLD = re.compile(r"\b(?:without\s+(?:saying|specifying|giving)\s+when|did\s+not\s+(?:say|specify)\s+when|"
                          r"(?:not|un)\s*clear\s+when|when\s+(?:exactly\s+)?(?:it|the\s+\w+)\s+(?:happened|took\s+place)\s+"
                          r"(?:is|was|remains)\s+(?:not\s+known|unknown|unclear)|the\s+date\s+of\s+the\s+\w+[^.]{0,80}?"
                          r"(?:could\s+not\s+be\s+(?:confirmed|verified|established)|(?:is|was|remains)\s+(?:not\s+known|"
                          r"unknown|unclear)))"
                          r"|(?<!\w)(?:دون|بدون|لم)\s+(?:ان\s+)?(?:يحدد|تحدد|يذكر|تذكر|يوضح|توضح)\s+(?:موعد|تاريخ|متي|وقت)"
                          r"|(?<!\w)لم\s+(?:يعرف|يعلم|يتضح)\s+(?:بعد\s+)?(?:موعد|تاريخ|متي|وقت)", re.I)


def _day_within(text, group, published, anchor, date):
    """'In December, the Office received reports of six abductions. In the most serious case, on 18 December, ...',
    'aid workers abducted last week ... were seized on 20 February': a whole week or month that frames the incident,
    then a day within it told later: the day."""
    if date is None or date.time_precision == DAY or date.date_start is None or date.shift is not None:
        return date
    whole = date.time_precision == WEEK or (date.date_end - date.date_start).days >= 27 or date.date_end == published
    if not whole:
        return date  # 'abducted in early May; his body was found on 8 May': the abduction's period stays
    days = [m for s in group for m in find_dates(text, published, s.start, s.end, anchor)
            if not m.reported and m.time_precision == DAY and m.shift is None and m.start > date.start
            and date.date_start <= m.event_date <= date.date_end]
    return days[0] if days else date


_RELEASED = re.compile(r"سراح|افرج")  # Arabic only: in English the release is told as the event more often
_ABDUCTED = re.compile(r"(?:كانوا|كان|قد)\s+(?:قد\s+)?(?:اختطف|خطف)")


def _abducted_before_release(text, mentions):
    """'أطلق مسلحون، أمس الاثنين، سراح مزارع كانوا قد اختطفوه … في ١٦ آذار': the abduction's date, not the release's."""
    first, second = mentions[0], mentions[1]
    between = fold(text[first.end:second.start])
    return bool(_RELEASED.search(fold(text[max(0, first.start - 40):second.start]))) and bool(_ABDUCTED.search(between))


_DIED_LATER = re.compile(r"\b(?:died|succumbed|passed away)\b", re.I)
_BODY_FOUND = re.compile(r"\b(?:body|bodies|corpse|remains)\b[^.;]{0,120}?\b(?:was|were)\s+(?:later\s+)?found\b", re.I)
_OF_WOUNDS = re.compile(r"\b(?:wounds|injuries)\b", re.I)


# --- one draft ------------------------------------------------------------------------------------

def _suggest(text, start, end, value, note=""):
    return Suggestion(value, text[start:end], start, end, note)


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


def _actors(text, group, event, cue_sentence):
    """The perpetrator (actor1), its attribution, and actor2. The perpetrator is sought in the sentence
    that tells the event first (the actor just before the event's words, then by role), then in the
    rest of the incident; an unidentified one ('gunmen') gives way to a group the text suspects or
    says claimed the attack ('ISIS is suspected'). 'التنظيم' (the organisation) with no actor in the
    incident is the armed group the report named before."""
    fields = {}
    if event is not None and event.sub_event_type in _DEMONSTRATING:
        return fields  # the demonstrators are the actor, not an armed group the report names as background
    mentions = [m for s in group for m in find_actors(text, s.start, s.end)
                if not _left_over(text, m) and not _denies(text, m, s)
                and not (_NUMBER_OF.search(text[max(0, m.start - 30):m.start]) and _COUNTED_DEAD.match(text, m.end))]
    mentions = [m for m in mentions if not _of_a_named_group(text, m, mentions)]
    if not mentions:
        mentions = _the_organisation(text, group)
    if not mentions and event is not None and event.event_type in ("Violence against civilians", "Battles"):
        mentions = [m for m in [_unknown_perpetrators(text, group)] if m is not None]
    if not mentions:
        if event is not None and event.civilian_targeting:
            fields["actor2"] = _suggest(text, event.start, event.end, civilians_actor())
        return fields
    remote = event is not None and event.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack")
    # the state's own acts: arrests, a cache found (force against protesters is the protesters' event: no perpetrator
    # is proposed for the state that used it)
    arrest = event is not None and event.sub_event_type in _STATE_ACTS
    perpetrator_roles = (FOREIGN, ARMED_GROUP, UNIDENTIFIED, STATE) if remote else \
        (STATE, FOREIGN) if arrest else (ARMED_GROUP, UNIDENTIFIED, FOREIGN)
    # 'Five ISIS militants were killed in an air strike': the counted dead are the target
    mentions = [m for m in mentions if not (m.role != STATE and _COUNTED.search(text[max(0, m.start - 25):m.start])
                                            and _WERE_HURT.match(text, m.end)
                                            and not _THEY_ATTACKED.search(text, m.end, m.end + 80))]
    # 'the bodies of two unidentified men were found': persons counted or found dead are the victims
    mentions = [m for m in mentions if not (m.role == UNIDENTIFIED and _PERSONS.match(text, m.start, m.end)
                                            and _COUNTED_OR_FOUND.search(fold(text[max(0, m.start - 30):m.start])))]
    counted = [m for m in mentions if m.role != STATE and _killed_counted(text, m)
               and not _THEY_ATTACKED.search(text, m.end, m.end + 80)]  # the dead who had attacked
    if len(counted) < len([m for m in mentions if m.role != STATE]) \
            or any(m.role in (STATE, FOREIGN) and m not in counted for m in mentions):
        mentions_as_perpetrator = [m for m in mentions if m not in counted]
    else:
        mentions_as_perpetrator = mentions
    candidates = [m for m in mentions_as_perpetrator if m.role in perpetrator_roles
                  and (m.role != STATE or arrest or _STRIKERS.search(fold(text[m.start:m.end]))
                       or (remote and _STRIKES_NEXT.match(text, m.end))
                       or (event is not None and _CARRIES_OUT.fullmatch(fold(text[m.end:event.start]))))]
    if remote:  # 'rockets landed near a Kataib Hezbollah headquarters', 'استهدفت وكراً لعصابات داعش': the group struck
        candidates = [m for m in candidates if not _STRUCK_PLACE.match(text, m.end)
                      and not _STRUCK_PLACE_BEFORE.search(fold(text[max(0, m.start - 30):m.start]))]
    actor1 = None
    if remote and candidates:  # what strikes: 'قصفت طائرة مسيرة تركية', 'بضربة لطيران الجيش العراقي'
        attached = [m for m in candidates if (m.start < event.end and event.start < m.end)
                    or _CARRIES_OUT.fullmatch(fold(text[m.end:event.start]))
                    or 0 <= m.start - event.end <= 3 or _CARRIED_OUT_BY.fullmatch(fold(text[event.end:m.start]))]
        actor1 = attached[0] if attached else None
    # 'بهجوم شنه مسلحو حزب العمال', 'بهجوم لداعش', 'an attack by ISIS'
    if candidates and event is not None and actor1 is None:
        actor1 = next((m for m in candidates if event.end <= m.start
                       and (_CARRIED_OUT_BY.fullmatch(fold(text[event.end:m.start]))
                            or (not text[event.end:m.start].strip() and fold(text[m.start]) == "ل"))), None)
    if event is not None and event.event_type == "Battles" and actor1 is None:
        # 'Iraqi forces killed five ISIS members': state forces that do what the event's words say
        doing = []
        # 'Iraqi army and Peshmerga forces killed', 'troops clashed with ..., killing two terrorists'
        clashed_and_killed = _CLASHED_AND_KILLED.match(fold(text), event.start, cue_sentence.end)
        if _STATE_DOING.search(fold(text[event.start:event.end])) or clashed_and_killed:
            doing = _subject_before(text, mentions, event)
        if not doing and clashed_and_killed:  # 'اشتبكت قوة من قيادة عمليات سامراء مع ...': the verb before its subject
            doing = [m for m in mentions if m.role == STATE and event.end <= m.start < clashed_and_killed.end()
                     and _FORCE_OF.fullmatch(fold(text[event.end:m.start]))]
        if not doing and _OPERATION.search(fold(text[event.start:event.end])):  # 'نفذت القوات الأمنية عملية أمنية'
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < cue_sentence.end]
        if not doing and _ITS_FORCES.search(text[cue_sentence.start:event.start]):  # 'the CTS said its forces killed'
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < event.start]
        if not doing:  # 'clashes broke out when Iraqi army units moved to remove a checkpoint': who moved first
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < cue_sentence.end
                     and (_STATE_MOVES.match(text, m.end)
                          or _STATE_MOVES_ARABIC.search(fold(text[max(0, m.start - 25):m.start])))]
        if not doing:  # 'بكمين نصبته قوة من الجيش العراقي', 'in an ambush set by Iraqi troops': who set it, named after
            doing = [m for m in mentions if m.role == STATE and event.end <= m.start < cue_sentence.end
                     and _CARRIED_OUT_BY.fullmatch(fold(text[event.end:m.start]))]
        if not doing:  # 'تمكنت قواتنا الأمنية من قتل ثلاثة إرهابيين خلال اشتباك'
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < event.start
                     and _KILLING_NEXT.match(fold(text[m.end:event.start])) and event.start - m.end <= 80]
        actor1 = doing[0] if doing else None
    if candidates and event is not None and actor1 is None:
        before_cue = [m for m in candidates if cue_sentence.start <= m.start < event.start]
        actor1 = before_cue[-1] if before_cue else None
        in_cue_sentence = [m for m in candidates if cue_sentence.start <= m.start < cue_sentence.end]
        if actor1 is None and in_cue_sentence:
            actor1 = sorted(in_cue_sentence, key=lambda m: (perpetrator_roles.index(m.role), m.start))[0]
    if actor1 is None and candidates:
        told = [m for m in candidates if _tells_of_the_incident(text, group, m)] or \
            ([] if cue_sentence is not None else candidates)
        actor1 = sorted(told, key=lambda m: (perpetrator_roles.index(m.role), m.start))[0] if told else None
    found = _attribution_of(text, group, mentions, actor1) if actor1 is not None else None
    if actor1 is not None and actor1.role == UNIDENTIFIED:
        named = [(m, _attribution_of(text, group, mentions, m)) for m in candidates if m.role in (ARMED_GROUP, FOREIGN)]
        named = [(m, f) for m, f in named if f is not None and f[0] in ("suspected", "claimed")]
        if named:
            actor1, found = named[0]
    if arrest:
        found = None  # 'arrested three people suspected of ...': the suspicion is not the arrest's
    if actor1 is None and event is not None and event.event_type in ("Violence against civilians", "Battles"):
        actor1 = _unknown_perpetrators(text, group)  # 'the identity of the attackers could not be confirmed'
    if actor1 is not None:
        fields["actor1"] = _suggest(text, actor1.start, actor1.end, actor1.name)
        if actor1.role == UNIDENTIFIED:
            fields["attribution"] = _suggest(text, actor1.start, actor1.end, "unknown")
        elif found:
            fields["attribution"] = _attribution_snippet(text, found[1], found[2], found[0])
    if event is not None and event.civilian_targeting:
        fields["actor2"] = _suggest(text, event.start, event.end, civilians_actor())
    else:
        others = [m for m in mentions if actor1 is None or m.name != actor1.name]
        if actor1 is not None and actor1.role == STATE:
            others = [m for m in others if m.role != STATE]
        if others and event is not None and event.event_type == "Battles":  # elsewhere, too unsure
            fields["actor2"] = _suggest(text, others[0].start, others[0].end, others[0].name)
    return fields


# A sentence that names an actor with no event word of its own tells of the incident when it speaks of the attack
# or its authors ('ISIS claimed the attack', 'the attackers fled', 'وتبنى داعش الهجوم'); otherwise it is background:
# 'Assessment: ISIS activity along the axis is likely to continue'.
_OF_THE_INCIDENT = re.compile(r"\b(?:attack\w*|assault\w*|ambush\w*|bomb\w*|blast|explosion|strike|shelling|kill\w*|"
                              r"kidnap\w*|abduct\w*|incident|responsib\w*|behind|perpetrat\w*|claim\w*|blam\w*|"
                              r"accus\w*|suspect\w*|believed|believes?|planted|placed|fled|escaped|withdrew|carried\s+out)\b|نفذ|هجوم|الهجوم|المهاجم|مسؤولي|مسوولي|"
                              r"الحادث|الجناه|الخاطف|تبن|يشتبه|يعتقد|اتهم|يتهم|تتهم|انسحب|لاذ|فر(?!\w)|قصف|تفجير|اغتيال|اختطاف|"
                              r"مقتل|قتل", re.I)


def _tells_of_the_incident(text, group, mention):
    sentence = next(s for s in group if s.start <= mention.start < s.end)
    return bool(sentence_events(text, sentence.start, sentence.end)
                or _OF_THE_INCIDENT.search(fold(text[sentence.start:sentence.end])))


_STATE_ACTS = ("Arrests", "Disrupted weapons use")
_DEMONSTRATING = ("Peaceful protest", "Protest with intervention", "Violent demonstration")


# The text says who did it is not known: 'The perpetrators are unknown', 'the identity of the attackers could not be
# confirmed'. ('ولم تُعرف الجهة التي تقف وراء الحادث' after a body found is read as naming no one: the corpus's
# convention.)
_UNKNOWN_PERPETRATORS = re.compile(
    r"\b(?:identity|identities)\s+of\s+the\s+(?:attackers|perpetrators|gunmen|assailants|kidnappers|abductors|killers)"
    r"\b[^.;]{0,40}?\b(?:unknown|not\s+(?:yet\s+)?(?:been\s+)?(?:known|confirmed|identified|established)|could\s+not\s+be"
    r"\s+(?:confirmed|established|identified|determined))"
    r"|\b(?:perpetrators|attackers|assailants|kidnappers|abductors|killers)\s+(?:are|were|remain)\s+(?:still\s+)?"
    r"(?:unknown|unidentified|at large)\b", re.I)


def _unknown_perpetrators(text, group):
    for sentence in group:
        found = _UNKNOWN_PERPETRATORS.search(fold(text[sentence.start:sentence.end]))
        if found:
            return ActorMention(_unidentified_actor(), UNIDENTIFIED, sentence.start + found.start(),
                                sentence.start + found.end())
    return None


def _unidentified_actor():
    return next(a["name"] for a in data("actors.json")["actors"] if a["role"] == UNIDENTIFIED)


def _attribution_of(text, group, mentions, actor):
    """(value, sentence, mention) of the first attribution any mention of ``actor`` in the group has."""
    for mention in mentions:
        if mention.name != actor.name:
            continue
        sentence = next(s for s in group if s.start <= mention.start < s.end)
        value = attribution(text, mention, sentence.start, sentence.end)
        if value:
            return value, sentence, mention
    return None


def _the_organisation(text, group):
    """'التنظيم' in the incident: the armed group named earlier in the report."""
    for sentence in group:
        found = re.search(r"(?<![\w])[وف]?(?:التنظيم|المنظمه)(?![\w])", fold(sentence.text))
        if found:
            earlier = [m for m in find_actors(text, 0, sentence.start) if m.role == ARMED_GROUP]
            if earlier:
                start = sentence.start + found.start()
                return [ActorMention(earlier[-1].name, ARMED_GROUP, start, sentence.start + found.end())]
    return []


def _attribution_snippet(text, sentence, actor, value):
    """The words that gave the attribution: 'Suspected ISIS', 'claimed responsibility'."""
    cues = data("actors.json")["attribution"]
    lowered = sentence.text.casefold()
    if value == "claimed":
        for phrase in cues["claimed_phrases"]:
            found = lowered.find(phrase)
            if found >= 0:
                start = sentence.start + found
                return _suggest(text, min(start, actor.start), max(start + len(phrase), actor.end), value)
    start = max(sentence.start, actor.start - 40)
    chunk = text[start:actor.start].casefold()
    for cue in cues["suspected_before"]:
        found = chunk.rfind(cue)
        if found >= 0:
            return _suggest(text, start + found, actor.end, value)
    return _suggest(text, sentence.start, sentence.end, value)


def _place(text, group, gazetteer, context):
    fields = {}
    matches = [m for s in group for m in find_places(gazetteer, s)]
    villages = []
    excluded = _excluded_village_words()
    for sentence in group:
        for start, end, name in find_villages(sentence, excluded):
            # not what starts as a known place ('ناحية سليمان بك' is no village 'سليمان', nor 'الرشاد الأسبوع')
            if not gazetteer.lookup(name) and not any(m.start <= start < m.end for m in matches):
                villages.append((start, end, name))
    # with no event word at all ('A soldier was wounded in Tarmiyah'), the sentences that tell the incident
    event_sentences = [s for s in group if sentence_events(text, s.start, s.end)] or list(group)
    villages += [v for s in event_sentences for v in find_named_places_in_known(gazetteer, s, excluded + _actor_words())
                 if not any(v[0] < e and s_ < v[1] for s_, e, _ in villages)]
    villages = [v for v in villages if not _MOVED.search(fold(text[max(0, v[0] - 50):v[0]]))]
    villages.sort(key=lambda v: (not _settlement(text, v), v[0]))
    # 'Kirkuk's Dibis district', 'Tuz Khurmatu's Amerli sub-district': the place after the possessive first
    owned = [m for m in matches if re.search(r"\w['’]s\s+$", text[max(0, m.start - 4):m.start])
             and any(s.start <= m.start < s.end for s in event_sentences)]
    ranked = _ranked(owned, event_sentences) + _ranked([m for m in matches if m not in owned], event_sentences)
    ranked = _off_the_road_first(text, ranked, event_sentences)
    ranked = _finer_first(text, ranked)
    if not villages and not (ranked and ranked[0].is_point and not ranked[0].near and not ranked[0].reference
                             and not re.match(r"['’]s\s", text[ranked[0].end:ranked[0].end + 3])
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
            if arabic:  # 'الحواشة (قرب جلولاء)', 'ميخاس (قضاء خانقين)'
                label = f"{name} (قرب {arabic})" if anchor.is_point else f"{name} ({arabic})"
            else:
                label = f"{name} (near {anchor.label})" if anchor.is_point else f"{name} ({_area_label(anchor)})"
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
            fields["location"] = _suggest(text, anchor.start, anchor.end, anchor.label)
            precise = not (anchor.near or anchor.reference)
            fields["geo_precision"] = _suggest(text, anchor.start, anchor.end, 1 if precise else 2)
        else:
            fields["location"] = _suggest(text, anchor.start, anchor.end, anchor.label)
            if anchor.known.place.longitude is not None:
                fields["geo_precision"] = _suggest(text, anchor.start, anchor.end, 3)
    if anchor is None and not villages:
        anchor = _told_before_as_the_unit(text, group, matches + context)
        if anchor is not None:
            fields["location"] = _suggest(text, anchor.start, anchor.end, anchor.label)
            if anchor.known.place.longitude is not None:
                fields["geo_precision"] = _suggest(text, anchor.start, anchor.end, 2 if anchor.is_point else 3)
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
    off = [m for m in ranked if not m.reference and not _on_a_road(text, m)
           and (m.is_point or _area_rank(m) <= AREA_RANK["sub-district"])
           and any(s.start <= m.start < s.end for s in event_sentences)]
    road = [m for m in ranked if not m.reference and _on_a_road(text, m)]
    return off[:1] + road + [m for m in ranked if m not in off[:1] and m not in road]


def _finer_first(text, ranked):
    """'killed three people in Sinjar district ... The strike hit a car near Sinune': when the likeliest place is
    a district or a governorate, a place inside it that another sentence of the incident names says where in it
    (not a place the event is placed against, nor where the wounded were taken: see places.find_places)."""
    if not ranked or ranked[0].is_point or ranked[0].reference or _area_rank(ranked[0]) < AREA_RANK["district"]:
        return ranked
    area = ranked[0]
    level = "admin2" if _area_rank(area) == AREA_RANK["district"] else "admin1"
    inside = [m for m in ranked[1:] if _area_rank(m) < _area_rank(area) and not m.reference
              and getattr(m.known, level) and getattr(m.known, level) == getattr(area.known, level)]
    inside.sort(key=lambda m: _on_a_road(text, m))  # a road named after towns of the area, when nothing else
    return inside[:1] + [m for m in ranked if m not in inside[:1]]


def _on_a_road(text, match):
    """'the Kirkuk-Tikrit road', 'the road between Kirkuk and Tuz', 'طريق كركوك - بغداد': the town names a road, not
    the place of the event (places.road_of)."""
    return road_of(text, match.start) is not None


def _ranked(matches, event_sentences=()):
    """Known places, the likeliest place of the event first: those of the sentences that tell the
    event (with an event cue), then a town the text puts the event in, a sub-district, a town the event is near, a
    district, a governorate; a place the event is only placed against ('south of Kirkuk', 'جنوب
    كركوك') last."""
    def rank(match):
        kind = match.area_word or match.known.place.kind
        if match.reference:
            return 9
        if match.is_point:
            return 2 if match.near else 0
        return 1 if kind == "sub-district" else 3 + AREA_RANK.get(kind, 0)
    def elsewhere(match):
        return not any(s.start <= match.start < s.end for s in event_sentences)
    return sorted(matches, key=lambda m: (m.reference, elsewhere(m), rank(m), m.start))


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
