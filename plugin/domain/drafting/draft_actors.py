"""A draft's actors: the perpetrator (actor1), its attribution, and actor2."""

import re

from .actors import (
    ARMED_GROUP,
    FOREIGN,
    STATE,
    UNIDENTIFIED,
    ActorMention,
    attribution,
    civilians_actor,
    find_actors,
)
from .arabic import fold
from .events import sentence_events
from .text import _suggest, data

_OPERATION = re.compile(r"operation|offensive|عمليه|حمله|انزال|airdrop|airborne|heliborne", re.I)
_STATE_DOING = re.compile(r"kill|neutrali[sz]|operation|عمليه|حمله|(?<!م)قتل|تحييد|حيدت", re.I)
# 'troops clashed with an ISIS cell ..., killing two terrorists', '... and killed two of its members', 'اشتبكت قوة من
# الجيش مع مفرزة إرهابية وتمكنت من قتل ثلاثة إرهابيين': the side that clashed and killed the other's
_CLASHED_AND_KILLED = re.compile(r"\bclashed\b.{0,160}?\b(?:kill|neutrali[sz]|eliminat)(?:ing|ed)\s+(?:\w+\s+){1,2}?"
                                 r"(?:terrorists?|militants?|insurgents?|jihadists?|gunmen|attackers|assailants|"
                                 r"of\s+(?:its|their|them|the\s+(?:cell|group)['’]s)\b)\b"
                                 # '... clashed with an ISIS cell. Three terrorists were killed': the other side's dead
                                 # counted in the clause or sentence after
                                 r"|\bclashed\b[^;.]{0,160}[;.]\s+(?:\w+\s+)?(?:\d+|one|two|three|four|five|six|seven|"
                                 r"eight|nine|ten|several)\s+(?:of\s+the\s+|of\s+them\b)?(?:terrorists?|militants?|"
                                 r"insurgents?|jihadists?|gunmen|attackers|assailants)?\s*(?:were|was)\s+"
                                 r"(?:killed|neutrali[sz]ed|eliminated)\b"
                                 r"|اشتبك\S*.{0,160}?(?:قتل|مقتل|تحييد)\s+(?:\S+\s+){1,2}?(?:ارهابي\S*|منهم|مسلح\S*|"
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
                           # 'a member of a local', 'a local commander of the'
                           r"\s+(?:[\w'’-]+\s+){0,2}?(?:of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+)?)?$"
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


# the accuser is not the accused: 'اتهمت وزارة الدفاع التركية حزب العمال بالوقوف وراءه', 'Turkey's defence ministry
# blamed the PKK for the attack'
_ACCUSING_BEFORE = re.compile(r"(?<!\w)[وف]?(?:اتهمت|اتهم|تتهم|يتهم|حملت|حمل|تحمل|يحمل)\s+$")
_ACCUSING_AFTER = re.compile(r"(?:['’]s\s+(?:defen[cs]e\s+|interior\s+|foreign\s+)?(?:ministry|command|government)\s+)?"
                             r"(?:,[^,.;]{1,30},\s*|\s+)(?:has\s+|had\s+)?(?:blamed|accused|blames|accuses)\s+(?:the\s+)?$",
                             re.I)


def _accuses_another(text, mention, mentions):
    accused = next((o for o in mentions if o.name != mention.name and mention.end <= o.start <= mention.end + 40), None)
    if accused is None:
        return False
    gap = text[mention.end:accused.start]
    return bool(_ACCUSING_AFTER.fullmatch(gap)) or bool(
        _ACCUSING_BEFORE.search(fold(text[max(0, mention.start - 15):mention.start]))
        and re.fullmatch(r"[^.;؛]{0,30}", gap))


def _of_a_named_group(text, mention, mentions):
    return mention.role == UNIDENTIFIED and any(
        other.role == ARMED_GROUP and other.start >= mention.end and _OF_GROUP.match(text[mention.end:other.start])
        for other in mentions)


# 'the kidnappers', 'الخاطفون': unnamed people told by what they did are the perpetrator of the abduction a verb tells
# ('had been kidnapped on Thursday', 'اختطفته', 'خُطف'), not of a killing told beside them, nor of a hostage's release
# ('تحرير مواطن مختطف')
_KIDNAPPERS = re.compile(r"kidnapper|abductor|captor|خاطف", re.I)
_ABDUCTED = re.compile(r"\b(?:kidnap(?:ped|ping)?|abduct(?:ed|ing|ion)?|seized)\b"
                       r"|(?<!\w)[وف]?(?:اختطف|خطف|يختطف|تختطف|يخطف|تخطف|اختطاف)\S*", re.I)


def _tells_an_abduction(text, group, event):
    return event is not None and event.sub_event_type == "Abduction/forced disappearance" \
        and any(_ABDUCTED.search(fold(s.text)) for s in group)


def _killed_counted(text, mention):
    # a count told in the sentence before is not of this mention: '... مقتل أحد عناصرها. وتتهم اليبشه تركيا'
    before = re.split(r"[.!?؟\n]\s", text[max(0, mention.start - 45):mention.start])[-1]
    return bool(_KILLED_COUNT.search(fold(before)))


# An actor that denies a role is not the perpetrator: 'the PKK-affiliated YBS denied any role', 'نفى الحشد الشعبي'.
_DENIES_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:denied|denies|has denied|rejected|disowned)\b", re.I)
_DENIES_BEFORE = re.compile(r"(?<!\w)[وف]?(?:نفي|نفت|ينفي|تنفي)\s+(?:\S+\s+){0,4}$"
                            # 'نفى مصدر في وزارة الدفاع التركية أن تكون القوات التركية', 'denied that Turkish forces'
                            r"|(?<!\w)[وف]?(?:نفي|نفت|ينفي|تنفي)\s+[^.،]{0,60}?(?<!\w)ب?ان\s+(?:تكون|يكون)\s+(?:\S+\s+)?$"
                            # 'نفى مصدر أن تكون العبوة قد زرعت من قبل خلايا داعش', 'denied that the bomb was planted by'
                            r"|(?<!\w)[وف]?(?:نفي|نفت|ينفي|تنفي)\s+[^.،]{0,60}?(?<!\w)ب?ان\s+(?:تكون|يكون)\s+"
                            r"(?:\S+\s+){1,5}?(?:من\s+قبل|علي\s+يد|بيد)\s+$"
                            r"|\b(?:denied|denies|has\s+denied|ruled\s+out)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,6}?by\s+(?:the\s+)?$"
                            r"|\b(?:denied|denies|has\s+denied)\s+(?:that\s+)?(?:the\s+|its\s+)?$", re.I)


