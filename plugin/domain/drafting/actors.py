"""Actors and target communities in report text (word lists in resources/drafting/actors.json and
communities.json): "suspected Islamic State fighters" -> Islamic State (Iraq), suspected; ISIS, IS,
Daesh and داعش are one actor."""

import re
from dataclasses import dataclass
from functools import lru_cache

from ..place_names import normalise
from .arabic import fold
from .text import data

ARMED_GROUP, UNIDENTIFIED, STATE, FOREIGN = "armed group", "unidentified", "state forces", "foreign forces"


@dataclass(frozen=True)
class ActorMention:
    name: str
    role: str
    start: int
    end: int


@dataclass(frozen=True)
class CommunityMention:
    name: str
    start: int
    end: int


def _alias_pattern(alias, case_sensitive=False):
    # Whole words only. Arabic (matched folded) may carry و/ف and ب/ل/ك before it, and ل + ال is لل.
    if "\u0600" <= alias[:1] <= "\u06FF":
        folded = fold(alias)
        body = re.escape(folded).replace(r"\ ", r"\s+")
        if folded.startswith("ال"):
            body = r"(?:[وف]?[بلك]?ال|[وف]?لل)" + re.escape(folded[2:]).replace(r"\ ", r"\s+")
        else:
            body = r"(?:[وف]?[بلك]?)" + body
        return re.compile(r"(?<![\w])" + body + r"(?![\w])")
    body = re.escape(alias).replace(r"\ ", r"[\s-]+").replace("'", "['’]?")
    return re.compile(r"(?<![\w])" + body + r"(?![\w])", 0 if case_sensitive else re.IGNORECASE)


@lru_cache(maxsize=None)
def _actor_patterns():
    result = []
    for actor in data("actors.json")["actors"]:
        for alias in actor["aliases"]:
            result.append((_alias_pattern(alias), actor["name"], actor["role"], len(alias)))
        for alias in actor.get("case_sensitive", ()):
            result.append((_alias_pattern(alias, case_sensitive=True), actor["name"], actor["role"], len(alias)))
        for pattern in actor.get("patterns", ()):  # 'troops of the 8th Division'
            result.append((re.compile(pattern, re.IGNORECASE), actor["name"], actor["role"], len(pattern)))
    # longest aliases first, so "Iraqi security forces" wins over "security forces"
    result.sort(key=lambda entry: -entry[3])
    return [entry[:3] for entry in result]


def civilians_actor():
    return data("actors.json")["civilians"]


def find_actors(text, start=0, end=None):
    """Actor mentions in ``text[start:end]``, in reading order, overlapping mentions removed."""
    end = len(text) if end is None else end
    found, taken = [], []
    folded = fold(text)
    for pattern, name, role in _actor_patterns():
        for match in pattern.finditer(folded, start, end):
            a, b = match.span()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            found.append(ActorMention(name, role, a, b))
    return _with_abbreviations(text, sorted(found, key=lambda m: m.start))


def _with_abbreviations(text, mentions):
    """A name and its abbreviation after it in brackets are one mention: 'the Sinjar Resistance Units (YBS)',
    'the Islamic State (ISIS)', so what is said before the name holds for both."""
    merged = []
    for mention in mentions:
        closing = _CLOSING.match(text, mention.end)
        if merged and merged[-1].name == mention.name and closing \
                and _OPENING.fullmatch(text, merged[-1].end, mention.start):
            merged[-1] = ActorMention(mention.name, mention.role, merged[-1].start, closing.end())
            continue
        # 'PKK terrorists', 'ISIS gunmen': a generic word after a group's name is the group's
        if merged and merged[-1].role == ARMED_GROUP and mention.role == UNIDENTIFIED \
                and _SPACE.fullmatch(text, merged[-1].end, mention.start):
            merged[-1] = ActorMention(merged[-1].name, ARMED_GROUP, merged[-1].start, mention.end)
            continue
        merged.append(mention)
    return merged


_OPENING, _CLOSING, _SPACE = re.compile(r"\s*[(\[]\s*"), re.compile(r"\s*[)\]]"), re.compile(r"[ \t]+")