def _denies(text, mention, sentence):
    after = text[mention.end:sentence.end]
    # ... but the accused's denial keeps the accusation: 'officials blamed a faction of the PMF, which denied any role'
    blamed = _BLAMED.search(text[max(sentence.start, mention.start - 60):mention.start])
    before = fold(text[max(sentence.start, mention.start - 90):mention.start])
    return bool((_DENIES_AFTER.search(after) and not blamed) or _DENIES_BEFORE.search(before))


def _left_over(text, mention):
    return bool(_LEFT_OVER.search(fold(text[max(0, mention.start - 50):mention.start])))


# between a state force and the event's words: 'Iraqi army and Peshmerga forces killed', 'an army patrol clashed'
_SUBJECT_GAP = re.compile(r"[\s,]*(?:(?:forces|troops|units?)[\s,]+)?"
                          r"(?:(?:and|و)\s*|(?:supported|backed|assisted|aided)\s+by\s+)?(?:the\s+)?"
                          r"(?:forces|troops|patrols?|units?|قوات)?\s*")  # '..., supported by the PMF, clashed'



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
# ... or the clash told as a noun with its side: 'قُتل إرهابيان في اشتباك مع قوة من الجيش'
_CLASHED = re.compile(r"[وف]?اشتبك|(?:ال)?اشتباك(?:ات)?(?=\s+مع\s)|clashed\b", re.I)
# 'قتل', past two words and up to two phrases told between commas: 'تمكنت قطعات الفرقة الرابعة، مساء أمس، من قتل',
# 'تمكنت قطعات قيادة عمليات كركوك، يوم أمس، وبناءً على معلومات استخبارية، من الاشتباك مع مجموعة إرهابية'
_KILLING_NEXT = re.compile(r"\s*(?:[^\s،,.]+\s*){0,2}(?:[،,]?[^،,.]{1,40}[،,]\s*){0,2}"
                           r"(?:(?:من\s+)?(?<!\w)(?:قتل|تحييد|killed\s+(?!and\b|by\b|in\b|when\b)|kill\b)"
                           r"|من\s+(?:ال)?اشتباك)", re.I)