def attribution(text, mention, start, end):
    """'suspected', 'claimed' or None for an actor mention, from the words around it in text[start:end]."""
    cues = _attribution_cues()
    before = normalise(text[max(start, mention.start - 40):mention.start])
    after = normalise(text[mention.end:min(end, mention.end + 50)])
    # 'are widely believed'
    after = re.sub(r"(?<!\w)(?:widely|strongly|largely|generally|commonly|also|now)\s+", "", after)
    whole = normalise(text[start:end])
    if (_said_in(cues["claimed_phrases"], whole) or any(p.search(whole) for p in _claim_patterns())) \
            and not any(n in whole for n in cues["negations"]):
        return "claimed"
    if mention.role == ARMED_GROUP and _in_its_own_words(text, mention, end):
        return "claimed"
    # 'يكون الخاطفون من بقايا تنظيم داعش', the cue is read past a word of membership
    # ... and past an article: 'allegedly carried out by the Turkish army'
    last_words = " ".join(re.sub(r"(?<!\w)the\s*$", "", _MEMBERSHIP.sub("", before)).split()[-4:])
    own = normalise(text[mention.start:mention.end])  # 'قصف مدفعي يعتقد أنه تركي', 'drone believed to be Turkish'
    if any(re.search(r"(?<!\w)" + re.escape(cue) + r"(?!\w)", own) for cue in cues["suspected_before"]):
        return "suspected"
    if any(re.search(r"(?<!\w)" + ("[وف]?" if "\u0600" <= cue[:1] <= "\u06FF" else "") + re.escape(cue) + r"(?!\w)",
                     last_words) for cue in cues["suspected_before"]):
        return "suspected"
    if any(after.startswith(cue) for cue in cues["suspected_after"]):
        return "suspected"
    others_ahead = _others_ahead(text, mention, start, end)
    # 'No group has claimed the attack, which officials blamed on ISIS': no claim is still a suspicion
    own_words = normalise(text[mention.start:mention.end])
    if _said_in(cues["suspected_phrases"], whole, others_ahead) or _blamed_in(whole, own_words, others_ahead):
        return "suspected"
    return None


# A group that tells of its own attack: 'The PKK said on Wednesday that its fighters had attacked a base', 'The PKK's
# armed wing said that its fighters attacked', 'وقال حزب
# العمال في بيان إن مقاتليه استهدفوا'
_OWN_WORDS = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:['’]s\s+(?:armed|military)\s+(?:wing|arm)\s+)?(?:has\s+|had\s+)?"
                        r"(?:said|says|announced|stated|declared|confirmed)\b[^.;]{0,60}?\b(?:its|their)\s+(?:own\s+)?(?:fighters|militants|members|guerrillas|units|forces|"
                        r"gunmen|snipers|drones?|cells?)\s+(?:had\s+|have\s+)?(?:attacked|struck|targeted|ambushed|killed|"
                        r"shot\s+down|downed|hit|raided|stormed|carried\s+out|launched|fired)\b"
                        r"|\s*(?:\S+\s+){0,4}?ب?ان\s+(?:مقاتلي|مقاتليه|مقاتليها|عناصره|عناصرها|مسلحيه|مسلحيها|وحداته|"
                        r"وحداتها|قواته|قواتها)\s+(?:\S+\s+){0,2}?[وف]?(?:هاجم|استهدف|نفذ|قتل|شن|اسقط|قصف)\S*", re.I)
_SAYING_BEFORE = re.compile(r"(?<!\w)[وف]?(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت)\s+$")


def _in_its_own_words(text, mention, end):
    folded = fold(text[mention.end:end])
    if re.match(r"\s*[\u0600-\u06FF]", folded):
        return bool(_SAYING_BEFORE.search(fold(text[max(0, mention.start - 15):mention.start]))
                    and _OWN_WORDS.match(folded))
    return bool(_OWN_WORDS.match(folded))


_MEMBERSHIP = re.compile(r"(?:(?<!\w)(?:من\s+)?(?:بقايا|عناصر|خلايا|خليه|فلول|مسلحي|مقاتلي|اعضاء)"
                         r"|\b(?:remnants|members|elements|cells?|fighters|militants)\s+of(?:\s+the)?)\s*(?:ل)?"
                         r"(?:(?:ال)?(?:تنظيم|منظمه|جماعه)\s*)?[\"'«“]?\s*$")  # 'من عناصر تنظيم "داعش"'


def _blamed_in(whole, own_words, skip):
    """A suspicion told by a verb of blame or a reported identity, in whatever form the verb takes ('blaming ISIS',
    'held ISIS responsible', 'حمّلت الوزارة داعش مسؤولية الهجوم', 'تقول مصادر أمنية إنهم من بقايا داعش'), with the
    actor as what is blamed, within a few words: 'residents blame the government' suspects no one."""
    return any(not skip(found.end()) and own_words in whole[found.start():found.end() + 60]
               for pattern in _blame_patterns() for found in pattern.finditer(whole))


@lru_cache(maxsize=None)
def _blame_patterns():
    return [re.compile(pattern) for pattern in data("actors.json")["attribution"]["suspected_patterns"]]


@lru_cache(maxsize=None)
def _claim_patterns():
    """A claim of an attack named by its kind: 'ISIS claimed an IED attack', 'claimed the twin bombings'."""
    return [re.compile(pattern) for pattern in data("actors.json")["attribution"]["claimed_patterns"]]


def _said_in(phrases, whole, skip=lambda at: False):
    """Whether one of ``phrases`` is in ``whole`` as words ('اتهم' is not in 'قطعاتهم'; و/ف may lead an Arabic
    one), where ``skip(position after the phrase)`` does not set it aside."""
    for phrase in phrases:
        lead = "[وف]?" if "\u0600" <= phrase[:1] <= "\u06FF" else ""
        for found in re.finditer(r"(?<!\w)" + lead + re.escape(phrase), whole):
            if not skip(found.end()):
                return True
    return False


def _others_ahead(text, mention, start, end):
    """A test telling whether a hedge ending at a position of normalise(text[start:end]) is about another actor
    named within a few words after it: 'struck positions believed to belong to the PKK' suspects the
    target, not the Turkish aircraft that struck."""
    others = [m for m in find_actors(text, start, end) if m.name != mention.name]
    if not others:
        return lambda at: False
    whole = normalise(text[start:end])

    def about_another(at):  # ... unless this actor follows it closely: 'اتهمت وزارة شؤون البيشمركة حزب العمال'
        return any(normalise(text[m.start:m.end]) in whole[at:at + 40] for m in others) \
            and normalise(text[mention.start:mention.end]) not in whole[at:at + 70]
    return about_another


@lru_cache(maxsize=None)
def _attribution_cues():
    """The attribution cues as the text is compared (place_names.normalise): 'ئەستۆ' reads 'يهستو'."""
    return {kind: [normalise(cue) for cue in cues] for kind, cues in data("actors.json")["attribution"].items()
            if kind not in ("suspected_patterns", "claimed_patterns")}


@lru_cache(maxsize=None)
def _community_patterns():
    raw = data("communities.json")
    victims = sorted({fold(v) for v in raw["victim_words"]}, key=len, reverse=True)
    victim = "(?:[وبلفك]?(?:ال)?)?(?:" + "|".join(re.escape(v) for v in victims) + ")"
    result = []
    for community in raw["communities"]:
        for alias in sorted({fold(a) for a in community["aliases"]}, key=len, reverse=True):
            body = re.escape(alias).replace("'", "['’]?")
            # "a Kakai family", "Yazidi farmers", "the Kakai village of", "عائلة كاكائية"
            result.append((re.compile(r"(?<![\w])" + body + r"(?:\s+\w+)?\s+" + victim + r"(?![\w])", re.I),
                           community["name"]))
            result.append((re.compile(r"(?<![\w])" + victim + r"\s+(?:\w+\s+)?(?:من\s+)?(?:ال)?" + body
                                      + r"(?![\w])", re.I), community["name"]))
        for plural in {fold(p) for p in community.get("plurals", ())}:
            body = re.escape(plural).replace("'", "['’]?")
            result.append((re.compile(r"(?<![\w])" + body + r"(?![\w])", re.I), community["name"]))
    return result


def find_communities(text, start=0, end=None):
    """Target communities: a community name next to a victim word, or its plural ('Yazidis')."""
    end = len(text) if end is None else end
    found = []
    folded = fold(text)
    for pattern, name in _community_patterns():
        for match in pattern.finditer(folded, start, end):
            a, b = match.span()
            if not any(a < m.end and m.start < b for m in found):
                found.append(CommunityMention(name, a, b))
    return sorted(found, key=lambda m: m.start)