# ... or who took the fight to the other: 'Fighters of the PMF ambushed an ISIS group' (a clash is both sides': the
# side that killed is told by _CLASHED_AND_KILLED)
_STATE_MOVES = re.compile(r"(?:\s*\)|\s+\(\w+\))?(?:['’]s(?:\s+(?-i:[0-9A-Z])[\w-]*){1,2})?"  # "army.s 8th Division"
                          r"(?:\s*,\s*(?:supported|backed|assisted|aided)\s+by\s+[^,.;]{1,40},)?"
                          r"\s+(?:(?:units?|troops|forces|patrols?|soldiers|fighters|commandos|"
                          r"personnel|members)\s+)?(?:moved|tried|attempted|advanced|stormed|raided|attacked|"
                          # '... units moving to remove a checkpoint of the YBS clashed with YBS fighters'
                          r"(?:moving|trying|attempting|advancing)\s+to\s+(?:remove|take|seize|enter|storm|clear|"
                          r"dismantle|retake|capture|arrest)|"
                          r"ambushed|pursued|intercepted|set up an ambush|"
                          r"launched an? (?:attack|assault|raid|ambush)|"
                          # 'launched an operation against positions of the YBS' (not 'an operation to search for')
                          r"launched an? (?:(?:military|security|army|ground)\s+)?(?:operation|offensive)\s+against)\b",
                          re.I)
# an ambush or attack set by the force's own men, told by a pronoun: 'بكمين نصبته قطعاتها', 'an ambush set by its
# fighters'
_SET_BY_ITS_OWN = re.compile(r"\s*(?:التي\s+|الذي\s+)?"
                             r"(?:نصبته|نصبتها|نصبه|نصبها|نفذته|نفذتها|نفذه|نفذها|شنته|شنتها|شنه|شنها)\s+"
                             r"(?:قطعاتها|قطعاته|قواتها|قواته|مفارزها|مفارزه|وحداتها|وحداته|مقاتليه|مقاتليها)(?!\w)"
                             r"|\s+(?:set|laid|mounted|staged|carried\s+out|conducted|launched)\s+by\s+(?:its|their)\s+"
                             r"(?:forces|troops|fighters|units|soldiers|men|personnel)\b", re.I)
# 'عندما حاولت قوات الجيش العراقي إزالة حاجز', 'شنت قوة من الحشد هجوماً', 'نصبت قوة من الحشد كميناً':
# the verb before its subject
_STATE_MOVES_ARABIC = re.compile(r"(?<!\w)[وف]?(?:حاولت|حاول|تقدمت|اقتحمت|داهمت|هاجمت|تحركت|شنت|شن|"
                                 r"نصبت|نصب|لاحقت|طاردت|باغتت|تصدت|نفذت|نفذ)\s+(?:(?:قوه|مفرزه|دوريه|قطعات|وحدات|فوج|"
                                 r"سريه|عناصر|مقاتلو|مقاتلي)\s+(?:\S+\s+)?من\s+)?$")
# ... also past a name: 'a PKK-affiliated YBS headquarters'
_STRUCK_PLACE = re.compile(r"(?:['’]s)?(?:-(?:affiliated|linked|backed|aligned)(?:\s+(?-i:[A-Z])[\w'’-]*){1,2})?"
                           r"\s+(?:headquarters|bases?|positions?|posts?|vehicles?|convoys?|hideouts?|"
                           r"shelters?|camps?|offices?|depots?|sites?|strongholds?)\b", re.I)
_FORCE_OF = re.compile(r"\S*\s+(?:[،,][^،,.]{1,25}[،,]\s*)?(?:مع\s+)?"
                       r"(?:(?:قوه|قوات|مفرزه|دوريه|قطعات|وحدات|فوج|سريه)\s+"
                       r"(?:\S+\s+)?من\s+)?")
_STRUCK_PLACE_BEFORE = re.compile(r"(?<!\w)(?:(?:ال)?(?:وكر|اوكار|مقر|مقرات|موقع|مواقع|مخبا|مخابئ|مضافه|مضافات|"
                                  r"تجمع|تجمعات|عجله|عجلات|نفق|انفاق|كهف|كهوف|معسكر|معسكرات|ثكنه)\S{0,2}|ضد|علي)\s+"
                                  r"(?:(?:ل|ال|لل)?(?:بقايا|عناصر|فلول)\s+)?(?:ل|لل)?$"
                                  r"|(?:\b(?:against|targeting)|(?<!blamed\s)(?<!blame\s)(?<!blames\s)\bon)\s+"
                                  r"(?:an?\s+|the\s+)?(?:(?:suspected|remaining)\s+)?$",
                                  re.I)
# ... but what a strike is blamed on is who struck: 'officials blamed the shelling on Iranian forces'
_BLAMED_ON = re.compile(r"\b(?:blam(?:e|es|ed|ing)|pinn(?:ed|ing)|pins?)\s+"
                        r"(?:the\s+|this\s+|that\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:on|upon)\s+(?:the\s+)?$", re.I)
# ... and a state force the attack is blamed on: 'officials blamed armed factions of the PMF for the attack'
_BLAMED = re.compile(r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\s+(?:(?!for\b)[\w-]+\s+){0,5}?$", re.I)
# 'Iraqi forces killed four jihadists in an air strike': the state force that struck
_STRIKES_NEXT = re.compile(r"\s+(?:killed|struck|bombed|shelled|targeted|hit|pounded)\b", re.I)
# an active verb of killing that opens the event's words: 'killed a terrorist', 'تقتل اثنين من عناصر داعش'
_KILLS = re.compile(r"(?:killed|killing|kill)\s|[وف]?(?:تقتل|يقتل|قتلت|قتلوا)\s", re.I)
# ... and what may stand between its subject and it: 'forces on the Iraqi-Syrian border', 'troops in Tarmiyah on Monday'
_PLACE_GAP = re.compile(r"(?:\s+(?:units?|troops|forces|patrols?|soldiers))?\s+(?:on|in|near|at|along|of|from|"
                        r"stationed|deployed|based)\s+[^,;.،؛()]{1,60}?\s+"
                        # 'the Iraqi army reported killing two ISIS militants', 'the army said its troops killed'
                        r"|\s+(?:reported|said|says|announced)\s+(?:that\s+)?(?:(?:it|its\s+(?:forces|troops|units))\s+"
                        r"(?:had\s+)?)?")
_ITS_FORCES = re.compile(r"\b(?:its|their)\s*$", re.I)  # before the event's words 'forces killed'
# ... or past them: 'the 8th Division said that its troops clashed with', 'the PMF announced that its fighters had
# killed'
_SAID_ITS_MEN = re.compile(r"\b(?:said|says|announced|reported|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:its|their)\s+"
                         r"(?:forces|troops|fighters|units|soldiers|personnel|men)\s+(?:had\s+|have\s+)?$", re.I)
_REPELLED = re.compile(r"\b(?:repel|repuls|foil|thwart|fend|fought\s+off|beat\s+back)", re.I)
# In an air strike or shelling, state forces are the perpetrator only when named by what strikes
# ('Iraqi aircraft', 'الطيران العراقي'); 'army units came under mortar fire' makes the army a target.
_STRIKERS = re.compile(r"aircraft|warplane|jets?\b|air force|aviation|F-16|helicopter|artillery|drone|air ?strike|"
                       r"طيران|طائر|مروحي|"
                       r"جويه|مدفعي|مسير|جوي|غاره|غارات", re.I)


def _actors(text, group, event, cue_sentence):
    """The perpetrator (actor1), its attribution, and actor2. The perpetrator is sought in the sentence
    that tells the event first (the actor just before the event's words, then by role), then in the
    rest of the incident; an unidentified one ('gunmen') gives way to a group the text suspects or
    says claimed the attack ('ISIS is suspected'). 'التنظيم' (the organisation), 'the group', with no actor
    but the state's in the incident is the armed group the report named before."""
    fields = {}
    if event is not None and event.sub_event_type in _DEMONSTRATING:
        return fields  # the demonstrators are the actor, not an armed group the report names as background
    mentions = [m for s in group for m in find_actors(text, s.start, s.end)
                if not _left_over(text, m) and not _denies(text, m, s)
                and not (_NUMBER_OF.search(text[max(0, m.start - 30):m.start]) and _COUNTED_DEAD.match(text, m.end))]
    mentions = [m for m in mentions if not _of_a_named_group(text, m, mentions)]
    if not _tells_an_abduction(text, group, event):
        mentions = [m for m in mentions if not _KIDNAPPERS.search(fold(text[m.start:m.end]))]
    # 'هاجم مسلحو التنظيم نقطة للجيش', 'the group claimed the attack': with no side but the state's where the event
    # is told (a group named in the report's opening line is background)
    if not any(m.role != STATE and (cue_sentence is None or cue_sentence.start <= m.start < cue_sentence.end)
               for m in mentions):
        mentions = sorted(mentions + _the_organisation(text, group), key=lambda m: m.start)
    if not mentions and event is not None and event.event_type in ("Violence against civilians", "Battles"):
        mentions = [m for m in [_unknown_perpetrators(text, group)] if m is not None]
    if not mentions and event is not None and event.sub_event_type in _STATE_ACTS:
        # 'In another operation, forces seized a weapons cache', 'وفي عملية أخرى، ألقت القوات القبض على'
        force = _the_force_told_before(text, cue_sentence, event)
        if force:
            fields["actor1"] = _suggest(text, force[0].start, force[0].end, force[0].name)
        return fields
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
                       or _BLAMED.search(text[max(0, m.start - 40):m.start])
                       or (remote and _STRIKES_NEXT.match(text, m.end))
                       or (event is not None and _CARRIES_OUT.fullmatch(fold(text[m.end:event.start]))))]
    # 'the area is used by Islamic State remnants as a hideout': the place's background, not who did it
    candidates = [m for m in candidates if not _BACKGROUND_OF_PLACE_BEFORE.search(text[max(0, m.start - 30):m.start])
                  and not (_BACKGROUND_OF_PLACE_AFTER.match(text, m.end)
                           # ... but blamed: 'an official blamed Islamic State cells that remain active in the area'
                           and not _BLAMED.search(text[max(0, m.start - 40):m.start]))]
    candidates = [m for m in candidates if not _accuses_another(text, m, mentions)]
    if remote:  # 'rockets landed near a Kataib Hezbollah headquarters', 'استهدفت وكراً لعصابات داعش': the group struck
        candidates = [m for m in candidates if not _STRUCK_PLACE.match(text, m.end)
                      and (not _STRUCK_PLACE_BEFORE.search(fold(text[max(0, m.start - 30):m.start]))
                           or _BLAMED_ON.search(text[max(0, m.start - 50):m.start]))]
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
        clashed_and_killed = _CLASHED_AND_KILLED.match(fold(text), event.start, group[-1].end)
        if _STATE_DOING.search(fold(text[event.start:event.end])) or clashed_and_killed:
            doing = _subject_before(text, mentions, event)
        if not doing and clashed_and_killed:  # 'اشتبكت قوة من قيادة عمليات سامراء مع ...': the verb before its subject
            doing = [m for m in mentions if m.role == STATE and event.end <= m.start < clashed_and_killed.end()
                     and _FORCE_OF.fullmatch(fold(text[event.end:m.start]))]
        if not doing and clashed_and_killed:  # 'The force clashed with a terrorist group, neutralising three'
            doing = _the_force_told_before(text, cue_sentence, event)
        if not doing and _CLASHED.match(fold(text), event.start) and not any(
                m.role != STATE and cue_sentence.start <= m.start < cue_sentence.end for m in mentions):
            # 'اشتبكت قوة من الشرطة الاتحادية مع إرهابي', 'troops clashed with terrorists': with no side named
            # against it, the state force that clashed
            doing = [m for m in mentions if m.role == STATE and event.end <= m.start < cue_sentence.end
                     and _FORCE_OF.fullmatch(fold(text[event.end:m.start]))] or _subject_before(text, mentions, event)
        if not doing:  # 'اندلعت اشتباكات بين قوة من الشرطة ومطلوبين', 'clashes broke out between police and wanted men'
            doing = _one_state_side_of_clashes(text, mentions, cue_sentence)
        if not doing and _OPERATION.search(fold(text[event.start:event.end])):  # 'نفذت القوات الأمنية عملية أمنية'
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < cue_sentence.end]
        if not doing and _KILLS.match(fold(text[event.start:event.end])):
            # 'Army forces on the Iraqi-Syrian border killed a terrorist': the subject past a place or time told
            # after it, with no other actor between
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < event.start
                     and _PLACE_GAP.fullmatch(text[m.end:event.start])
                     and not any(m.end <= o.start < event.start for o in mentions)
                     and not _COUNTED.search(text[max(0, m.start - 25):m.start])][-1:]
        if not doing and _ITS_FORCES.search(text[cue_sentence.start:event.start]):  # 'the CTS said its forces killed'
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < event.start]
        if not doing and _SAID_ITS_MEN.search(text[cue_sentence.start:event.start]) and not any(
                m.role != STATE and _THEY_ATTACKED.search(text, m.end, m.end + 80) for m in mentions
                if cue_sentence.start <= m.start < cue_sentence.end) \
                and not _REPELLED.search(text[event.start:event.end]):
            # ... not those who tried to storm a checkpoint, nor an attack the event's words tell as the other side's
            # ('its forces repelled an ISIS attack'): the attackers
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < event.start]
        if not doing:  # 'clashes broke out when Iraqi army units moved to remove a checkpoint': who moved first
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < cue_sentence.end
                     and (_STATE_MOVES.match(text, m.end)
                          or _STATE_MOVES_ARABIC.search(fold(text[max(0, m.start - 25):m.start])))]
        if not doing and not any(m.role != STATE and cue_sentence.start <= m.start < cue_sentence.end
                                 for m in candidates):
            # 'Iraqi army units launched an operation against YBS positions. ... two YBS fighters were killed in the
            # ensuing clashes': who moved first, told in the sentence before the fight's, with no other side doing it
            doing = [m for m in mentions if m.role == STATE and group[0].start <= m.start < cue_sentence.start
                     and _STATE_MOVES.match(text, m.end)][:1]
        if not doing and _SET_BY_ITS_OWN.match(fold(text), event.end):
            # 'أعلنت قيادة الشرطة الاتحادية مقتل ثلاثة إرهابيين بكمين نصبته قطعاتها', 'the PMF said ... in an ambush set
            # by its fighters': the force the pronoun stands for, named before in the sentence
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < event.start][-1:]
        if not doing:  # 'بكمين نصبته قوة من الجيش العراقي', 'in an ambush set by Iraqi troops': who set it, named after
            doing = [m for m in mentions if m.role == STATE and event.end <= m.start < cue_sentence.end
                     and _CARRIED_OUT_BY.fullmatch(fold(text[event.end:m.start]))]
        if not doing:  # 'تمكنت قواتنا الأمنية من قتل ثلاثة إرهابيين خلال اشتباك'
            doing = [m for m in mentions if m.role == STATE and cue_sentence.start <= m.start < event.start
                     and _KILLING_NEXT.match(fold(text[m.end:event.end])) and event.start - m.end <= 80]
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
    elif actor1 is not None and actor1.role in (STATE, FOREIGN) and not remote and not arrest:
        # 'Two Turkish soldiers were killed in an attack on a Turkish base ... The HPG claimed the attack': the group
        # that claimed a fight, not the side it hit
        claimed = [(m, _attribution_of(text, group, mentions, m)) for m in candidates if m.role == ARMED_GROUP]
        claimed = [(m, f) for m, f in claimed if f is not None and f[0] == "claimed"]
        if claimed:
            actor1, found = claimed[0]
    if actor1 is not None and actor1.role == ARMED_GROUP and found is None:
        found = _claimed_by_the_organisation(text, group, actor1)  # '... مسلحو داعش ... وتبنى التنظيم الهجوم'
    if arrest:
        found = None  # 'arrested three people suspected of ...': the suspicion is not the arrest's
        if actor1 is None:  # 'In another operation, forces seized a cache belonging to ISIS remnants'
            actor1 = next(iter(_the_force_told_before(text, cue_sentence, event)), None)
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


# An actor named as what a place is known for: 'the area is used by Islamic State remnants as a hideout', 'a valley
# where ISIS cells remain active', 'an area known for the presence of ISIS cells'.
_BACKGROUND_OF_PLACE_BEFORE = re.compile(r"\b(?:(?:used|frequented|exploited)\s+by|presence\s+of)\s+(?:the\s+)?$",
                                         re.I)
_BACKGROUND_OF_PLACE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:(?:are|is|remain|remains)\s+(?:still\s+)?"
                                        r"(?:active|present|known\s+to\s+operate)|have\s+long\s+(?:operated|hidden))\b",
                                        re.I)


# Clashes told as a noun between two sides: 'clashes broke out between a police force and wanted men', 'اندلعت
# اشتباكات مسلحة بين قوة من الشرطة الاتحادية ومطلوبين'.
_CLASHES_BETWEEN = re.compile(r"\b(?:clash(?:es)?|fighting|gunfights?|firefights?|exchanges?\s+of\s+fire)\s+"
                              r"(?:\w+\s+){0,2}?between\s+"
                              r"|(?<!\w)(?:اشتباكات|اشتباك|مواجهات|تبادل\s+(?:ل)?اطلاق\s+(?:ال)?نار)\s+(?:\S+\s+)?بين\s+",
                              re.I)


# a force named by a bare noun, 'the force', 'forces', 'القوات', 'قواتنا', as the subject of the event's words
_BARE_FORCE = re.compile(r"(?:^|[,;]\s*|\b(?:the|our|its)\s+)(?-i:[Tt]he\s+|[Oo]ur\s+)?(?:force|forces|troops|units)\s+"
                         r"(?:\w+\s+){0,3}$"
                         r"|(?<!\w)[وف]?(?:القوات|القوه|قواتنا|القطعات|قطعاتنا)\s+(?:\S+\s+){0,3}$"
                         r"|(?<!\w)[وف]?(?:\S+)\s+(?:القوات|القوه|قواتنا|القطعات|قطعاتنا)\s+(?:\S+\s+){0,1}$", re.I)

_BARE_FORCE_WORD = re.compile(r"\b(?:the\s+)?forces\b|(?<!\w)(?:القوات|القوه|قواتنا|القطعات|قطعاتنا)(?!\w)", re.I)


def _the_force_told_before(text, cue_sentence, event):
    """The state force told before that a bare 'the force', 'forces', 'القوات' doing the event's words stands for:
    'Units of the 8th Division ... The force clashed with a terrorist group', 'In another operation, forces seized a
    cache'. Only when the sentence names no actor before the event's words."""
    if cue_sentence is None or event is None or not (
            _BARE_FORCE.search(fold(text[cue_sentence.start:event.start]))
            or _BARE_FORCE_WORD.search(fold(text[event.start:event.end]))):
        return []
    if find_actors(text, cue_sentence.start, event.start):
        return []
    return [m for m in find_actors(text, 0, cue_sentence.start) if m.role == STATE][-1:]


def _one_state_side_of_clashes(text, mentions, cue_sentence):
    """The state force a sentence names first among the sides of clashes, when the other side is no actor the
    text names (wanted men, smugglers): a named armed group, gunmen or a second state force leave it undecided."""
    found = _CLASHES_BETWEEN.search(fold(text[cue_sentence.start:cue_sentence.end]))
    if found is None:
        return []
    in_sentence = [m for m in mentions if cue_sentence.start <= m.start < cue_sentence.end]
    if any(m.role != STATE for m in in_sentence) or len({m.name for m in in_sentence}) != 1:
        return []
    between = cue_sentence.start + found.end()
    return [m for m in in_sentence if between <= m.start <= between + 20][:1]


# A sentence that names an actor with no event word of its own tells of the incident when it speaks of the attack
# or its authors ('ISIS claimed the attack', 'the attackers fled', 'وتبنى داعش الهجوم'); otherwise it is background:
# 'Assessment: ISIS activity along the axis is likely to continue'.
_OF_THE_INCIDENT = re.compile(r"\b(?:attack\w*|assault\w*|ambush\w*|bomb\w*|blast|explosion|strike|shelling|kill\w*|"
                              r"kidnap\w*|abduct\w*|incident|responsib\w*|behind|perpetrat\w*|claim\w*|blam\w*|"
                              r"accus\w*|suspect\w*|believed|believes?|planted|placed|fled|escaped|withdrew|carried\s+out|set\s+fire|set\s+ablaze|torched|burn\w*|threaten\w*)\b|نفذ|اضرم|احرق|هدد|هجوم|الهجوم|المهاجم|مسؤولي|مسوولي|"
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
    r"(?:unknown|unidentified|at large)\b"
    # a summary's short line: 'Perpetrators unidentified.', 'Perpetrator: unknown', 'Attackers not identified'
    r"|(?:^|[-–—•*;:]\s*|\(\s*)(?:perpetrators?|attackers?|assailants?|kidnappers?|abductors?|killers?)\s*[:–—-]?\s*"
    r"(?:unknown|unidentified|not\s+(?:yet\s+)?(?:known|identified))\b", re.I)


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


# 'التنظيم', 'للتنظيم', 'مسلحو التنظيم', 'the group claimed', 'the organisation's fighters' (not 'the group of farmers')
_THE_ORGANISATION = re.compile(r"(?<![\w])[وف]?(?:[بل]?ال|لل)(?:تنظيم|منظمه)(?![\w])"
                               r"|\bthe\s+(?:group|organi[sz]ation|militant\s+group|jihadist\s+group)\b(?!\s+of\b)",
                               re.I)


def _claimed_by_the_organisation(text, group, actor):
    """A claim told of the group by a later word for it: 'ISIS fighters attacked ... The group claimed the attack',
    'هجوم شنه مسلحو داعش ... وتبنى التنظيم الهجوم'. Only a claim: a suspicion told of 'the group' is too loose."""
    for mention in _the_organisation(text, group):
        if mention.name != actor.name:
            continue
        sentence = next(s for s in group if s.start <= mention.start < s.end)
        value = attribution(text, mention, sentence.start, sentence.end)
        if value == "claimed":
            return value, sentence, mention
    return None


def _the_organisation(text, group):
    """'التنظيم', 'the group' in the incident: the armed group named earlier in the report."""
    for sentence in group:
        found = _THE_ORGANISATION.search(fold(sentence.text))
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


# 'All three incidents are assessed as the work of ISIS remnants', 'وتُنسب جميع هذه الحوادث إلى بقايا تنظيم داعش',
# 'ISIS claimed both attacks': a summary's one line naming the author of every incident it lists
_FOR_ALL = re.compile(r"\b(?:all|both)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:(?:two|three|four|five|six|\d+)\s+)?"
                      r"(?:[\w-]+\s+)?(?:incidents|attacks|events|killings|abductions|kidnappings|bombings|fires)\b"
                      r"|\beach\s+of\s+(?:the|these)\s+(?:[\w-]+\s+)?(?:incidents|attacks)\b"
                      r"|(?<!\w)[وف]?(?:جميع|كل|كلا)\s+(?:هذه\s+|تلك\s+)?(?:ال)?(?:حوادث|هجمات|عمليات|اعتداءات|حادثتين|"
                      r"هجومين)(?!\w)", re.I)
# ... told as a claim ('ISIS claimed both attacks'), or as an assessment: a suspicion
_CLAIMED = re.compile(r"(?<!not )(?<!never )\bclaimed\b|(?<!لم )(?<!لم ي)(?<!لم ت)تبن", re.I)
_ASSESSED = re.compile(r"assess|believ|attribut|blam|suspect|likely|hallmarks|نسب|يعتقد|يرجح|اتهم|يشتبه|بصمات", re.I)


def actor_told_for_all(text, sentences):
    """(mention, attribution) of the one armed group or foreign force a sentence names as the author of all the
    incidents the report tells, or None."""
    for sentence in sentences:
        folded = fold(sentence.text)
        if not _FOR_ALL.search(folded):
            continue
        named = [m for m in find_actors(text, sentence.start, sentence.end) if m.role in (ARMED_GROUP, FOREIGN)]
        if len({m.name for m in named}) != 1:
            continue
        value = attribution(text, named[0], sentence.start, sentence.end) or \
            ("claimed" if _CLAIMED.search(folded) else "suspected" if _ASSESSED.search(folded) else None)
        return named[0], value
    return None


def takes_the_actor_told_for_all(draft):
    """Whether a draft with no perpetrator of its own, or only unidentified ones, takes the author a summary names for
    all its incidents (not a protest, nor the state's own arrests)."""
    return draft.value("actor1") in (None, _unidentified_actor()) \
        and draft.value("event_type") not in ("Protests", "Riots") and draft.value("sub_event_type") not in _STATE_ACTS

