"""Casualty figures in report text: killed, wounded and abducted.

A number is tied to the cue word after it ('two persons dead', 'four more villagers and an officer
were killed') or to the verb before it ('killing two', 'kidnapped two farmers'). Each mention is
plain, partial ('two more', 'another') or a running total ('raising the total ... to seven dead').
Per incident: the last total wins; otherwise the largest plain figure plus the partial ones. No
mention, no figure: an unknown count is never 0. Only explicit statements ('no one was hurt',
'no casualties') give 0.
"""

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..dates import MONTHS
from . import arabic_figures, sorani_figures
from .arabic import forms, is_sorani
from .numbers import Number, at_least_length, is_more_word, more_marker_at, number_at
from .text import Suggestion, data, phrase_at

CATEGORIES = ("fatalities", "wounded", "abducted")
_ASIDES = ("including", "among", "mostly", "most", "all", "among them", "both", "a", "an", "the", "namely")
PLAIN, MORE, ONE_MORE, TOTAL = "plain", "more", "one more", "total"


@dataclass(frozen=True)
class Mention:
    category: str
    value: int
    kind: str
    start: int
    end: int
    note: str = ""
    sides: tuple = ()  # ((value, "civilians" | "security" | None), ...) of the numbers it adds up
    died_of_wounds: bool = False  # a wounded person told to have died later


@lru_cache(maxsize=None)
def _lists():
    raw = data("figures.json")
    return {
        "cues": {category: set(words) for category, words in raw["cues"].items()},
        "active": {category: set(words) for category, words in raw["active_cues"].items()},
        "toll": raw["toll_phrases"],
        "filler": set(raw["filler"]),
        "stop": set(raw["stop_after_number"]),
        "total": raw["total_words"],
        "none": raw["none_phrases"],
        "not_none": raw["not_none_phrases"],
        "persons": set(raw["person_nouns"]) | set(raw["ordinals"]),
        "ordinals": set(raw["ordinals"]),
        "modifiers": set(raw["person_modifiers"]),
        "sides": {side: set(words) for side, words in raw["sides"].items()},
        "determiners": set(raw["determiners"]),
        "collective": set(raw["collective_nouns"]),
        "titles": set(raw["titles"]),
        "place_nouns": set(raw["place_nouns"]),
        "in_care": raw["in_care_phrases"],
        "taken": raw["taken_phrases"],
    }


def _is_name(token):
    """A capitalised word, also with inner apostrophes or hyphens: 'Kakai', 'Kaka'i', 'Sha'abi'."""
    return token.is_capitalised and re.sub(r"['’-]", "", token.text).isalpha()


def _category_of(word, table):
    for category, words in table.items():
        if word in words:
            return category
    return None


def _group(tokens, index):
    """A number, or a list of numbers joined by 'and', starting at ``index``.

    Returns (numbers, first, last, more) or None; ``first``..``last`` span the group's own tokens.
    """
    lists = _lists()
    first, more, position = index, False, index
    length = more_marker_at(tokens, position)
    if length:
        more, position = True, position + length
    position += at_least_length(tokens, position) if position < len(tokens) else 0
    if position >= len(tokens):
        return None
    number = number_at(tokens, position)
    if number is None and not more:
        person = _one_person(tokens, position)
        counted = person + 2 + at_least_length(tokens, person + 2) if person is not None and person + 2 < len(tokens) \
            else len(tokens)  # 'an officer and about ten attackers'
        if person is not None and person + 1 < len(tokens) and tokens[person + 1].lower == "and" \
                and counted < len(tokens) and number_at(tokens, counted) is not None:
            number = Number(1, position, person, article=True)  # "an officer and three soldiers"
    if number is None and more and tokens[position].lower in lists["filler"]:
        number = Number(1, index, position - 1, article=True)  # "another soldier": one more
    if number is None:
        return None
    if number.value >= 1900 and number.note == "":  # a year, not a count
        return None
    return [number], first, number.last, more


def _day_of_month(tokens, first, last):
    """'29 June', 'June 29': a day of a date, no count (a month's name is capitalised: 'may' is a verb)."""
    def month(index):
        return 0 <= index < len(tokens) and tokens[index].is_capitalised and tokens[index].lower.rstrip(".") in MONTHS
    def span_to(index):  # '15-16 February', '3 to 9 March': the first day of a span of days
        return 0 <= index + 1 < len(tokens) and tokens[index].lower in ("-", "–", "to", "and") \
            and tokens[index + 1].text.isdigit() and month(index + 2)
    return first == last and tokens[first].text.isdigit() and (month(last + 1) or month(first - 1)
                                                                or span_to(last + 1))


def _years_or_units(tokens, index):
    return index < len(tokens) and tokens[index].lower in _lists()["stop"]


def _total_before(tokens, index):
    lowered = [t.lower for t in tokens[:index]]
    for phrase in _lists()["total"]:
        words = phrase.split()
        for position in range(len(lowered) - len(words) + 1):
            if lowered[position:position + len(words)] == words:
                return True
    return False


_SHOOT = ("shot", "shooting", "shoot", "shoots")  # 'shot dead', and in headlines 'gunmen shoot dead a mukhtar'


_SEIZE = {"seized", "seize", "seizes", "seizing", "snatched"}


def _persons_after(tokens, index):
    """Whether a noun of people follows a count at ``index``, past at most two words ('two farmers', 'two
    Yazidi truffle hunters', 'two of the villagers')."""
    for position in range(index, min(len(tokens), index + 4)):
        word = tokens[position].lower
        if _persons_word(word) or _agents_word(word) or word in _lists()["collective"]:
            return True
    return False


_ANIMALS = {"sheep", "goats", "goat", "cattle", "cows", "cow", "livestock", "animals", "head", "camels", "buffalo",
            "buffaloes", "horses", "donkeys", "chickens", "poultry", "birds", "dogs", "ewes", "lambs", "beehives"}


def _animals_after(tokens, index):
    """Whether the count before ``index`` counts animals ('killing dozens of his sheep', 'killed 40 head of
    cattle', 'wounding several cows'): no noun of people first, past at most three words."""
    for position in range(index, min(len(tokens), index + 4)):
        word = tokens[position].lower
        if word in _ANIMALS:  # ... not 'two sheep traders', 'three cattle herders'
            following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
            return not (_persons_word(following) or _agents_word(following))
        if _persons_word(word) or word in _CLAUSE_BREAKS or word in (",", "and"):
            return False
    return False


def _active_cue_before(tokens, first):
    """(category, token index) of an active verb just before a number ('killing two', 'kidnapped two'), also in
    quotes ("had 'neutralised' four")."""
    position = first - 1
    if position >= 1 and tokens[position].text in _QUOTES:
        position -= 1
        if tokens[position].text in _QUOTES:
            return None, first
        category = _category_of(tokens[position].lower, _lists()["active"])
        return (category, position) if category and position >= 1 and tokens[position - 1].text in _QUOTES \
            else (None, first)
    if position >= 0:
        category = _category_of(tokens[position].lower, _lists()["active"])
        if category:
            return category, position
    # 'wounded his two sons', 'killed all three people inside'
    if position >= 1 and tokens[position].lower in ("his", "her", "their", "its", "the", "all"):
        category = _category_of(tokens[position - 1].lower, _lists()["active"])
        if category:
            return category, position - 1
    if position >= 2 and tokens[position].lower in ("other", "remaining") and tokens[position - 1].lower == "the":
        category = _category_of(tokens[position - 2].lower, _lists()["active"])
        if category:  # 'killing one of them and wounding the other two'
            return category, position - 2
    if position >= 0 and tokens[position].lower == "lost" and _lost_persons(tokens, first):
        return "fatalities", position  # 'a federal army unit lost two soldiers to an IED'
    if position >= 1 and tokens[position].lower == "of" and tokens[position - 1].lower in ("body", "corpse") \
            and first + 1 < len(tokens) and tokens[first + 1].lower == "of":
        return "fatalities", position - 1  # 'the body of one of them was found'
    if position >= 1 and tokens[position].lower == "dead" and tokens[position - 1].lower in _SHOOT:
        return "fatalities", position - 1  # 'shot dead two farmers', 'shooting dead two farmers'
    if position >= 1 and tokens[position].lower == "of":  # "the abduction of three", "the deaths of two"
        cue = _noun_before_of(tokens, position)  # ... "the killing on Sunday of two shepherds"
        if cue is not None:
            return _category_of(tokens[cue].lower, _lists()["cues"]), cue
    if position >= 2 and tokens[position].lower in ("his", "her", "their") and tokens[position - 1].lower == "of":
        category = _category_of(tokens[position - 2].lower, _lists()["cues"])  # 'the abduction of his two sons'
        if category:
            return category, position - 2
    return None, first


_ADJUNCT_OPENINGS = {"on", "in", "at", "near", "last", "earlier", "late", "early", "this", "during", "overnight"}
_ADJUNCT_WORDS = {"the", "a", "week", "month", "night", "morning", "evening", "afternoon", "day", "weekend", "last",
                  "early", "late", "this", "previous", "same", "village", "town", "area", "district", "of"}


def _adjunct_end(tokens, index):
    """Token index of the 'of' after a time or a place told between a noun of killing and its victims ('the
    abduction | on 21 April | of a journalist', 'the killing | in Hawija last week | of two farmers'), or None."""
    if index >= len(tokens) or tokens[index].lower not in _ADJUNCT_OPENINGS:
        return None
    for position in range(index + 1, min(len(tokens), index + 7)):
        token = tokens[position]
        if token.lower == "of" and position > index + 1 and tokens[position - 1].lower not in _lists()["place_nouns"]:
            return position
        if not (token.is_capitalised or token.text.isdigit() or token.lower in _ADJUNCT_WORDS | _ADJUNCT_OPENINGS):
            return None
    return None


def _noun_before_of(tokens, of_index):
    """Token index of the noun of killing, wounding or abduction whose victims follow the 'of' at ``of_index``,
    also across a time or a place ('the deaths of', 'the abduction on 21 April of'), or None."""
    for cue in range(of_index - 1, max(-1, of_index - 7), -1):
        if _category_of(tokens[cue].lower, _lists()["cues"]) and (cue == of_index - 1
                                                                   or _adjunct_end(tokens, cue + 1) == of_index):
            return cue
    return None


_QUOTES = {"'", '"', "‘", "’", "“", "”"}


def _count_of_before(tokens, first):
    """(category, token index) of 'the number of injured' in 'bringing the number of injured to four', 'the number
    of Peshmerga killed in Sunday's attack has risen to three' (a total)."""
    if first < 4 or tokens[first - 1].lower not in ("to", "at", "reached", "hit"):
        return None
    for offset in range(first - 3, max(-1, first - 30), -1):
        if tokens[offset].lower in ("number", "count", "tally") and tokens[offset + 1].lower == "of":
            for cue in range(offset + 2, min(first - 1, offset + 5)):
                category = _category_of(tokens[cue].lower, _lists()["cues"])
                # far from its number only as the subject of 'has risen to' ('raising the number ... in the
                # operation to eight' may add up several strikes)
                near = first - offset <= 7 or any(t.lower in _RISEN for t in tokens[cue + 1:first])
                if category and near and all(number_at(tokens, i) is None for i in range(cue, first)):
                    return category, offset
            return None
    return None


_RISEN = {"risen", "rose", "climbed", "increased", "jumped", "reached"}


def _toll_before(tokens, first):
    """Token index of 'toll' in 'the death toll rose to seven', 'a toll of seven' (a fatalities total)."""
    window = [t.lower for t in tokens[:first]]  # 'the death toll from Saturday's attack ... has risen to five'
    if window and window[-1] in ("to", "of", "at", "reached", "hit") and "toll" in window \
            and not any(number_at(tokens, i) for i in range(window.index("toll") + 1, first - 1)):
        position = window.index("toll")
        return position - 1 if position > 0 and tokens[position - 1].lower == "death" else position
    return None


def _counts_the_incident(tokens, first):
    """'It is the second killing of its kind this month', 'This was the third kidnapping in the district': an ordinal
    that counts the incident told among others, no person (split area, round 11)."""
    at = first + 1 if tokens[first].lower == "the" else first
    return 3 <= at < len(tokens) and tokens[at].lower in _lists()["ordinals"] and tokens[at - 1].lower == "the" \
        and tokens[at - 2].lower in ("is", "was", "marks", "marked", "been", "became") \
        and tokens[at - 3].lower in ("it", "this", "that", "has", "had")


def sentence_mentions(sentence):
    """Figures mentioned in one sentence."""
    tokens = sentence.tokens
    if arabic_figures.is_arabic_sentence(sentence) and is_sorani(sentence.text):
        def make_sorani(category, value, kind, first, last, note):
            start, end = sentence.slice(first, last)
            return Mention(category, value, kind, start, end, note, ((value, None),))
        return sorani_figures.sentence_mentions(sentence, make_sorani)
    if arabic_figures.is_arabic_sentence(sentence):
        def make(category, value, kind, first, last, note):
            start, end = sentence.slice(first, last)
            side = arabic_figures.side_of_count(tokens, first, last, side_of)
            return Mention(category, value, kind, start, end, note, ((value, side),))
        return arabic_figures.sentence_mentions(sentence, make, lambda m: replace(m, kind=MORE))
    mentions = []
    index = 0
    while index < len(tokens):
        group = _group(tokens, index)
        if group is None:
            index += 1
            continue
        numbers, first, last, more = group
        if _years_or_units(tokens, last + 1) or (first > 0 and tokens[first - 1].lower == "no") \
                or _day_of_month(tokens, first, last) or _counts_the_incident(tokens, first):
            index = last + 1
            continue
        category, cue = _active_cue_before(tokens, first)
        if category == "abducted" and tokens[cue].lower in _SEIZE and not _persons_after(tokens, last + 1):
            category, cue = None, first  # 'seized two rifles and a night-vision device': things, not people
        if category is not None and cue < first and _animals_after(tokens, last + 1):
            category, cue = None, first  # 'killing dozens of his sheep': livestock, no casualty
        kind_total = _total_before(tokens, first)
        if category is None and _toll_before(tokens, first) is not None:
            category, kind_total, cue = "fatalities", True, _toll_before(tokens, first)
        if category is None and _count_of_before(tokens, first) is not None:
            (category, cue), kind_total = _count_of_before(tokens, first), True
        end_token = last
        if category is not None and cue < first and tokens[first - 1].lower == "of":
            # 'the bodies of two men who had been abducted': killed, and abducted too
            also, also_end, _, _ = _bind_forward(tokens, numbers, last, more)
            if also == "abducted" and _abducted_in_passing(sentence, tokens, also_end):
                also = None  # 'the body of a man abducted last week was found': the abduction is no count of this one
            if also is not None and also != category:
                start, end = sentence.slice(first, also_end)
                mentions.append(Mention(also, sum(n.value for n in numbers), PLAIN, start, end))
        if category == "fatalities" and cue < first and _THEY_HAD_ABDUCTED.match(sentence.text,
                                                                                  tokens[last].end - sentence.start):
            # 'executed two men they had kidnapped a day earlier': the dead were abducted, the abduction's incident
            start, end = sentence.slice(first, last)
            mentions.append(Mention("abducted", sum(n.value for n in numbers), PLAIN, start, end))
        others = None
        if category is not None and cue < first:  # 'killed two policemen and a civilian driver'
            noun = last + 1
            while noun < len(tokens) and noun - last <= 3 and tokens[noun].lower != "and" \
                    and (tokens[noun].lower in _lists()["filler"] or _is_name(tokens[noun])):
                noun += 1
            noun = _name_after_of(tokens, noun)  # 'killing two members of the Sinjar Resistance Units (YBS) and ...'
            # ... 'killed a soldier and two members of a tribal unit': the person told with its article
            others = _and_others(tokens, noun) if noun > last + 1 or numbers[-1].article else None
            if others is not None:
                end_token = others[1]
        before = None
        if category is None:
            category, end_token, numbers, more = _bind_forward(tokens, numbers, last, more)
            if category is not None and _partitive(tokens, last, end_token, category):
                # 'two of the wounded died', 'three of the dead were soldiers': counted before; 'one of the two fighters
                # wounded in the attack has died': the two wounded counted, the part who died read after
                index = last + 1 if category == "wounded" else end_token + 1
                continue
            if category is not None and end_token > 0 and ({tokens[end_token - 1].lower, tokens[first - 1].lower if
                                                            first > 0 else ""} & {"surviving", "remaining"}):
                kind_total = True  # 'the two surviving wounded', 'the remaining three wounded': the wounded now
            if category == "wounded" and _then_died(tokens, end_token) \
                    and not (first >= 2 and tokens[first - 1].lower == "the" and tokens[first - 2].lower == "of"):
                # ('one of the two wounded passengers died': the one who died is told, not the two)
                # 'the toll has risen to five after two wounded villagers died in hospital': more dead, no total
                category, more, kind_total = "fatalities", True, False
            before = _person_and_before(tokens, first) if category is not None else None
            if before is not None:  # 'a woman and her three children were killed': one more
                others, first = (1, end_token), before
        if category is not None:
            value = sum(n.value for n in numbers) + (others[0] if others else 0)
            # 'rose to seven on Tuesday, after two more bodies were recovered': the total told, then what it adds
            kind_total = kind_total and not (more and any(m.kind == TOTAL and m.category == category
                                                          for m in mentions))
            kind = TOTAL if kind_total else MORE if more else PLAIN
            if kind == MORE and len(numbers) == 1 and numbers[0].article:
                kind = ONE_MORE  # "another": one more, or one if no count came before
            start, end = sentence.slice(min(first, cue), end_token)
            note = "; ".join(n.note for n in numbers if n.note)
            sides = _sides(tokens, numbers, end_token if end_token > last else min(len(tokens) - 1, last + 3))
            mentions.append(Mention(category, value, kind, start, end, note, sides))
        index = max(end_token, last) + 1
    mentions += _single_persons(sentence, mentions)
    mentions = _taken_with_them(sentence, mentions)
    mentions += _along_with(sentence, mentions)
    return mentions + _abducted_before_death(sentence, mentions) + _found_dead_after_abduction(sentence, mentions)


# 'He had been abducted by gunmen at a fake checkpoint on Thursday', 'she was taken from Kocho': one abducted, told by
# a pronoun (an abduction some time before, 'he was kidnapped last week', is no count of its own)
# ... 'They had been kidnapped ...' opening a sentence after one count of the dead: as many abducted as dead
_PRONOUN_ABDUCTED = re.compile(r"(?:\b(?P<one>he|she)\s+(?:\w+ly\s+)?(?:was|had\s+(?:\w+ly\s+)?been|has\s+been)"
                               r"|^\s*(?P<they>they)\s+(?:\w+ly\s+)?had\s+(?:\w+ly\s+)?been)\s+"
                               r"(?:reportedly\s+|first\s+|allegedly\s+)?(?:(?:abducted|kidnapped|seized|snatched)\b|taken\s+(?:hostage|captive)\b"
                               r"|taken\s+(?=(?:from|by|at\s+gunpoint)\b)(?![^.;]{0,40}\bhospital))", re.I)


# 'did not say whether he was kidnapped', 'it is unclear if she was abducted': a doubt, no count
_DOUBT_BEFORE = re.compile(r"\b(?:whether|if|not|unclear|unknown|denied|deny|denies|no\s+evidence)\b[^.;,]{0,30}$",
                           re.I)


def _pronoun_abducted(sentences, mentions):
    """One abducted, the person told by 'he' or 'she' ('He had been abducted by gunmen'; as many as the dead counted
    before for a sentence opening 'They had been kidnapped'), when the incident counts
    no abducted otherwise (with those told 'along with' them: 'he was abducted along with his cousin'); 'after he
    was kidnapped' is told of the dead counted before it (``_abducted_before_death``), or with no dead of the one
    freed ('freed a boy four days after he was kidnapped')."""
    if any(m.category == "abducted" for m in mentions):
        return []
    dead = [m for m in mentions if m.category == "fatalities"]
    for sentence in sentences:
        told = _PRONOUN_ABDUCTED.search(sentence.text)
        if told is None or arabic_figures.is_arabic_sentence(sentence) \
                or _VAGUE_BEFORE.match(sentence.text, told.end()) \
                or (dead and _AFTER_THEY_WERE_ABDUCTED.search(sentence.text)) \
                or _DOUBT_BEFORE.search(sentence.text[:told.start()]):
            continue
        count = 1
        if told.group("they"):  # 'They had been kidnapped': the one count of the dead told before, if more than one
            if len(dead) != 1 or dead[0].end > sentence.start or dead[0].value < 2:
                continue
            count = dead[0].value
        start, end = sentence.start + told.start(), sentence.start + told.end()
        pronoun = Mention("abducted", count, PLAIN, start, end, "", ((count, None),))
        return [pronoun] + _along_with(sentence, [pronoun])
    return []


_TAKEN_WITH = {"taken", "abducted", "kidnapped", "seized", "snatched", "held"}


def _taken_with_them(sentence, mentions):
    """'Two other truffle hunters taken with him remain missing', 'two passengers abducted with him were freed': the
    count of those abducted with a victim told before adds to it (one more kind), also with no cue bound to it."""
    tokens = sentence.tokens
    result = list(mentions)
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower != "with" or tokens[index + 1].lower not in ("him", "her", "them"):
            continue
        verb = index - 2 if tokens[index - 1].lower in ("along", "together") else index - 1
        if verb < 1 or tokens[verb].lower not in _TAKEN_WITH:
            continue
        counted = next((m for m in result if m.category == "abducted" and m.start < tokens[verb].end
                        and m.end >= tokens[max(0, verb - 6)].start), None)
        if counted is not None:
            if counted.kind == PLAIN:
                result[result.index(counted)] = replace(counted, kind=MORE)
            continue
        for first in range(verb - 1, max(-1, verb - 6), -1):
            number = number_at(tokens, first)
            words = tokens[number.last + 1:verb] if number is not None else ()
            if number is None or not words or not any(_persons_word(t.lower) or _agents_word(t.lower)
                                                      or t.lower in ("others", "other") for t in words):
                continue
            if any(t.text in (",", ";", ":") for t in words):
                break
            start, end = sentence.slice(first, index + 1)
            result.append(Mention("abducted", number.value, MORE, start, end, "", ((number.value, None),)))
            break
    return result


def _along_with(sentence, mentions):
    """'kidnapped a shepherd along with his two sons', 'He was abducted together with his cousin': the persons told
    with the victims just counted add to them."""
    tokens = sentence.tokens
    result = []
    for index in range(1, len(tokens) - 2):
        if tokens[index].lower not in ("along", "together") or tokens[index + 1].lower != "with":
            continue
        before = [m for m in mentions if m.end <= tokens[index].start
                  and not any(t.text in (".", ";", ":") or t.lower in ("and", "while", "after", "as")
                              for t in tokens if m.end <= t.start < tokens[index].start)]
        if not before or tokens[index].start - before[-1].end > 80:
            continue
        position = index + 2
        if tokens[position].lower in ("his", "her", "their", "the"):
            position += 1
        number = number_at(tokens, position) if position < len(tokens) else None
        if number is not None and _persons_after(tokens, number.last + 1) \
                and not _animals_after(tokens, number.last + 1):
            value, last = number.value, number.last + 1
        else:
            person = _one_person(tokens, index + 2)
            if person is None:
                continue
            value, last = 1, person
        told = before[-1]
        start, end = sentence.slice(index, min(last, len(tokens) - 1))
        result.append(Mention(told.category, value, MORE, start, end, "", ((value, side_of(tokens[last].lower)
                                                                             if last < len(tokens) else None),)))
    return result


# 'found the body of a young man ..., four days after he was kidnapped by unknown men', '... a week after they had
# been abducted from their fields': the dead were abducted, told by a pronoun after the count of the dead
_AFTER_THEY_WERE_ABDUCTED = re.compile(r"\b(?:after|since|when)\s+(he|she|they)\s+"
                                       r"(?:was|were|had\s+been|(?:was|were)\s+first)\s+(?:kidnapped|abducted|seized)\b",
                                       re.I)


def _abducted_before_death(sentence, mentions):
    """An abduction count for the dead counted before a pronoun that tells they had been abducted."""
    if any(m.category == "abducted" for m in mentions):
        return []
    dead = [m for m in mentions if m.category == "fatalities"]
    told = _AFTER_THEY_WERE_ABDUCTED.search(sentence.text)
    if len(dead) != 1 or told is None or dead[0].end > sentence.start + told.start():
        return []
    if (told.group(1).lower() == "they") != (dead[0].value > 1):
        return []
    return [Mention("abducted", dead[0].value, PLAIN, sentence.start + told.start(), sentence.start + told.end())]


# 'a man who was abducted by gunmen near Tel Qasab on Tuesday | was found dead the following day', 'a shop owner
# abducted by gunmen on Saturday was found dead': the abducted are the dead, told by the verb after the relative
# (or participle) clause
_WHO_WERE_ABDUCTED_DIED = re.compile(r"(?:\bwho\s+(?:had\s+been|was|were)\s+|(?<=\w)\s+)(?:abducted|kidnapped|seized|"
                                     r"snatched)\b"
                                     r"[^.;:]{0,160}?\s(?:was|were|has\s+been|have\s+been)\s+(?:later\s+|then\s+|"
                                     r"subsequently\s+)?(?:found\s+(?:dead|murdered|killed|shot\s+dead|executed)|"
                                     r"killed|executed|murdered|shot\s+dead)\b", re.I)


def _found_dead_after_abduction(sentence, mentions):
    """A count of the dead for the abducted found dead after the relative clause that tells their abduction."""
    if any(m.category == "fatalities" for m in mentions):
        return []
    told = _WHO_WERE_ABDUCTED_DIED.search(sentence.text)
    if told is None:
        return []
    abducted = [m for m in mentions if m.category == "abducted" and m.end <= sentence.start + told.start() + 40]
    if len(abducted) != 1:
        return []
    return [Mention("fatalities", abducted[0].value, PLAIN, abducted[0].start, abducted[0].end)]


# 'executed two men | they had kidnapped', 'killed the three shepherds whom the militants had abducted'
_THEY_HAD_ABDUCTED = re.compile(r"\s+(?:[\w'’-]+\s+){1,3}?(?:(?:whom|that|who)\s+)?(?:they|he|she|the\s+[\w-]+)\s+"
                                r"had\s+(?:earlier\s+|previously\s+|just\s+)?(?:kidnapped|abducted|seized)\b", re.I)


def _name_after_of(tokens, index):
    """Token index after a group's name told after 'of (the)' at ``index - 1`` ('members of the Sinjar Resistance
    Units (YBS)'), or ``index``."""
    if index == 0 or index >= len(tokens) or tokens[index - 1].lower not in ("of", "the"):
        return index
    position = index
    while position < len(tokens) and position - index < 8 and _is_name(tokens[position]):
        position += 1
    if position > index and position + 2 < len(tokens) and tokens[position].text == "(" \
            and tokens[position + 2].text == ")":
        position += 3  # '(YBS)'
    return position if position > index else index


def _then_died(tokens, cue):
    """'two wounded villagers | died', 'three injured soldiers later succumbed': the wounded who died."""
    for position in range(cue + 1, min(len(tokens), cue + 4)):
        word = tokens[position].lower
        if word in ("died", "succumbed"):
            return True
        if not (word in _lists()["filler"] or word in _lists()["persons"] or word[:-1] in _lists()["persons"]):
            return False
    return False


def _partitive(tokens, last, cue, category):
    """'two | of the | wounded', 'one of those injured': a part of people a count told before ('one of them was
    found dead' counts the dead among people counted otherwise). A part of people counted as others ('one of the
    brothers was found shot dead', 'one of the two hostages was killed') counts, unless it died of its wounds."""
    if tokens[last + 1].lower != "of" or tokens[last + 2].lower not in ("the", "those"):
        return False
    noun = last + 3
    counted = number_at(tokens, noun) if noun < len(tokens) else None
    noun = counted.last + 1 if counted is not None else noun
    if cue > noun + (2 if counted is not None else 1) or noun >= len(tokens):
        return False  # 'three of the attackers were injured': a count of its own
    of_category = _category_of(tokens[noun].lower, _lists()["cues"])
    # ('one of the two fighters wounded in the attack has died': the wounded told again, to say who died)
    return of_category in (None, category) and not _persons_word(tokens[noun].lower) or category == "wounded" \
        or of_category == category or tokens[cue].lower in ("died", "succumbed", "death", "deaths")


def side_of(word):
    """'civilians', 'security', 'people' (civilians or not) or None for a (folded, lower-case) noun."""
    if word in ("people", "persons", "person", "اشخاص", "شخص", "شخصا", "شخصين", "شخصان"):
        return "people"
    for side, words in _lists()["sides"].items():
        if word in words or any(f in words for f in forms(word)):
            return side
    return None


def _sides(tokens, numbers, end_token):
    """The side of each number's people: the first side noun after it, before the next number."""
    sides = []
    for position, number in enumerate(numbers):
        stop = numbers[position + 1].first if position + 1 < len(numbers) else end_token + 1
        words = [t.lower for t in tokens[number.last + 1:stop]]
        words = words[:words.index("and")] if "and" in words else words  # '... and their civilian driver': others
        side = next((side_of(word) for word in words if side_of(word)), None)
        sides.append((number.value, side))
    return tuple(sides)


# 'kidnapped a car dealer', 'killed a money changer': a noun of one who does something, the object of a verb that
# only people undergo (not 'killed a number of', 'wounded a further three')
_AGENT_NOUN = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|man|ee)")
_NO_AGENT = {"number", "further", "other", "another", "quarter", "corner", "border", "minor", "major", "member",
             "total", "trailer", "tractor", "motor", "container", "generator", "computer", "helicopter", "transformer",
             "tanker", "poster", "counter", "water", "power", "tower", "order", "sector", "floor", "door", "shelter",
             "after", "under", "over", "ever", "never", "however", "whether", "either", "neither", "rather", "later",
             "earlier", "together", "prior", "near", "her", "their", "our", "your", "for", "nor", "per", "then",
             "than", "when", "chapter", "semester", "quarter", "winter", "summer", "september", "october",
             "november", "december", "launcher", "detonator", "meter", "kilometer", "liter", "dollar", "hour",
             "character", "letter", "paper", "matter", "register", "monitor", "factor", "indicator", "operator"}


def _one_person(tokens, index, agent_nouns=False):
    """Token index of the person noun in 'a shepherd', 'his son', 'a Yazidi returnee' at ``index``, or None;
    ``agent_nouns``: also 'a car dealer' (the object of 'kidnapped', 'killed')."""
    lists = _lists()
    if index >= len(tokens) or tokens[index].lower not in lists["determiners"] | {"another"}:
        return None

    def person(word):
        return word in lists["persons"] or (agent_nouns and word not in _NO_AGENT
                                            and bool(_AGENT_NOUN.fullmatch(word)))
    for position in range(index + 1, min(len(tokens), index + 6)):
        word = tokens[position].lower
        if person(word):
            while True:
                if position + 1 < len(tokens) and person(tokens[position + 1].lower):
                    position += 1  # a Peshmerga soldier
                elif position + 2 < len(tokens) and tokens[position + 1].is_capitalised \
                        and person(tokens[position + 2].lower):
                    position += 2  # 'a local YBS commander': 'local' no person of itself here
                else:
                    return position
        noun_before_person = any(person(tokens[p].lower)  # 'a taxi driver', 'a liquor store owner'
                                 for p in range(position + 1, min(len(tokens), position + 3)))
        if not (tokens[position].is_capitalised or word in lists["modifiers"] or word.isdigit() or noun_before_person):
            return None  # 'a Yazidi returnee', 'a 12-year-old boy', 'a truck driver' go on; anything else ends it
    return None


def _person_and_before(tokens, first):
    """Token index of the determiner of 'a woman' in 'a woman and her three children', the count at ``first``."""
    if first < 4 or tokens[first - 1].lower not in ("his", "her", "their") or tokens[first - 2].lower != "and":
        return None
    for determiner in range(first - 3, max(-1, first - 8), -1):
        if _one_person(tokens, determiner) == first - 3:
            return determiner
    return None


def _listed_persons(tokens, person):
    """(count, last token) of the persons listed after the one at ``person``, with commas and closed by 'and' ('a
    soldier, a policeman and a civilian': two more), or None (not an apposition: 'a man, a taxi driver, was')."""
    extra = 0
    while person + 2 < len(tokens) and tokens[person + 1].text == "," and _one_person(tokens, person + 2) is not None:
        person, extra = _one_person(tokens, person + 2), extra + 1
    closing = _and_others(tokens, person + 1) if extra else None
    return (extra + closing[0], closing[1]) if closing is not None else None


def _and_his_kin(tokens, index):
    """(count, last token) of 'and his son', 'and her two children' past what the person before is of ('the mukhtar
    | of Albu Hassan village | and his son', 'an employee of the North Oil Company and his wife'), or None: the
    pronoun ties the kin to that person."""
    lists = _lists()
    if index >= len(tokens) or tokens[index].lower != "of":
        return None
    for position in range(index + 1, min(len(tokens), index + 7)):
        token = tokens[position]
        if token.lower == "and":
            pronoun = position + 1 < len(tokens) and tokens[position + 1].lower in ("his", "her")
            return _and_others(tokens, position) if pronoun else None
        if not (token.lower in ("the", "a", "an") or _is_name(token) or token.lower in lists["place_nouns"]
                or token.lower in lists["collective"] or token.lower in lists["modifiers"]):
            return None
    return None


def _and_others(tokens, index):
    """(count, last token) of the persons after 'and' at ``index``: 'and a civilian driver' (1), 'and her two
    children' (2); None when no person follows."""
    if index >= len(tokens) or tokens[index].lower != "and" or index + 1 >= len(tokens):
        return None
    person = _one_person(tokens, index + 1)
    if person is not None:
        return 1, person
    persons = _lists()["persons"]
    if index >= 1 and tokens[index - 1].lower in persons and tokens[index + 1].lower in persons \
            and (index + 2 >= len(tokens) or tokens[index + 2].lower not in persons):
        return 1, index + 1  # 'his wife and daughter': the possessive said once
    position = index + 2 if tokens[index + 1].lower in ("his", "her", "their") else index + 1
    number = number_at(tokens, position) if position < len(tokens) else None
    if number is None or number.last + 1 >= len(tokens):
        return None
    noun = number.last + 1
    word = tokens[noun].lower
    if word in _lists()["filler"] or word in _lists()["persons"] or word[:-1] in _lists()["persons"]:
        return number.value, noun
    return None


_FOUND = {"found", "discovered", "recovered", "retrieved"}
_BODY_COMPOUNDS = {"of", "armour", "armor", "guard", "guards", "camera", "cameras", "bag", "bags", "count", "search",
                   "scanner", "scanners", "shop", "parts", "language"}


def _a_body_found(tokens, index):
    """'a body bearing gunshot wounds was found', 'found a blindfolded body': a body told with an indefinite article
    (over adjectives in -ed), found (not 'a body armour vest', 'a body of evidence')."""
    article = index - 1
    while article > 0 and tokens[article].lower.endswith("ed") and tokens[article].lower not in _FOUND:
        article -= 1
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return article >= 0 and tokens[article].lower in ("a", "an") and following not in _BODY_COMPOUNDS \
        and bool(_FOUND.intersection(t.lower for t in tokens[max(0, article - 3):index + 8]))


def _single_persons(sentence, found):
    """One person killed, wounded or abducted, said without a number: 'killing a shepherd', 'injured his
    son', 'the killing of a Yazidi returnee', 'the body of a man', 'a Turkmen man was kidnapped'."""
    tokens = sentence.tokens
    lists = _lists()
    taken = [(m.start, m.end) for m in found]
    result = []
    for index, token in enumerate(tokens):
        word = token.lower
        category = _category_of(word, lists["active"]) if word != "shot" else None
        if category and any(t.lower in ("anniversary", "commemoration") for t in tokens[max(0, index - 4):index]):
            category = None  # 'the anniversary of the martyrdom of Imam Hussein': a remembrance, no victim
        first = index + 1
        if word == "dead" and index > 0 and tokens[index - 1].lower in _SHOOT:
            category = "fatalities"
        if category and first < len(tokens) and tokens[first].lower == "of":
            first += 1  # the killing of a returnee
        elif category and _adjunct_end(tokens, first) is not None:
            first = _adjunct_end(tokens, first) + 1  # 'the abduction on 21 April of a Turkmen journalist'
        if word in ("body", "corpse") and first < len(tokens) and tokens[first].lower == "of":
            category, first = "fatalities", first + 1
        possessor = re.sub(r"['’]s$", "", tokens[index - 1].lower) if index > 0 else ""
        article = index - 2
        while article > 0 and tokens[article].lower in lists["modifiers"] - {"a", "an", "the"}:
            article -= 1  # 'a young man's body'
        if word in ("body", "corpse") and article >= 0 and possessor in lists["persons"] \
                and tokens[index - 1].lower != possessor and tokens[article].lower in ("a", "an", "the"):
            start, end = sentence.slice(article, index)  # "a man's body": one dead
            if not any(start < b and a < end for a, b in taken):
                result.append(Mention("fatalities", 1, PLAIN, start, end, "", ((1, side_of(possessor)),)))
            continue
        if word in ("body", "corpse") and _a_body_found(tokens, index) and category is None:
            start, end = sentence.slice(index - 1, index)  # 'a body bearing gunshot wounds was found': one dead
            if not any(start < b and a < end for a, b in taken):
                result.append(Mention("fatalities", 1, PLAIN, start, end, "", ((1, None),)))
            continue
        if word in ("body", "corpse") and index > 0 and tokens[index - 1].lower in ("his", "her"):
            start, end = sentence.slice(index - 1, index)  # 'his body was found': one dead
            if not any(start < b and a < end for a, b in taken):
                result.append(Mention("fatalities", 1, PLAIN, start, end, "", ((1, None),)))
            continue
        # ... not after a noun ('succumbed to his wounds a day after gunmen ...')
        doer = word != "seized" and not (index > 0 and tokens[index - 1].lower in ("his", "her", "their", "its"))
        person = _one_person(tokens, first, agent_nouns=doer) \
            if category else None
        if category and person is None and first < len(tokens) and tokens[first].lower in ("another", "him", "her"):
            person = first  # "injured another", "stormed his home and killed him"
        if category and person is None and first + 1 < len(tokens) and tokens[first].lower in lists["titles"] \
                and tokens[first + 1].is_capitalised:
            person = first + 1  # 'assassinated Sheikh Ahmed al-Obeidi'
        if person is None and (word in lists["determiners"] or word == "another"):
            person = _one_person(tokens, index)
            if person is not None and _ordinal_of_events(tokens, person):
                person = None  # 'it is the second killing of its kind this month': incidents counted, not victims
            if person is not None:
                category = _passive_cue(tokens, person + 1)
                if category is None and person + 2 < len(tokens) and tokens[person + 1].lower == "and":
                    other = _one_person(tokens, person + 2)  # 'a father and his son were killed': counted below
                    category = _passive_cue(tokens, other + 1) if other is not None else None
                first = index
                if category == "abducted" and word == "the" and _only_missing(tokens, person + 1):
                    category = None  # 'the man, a taxi driver, had been missing since Friday': a victim told before
                if category is None:
                    person = None
        if person is None and word in ("he", "she") and index + 1 < len(tokens) and tokens[index + 1].lower == "was" \
                and _passive_cue(tokens, index + 1) == "wounded":
            person, category, first = index, "wounded", index  # '...was assaulted by unknown men; he was hospitalised'
        if person is None:
            elided = _another_elided(sentence, index, taken)  # 'two were killed and another injured'
            result += [elided] if elided else []
            continue
        if _counts_the_incident(tokens, first):
            continue
        begin = index - 1 if word == "dead" else index
        start, end = sentence.slice(min(begin, first), person)
        if any(start < b and a < end for a, b in taken):
            continue
        # 'has died of wounds he sustained when a bomb went off, injuring him and two passers-by': he is the dead
        count = 0 if category == "wounded" and tokens[person].lower in ("him", "her") \
            and _DIED_OF_WOUNDS.search(sentence.text) else 1
        others = _listed_persons(tokens, person) or _and_others(tokens, person + 1) \
            or _and_his_kin(tokens, person + 1)  # a farmer and his son, a woman and her two children; the mukhtar of
        if others is not None:  # Albu Hassan village and his son; a soldier, a policeman and a civilian
            count, person = count + others[0], others[1]
            start, end = sentence.slice(min(begin, first), person)
        taken.append((start, end))
        if not count:
            continue
        side = side_of(tokens[person].lower)
        ordinal = any(t.lower in lists["ordinals"] for t in tokens[first:person + 1])
        kind = ONE_MORE if ordinal or tokens[first].lower == "another" else PLAIN  # 'a fourth shepherd'
        result.append(Mention(category, count, kind, start, end, "", ((count, side),)))
        also = _passive_cue(tokens, person + 1)  # the body of a man who had been kidnapped
        cue = next((i for i in range(person + 1, min(len(tokens), person + 4))
                    if _category_of(tokens[i].lower, lists["cues"]) == "abducted"), None)
        if also == "abducted" and cue is not None and _abducted_in_passing(sentence, tokens, cue):
            also = None  # 'the body of a man abducted last week was found': an abduction before, by the way
        if also and also != category:
            result.append(Mention(also, count, PLAIN, start, end))
    return result


_DIED_OF_WOUNDS = re.compile(r"\b(?:died|dies|has\s+died)\s+(?:\w+\s+){0,3}?(?:of|from)\s+(?:\w+\s+)?"
                             r"(?:wounds|injuries)\b"
                             r"|\bsuccumbed\s+to\s+(?:\w+\s+)?(?:wounds|injuries)\b", re.I)


def _only_missing(tokens, index):
    """Whether the cue of abduction after ``index`` is only 'missing' (no 'abducted', 'kidnapped')."""
    words = {t.lower for t in tokens[index:index + 20]}
    return not (words & (_lists()["cues"]["abducted"] | _lists()["active"]["abducted"]) - {"missing"})


def _another_elided(sentence, index, taken):
    """'and another injured' (its verb left out): one more of the category of the word after 'another'."""
    tokens = sentence.tokens
    if tokens[index].lower != "another" or index == 0 or tokens[index - 1].lower != "and" or index + 1 >= len(tokens):
        return None
    category = _category_of(tokens[index + 1].lower, _lists()["cues"])
    start, end = sentence.slice(index, index + 1)
    if category is None or any(start < b and a < end for a, b in taken):
        return None
    return Mention(category, 1, ONE_MORE, start, end, "", ((1, None),))


_ONE_OF_WHOM = re.compile(r"\b(?P<count>one|two|three|four|five|\d+)\s+of\s+(?:whom|them)\s+(?:\w+\s+){0,3}?"
                          r"(?:died|succumbed)\b", re.I)


_RELATIVE_FILLER = {"was", "were", "had", "has", "been", "also", "later", "reportedly", "seriously", "slightly",
                    "critically", "lightly", "badly"}


def _cue_of_relative(tokens, index):
    """The category of a relative clause between commas right after a person whose verb is a cue (', who was
    wounded in the same attack,'), or None (', who was standing next to him,': no cue, the verb after it tells)."""
    if index + 2 >= len(tokens) or tokens[index].text != "," or tokens[index + 1].lower != "who":
        return None
    position = index + 2
    while position < len(tokens) and tokens[position].lower in _RELATIVE_FILLER:
        position += 1
    if position == index + 2 or position >= len(tokens) or tokens[position].lower.endswith("ing"):
        return None  # 'who had been waiting', 'who kills': no passive cue
    return _category_of(tokens[position].lower, _lists()["cues"])


def _passive_cue(tokens, index):
    """'was killed', 'who had been kidnapped' after a person: the category, or None; across 'of the
    Popular Mobilization Forces'."""
    start = index
    if index < len(tokens) and tokens[index].lower in ("of", "from"):  # 'an employee of a local NGO was shot dead',
        # 'a man from the Shabak community was kidnapped'
        index += 1
        while index < len(tokens) and (tokens[index].lower in _lists()["modifiers"] or tokens[index].is_capitalised
                                       or _ordinal_number_at(tokens, index)):
            index += 2 if _ordinal_number_at(tokens, index) else 1  # 'a fighter of the 52nd Brigade was killed'
        while index < len(tokens) and tokens[index].lower in _lists()["collective"] | _lists()["place_nouns"] \
                | _FORCE_NOUNS:
            index += 1  # 'a member of the Kakai community was found dead', 'a trader from the town was ...',
            # 'a member of the Sahwa forces was killed'
    elif _inside_before_verb(tokens, index) is not None:
        index = _inside_before_verb(tokens, index)  # 'a third person in the car was wounded'
    told = _cue_of_relative(tokens, index)
    if told is not None:
        return told  # 'His cousin, who was wounded in the same attack, is recovering in hospital'
    if index < len(tokens) and tokens[index].text in (",", "-", "–", "—") and _apposition_end(tokens, index):
        index = _apposition_end(tokens, index) + 1  # 'his brother, who was standing next to him, was wounded'
    closing = next((i for i in range(index + 1, min(len(tokens), index + 6)) if tokens[i].text == ")"), None) \
        if index < len(tokens) and tokens[index].text == "(" else None
    if closing is not None:  # 'a fighter of the Popular Mobilization Forces (PMF) was killed', '(Kurdish security)'
        index = closing + 1
    if index + 2 < len(tokens) and tokens[index].lower == "on" and tokens[index + 1].is_capitalised \
            and tokens[index + 2].lower == "who":
        index += 2  # 'freed a boy | on Saturday | who had been kidnapped on Thursday'
    if index < len(tokens) and _relative_clause_end(tokens, index) is not None:
        index = _relative_clause_end(tokens, index)  # 'a policeman who rushed to the scene | was wounded'
    elif index < len(tokens) and _participle_clause_end(tokens, index) is not None:
        index = _participle_clause_end(tokens, index)  # 'a man returning from work | was abducted'
    for position in range(index, min(len(tokens), index + 5)):
        word = tokens[position].lower
        category = _category_of(word, _lists()["cues"])
        if category and word.endswith("ing") and tokens[position - 1].lower == "and":
            return None  # 'killing a man and his son and wounding his wife': a clause of its own
        if category and position == start + 1 and tokens[start].lower == "and":
            return None  # 'killed a PMF fighter | and injured another': the verb of the subject, not the fighter's
        if category:
            return category
        if any(phrase_at(tokens, position, phrase) for phrase in _lists()["in_care"]) or _maimed(tokens, position) \
                or _survived_wounded(tokens, position):
            return "wounded"  # 'a third was evacuated to a hospital in Baghdad', 'a shepherd lost his leg'
        if word not in ("was", "were", "who", "had", "has", "been", "is", "reportedly", "also", "later", "being",
                        "among", "shot", "found", "beaten", "stabbed", "seriously", "critically", "slightly", "lightly",
                        "badly",
                        "fatally", "mortally", "sustained", "suffered", "received", "minor", "serious", "severe",
                        "light", "survived", "with", "died", "of", "lost", "his", "her", "their", "and") \
                and not (word == "the" and tokens[position - 1].lower == "among"):  # 'was among the dead'
            return None
    return None


def _lost_persons(tokens, first):
    """Whether the count at ``first`` after 'lost' counts people ('lost two soldiers', 'lost one of its fighters'),
    not limbs or things ('lost two legs', 'lost three houses')."""
    number = number_at(tokens, first)
    if number is None:
        return False
    noun = number.last + 1
    if noun + 2 < len(tokens) and tokens[noun].lower == "of" \
            and tokens[noun + 1].lower in ("its", "their", "his", "her"):
        noun += 2  # 'lost one of its fighters'
    while noun < len(tokens) and _is_name(tokens[noun]) and not _persons_word(tokens[noun].lower):
        noun += 1  # 'lost two Peshmerga fighters'
    return noun < len(tokens) and _persons_word(tokens[noun].lower) and tokens[noun].lower not in _LIMBS


_LIMBS = {"leg", "legs", "arm", "arms", "hand", "hands", "foot", "feet", "eye", "eyes", "limb", "limbs", "fingers",
          "sight", "eyesight"}


def _maimed(tokens, index):
    """Token index of the limb in 'lost his leg', 'lost both legs', 'lost a hand' at ``index`` (a person maimed: one
    wounded), or None."""
    if index >= len(tokens) or tokens[index].lower != "lost":
        return None
    return next((p for p in range(index + 1, min(len(tokens), index + 4)) if tokens[p].lower in _LIMBS), None)


def _survived_wounded(tokens, index):
    """Whether 'survived' at ``index`` is told 'with light wounds' ('a lawyer survived an attack in the Wasiti
    neighbourhood with light wounds'): one wounded (a survival with no wounds told is none)."""
    if index >= len(tokens) or tokens[index].lower not in ("survived", "escaped"):
        return False
    for position in range(index + 1, min(len(tokens) - 1, index + 16)):
        if tokens[position].text in (".", ";", ",", ":"):
            return False
        if tokens[position].lower == "with":  # ... 'escaped with a gunshot wound to his leg'
            after = [t.lower for t in tokens[position + 1:position + 4]]
            return bool({"wounds", "injuries", "wound", "injury"} & set(after))
    return False


def _inside_before_verb(tokens, index):
    """Token index of the 'was'/'were' after 'in the car' at ``index`` ('a third person | in the car | was wounded',
    'two other passengers | in the car | were also hurt'), or None."""
    if not (index + 1 < len(tokens) and tokens[index].lower in ("in", "inside", "aboard")
            and tokens[index + 1].lower in ("the", "a", "his", "their", "her")):
        return None
    verb = next((i for i in range(index + 2, min(len(tokens), index + 5))
                 if tokens[i].lower in ("was", "were", "escaped")), None)  # '... in the group | escaped with a wound'
    return verb if verb is not None and all(tokens[i].text.isalpha() for i in range(index + 2, verb)) else None


_FORCE_NOUNS = {"forces", "force", "units", "unit", "brigade", "brigades", "regiment", "battalion", "division",
                "militia", "militias", "movement", "faction", "group", "police", "army", "guards"}


# ... 'a man abducted last week', 'a young man, kidnapped days earlier,': an abduction some time before, told by the way
_VAGUE_BEFORE = re.compile(r"\s*(?:last\s+(?:week|month)|earlier|recently|(?:some\s+|a\s+few\s+|\w+\s+)?"
                           r"(?:days|weeks|months)\s+(?:earlier|ago|before))\b", re.I)


def _abducted_in_passing(sentence, tokens, cue):
    """Whether the abduction cue at ``cue``, told of the victims of another count ('the body of a man abducted last
    week'), is a participle that only dates the abduction vaguely before: no abduction count of the incident (unlike
    'the bodies of two men who had been abducted last week', 'a man abducted from his farm near Ali Sara on
    Saturday', where the abduction is told as the incident's own)."""
    if cue < 1 or tokens[cue - 1].lower in ("been", "was", "were", "being"):
        return False
    return _VAGUE_BEFORE.match(sentence.text, tokens[cue].end - sentence.start) is not None


def _bind_forward(tokens, numbers, last, more):
    """Scan from a number to the cue word it goes with, across fillers and 'and <number>'."""
    lists = _lists()
    position = last + 1
    steps = 0
    numbers = list(numbers)
    while position < len(tokens) and steps < 10:
        token = tokens[position]
        word = token.lower
        category = _category_of(word, lists["cues"])
        if category and _joined_with_other(tokens, position, category):
            return None, last, numbers, more  # 'five people dead or wounded': how many of each is not told
        if category:
            return category, position, numbers, more
        in_care = next((length for length in (phrase_at(tokens, position, p) for p in lists["in_care"]) if length), 0)
        if in_care:  # 'six others remain in hospital', 'two are still being treated'
            return "wounded", position + in_care - 1, numbers, more
        if _maimed(tokens, position):  # 'two children lost their legs'
            return "wounded", _maimed(tokens, position), numbers, more
        taken = next((length for length in (phrase_at(tokens, position, p) for p in lists["taken"]) if length), 0)
        if taken:  # 'three men from the same family were taken from their home by armed men'
            return "abducted", position + taken - 1, numbers, more
        if word == "of" and _persons_word(tokens[position - 1].lower):
            verb = next((i for i in range(position + 2, min(len(tokens), position + 12))
                         if tokens[i].lower in ("were", "was", "had", "have", "has")), None)
            # ... also past the group's short name ('two members of the Kurdistan Workers' Party (PKK) were')
            if verb is not None and (verb <= position + 6 or tokens[verb - 1].text == ")") \
                    and not any(tokens[i].lower in _CLAUSE_BREAKS - {"(", ")"} | {",", "and", "or"}
                                or number_at(tokens, i) for i in range(position + 1, verb)):
                position = verb  # 'two members of the local armed group were killed': the group's words
                steps += 1
                continue
        if position == last + 3 and tokens[last + 1].lower == "of" and tokens[position - 1].lower == "the" \
                and number_at(tokens, position) is not None:
            position = number_at(tokens, position).last + 1  # 'one of the two farmers': the part told, not the whole
            steps += 1
            continue
        inside = _inside_before_verb(tokens, position)
        if inside is not None and _persons_word(tokens[position - 1].lower):
            position = inside  # 'two other passengers in the car were also hurt'
            steps += 1
            continue
        if word in ("one", "a", "an", "same") and tokens[position - 1].lower == "of":
            position += 1  # "three members of one family"
            steps += 1
            continue
        if word == "," and position + 1 < len(tokens) and tokens[position + 1].lower in _ASIDES:
            closing = next((i for i in range(position + 2, min(len(tokens), position + 10)) if tokens[i].text == ","),
                           None)
            if closing is None:
                return None, last, numbers, more
            position = closing + 1  # "three members of one family, including two children, were killed"
            continue
        if word in (",", "-", "–", "—"):  # 'two members of the community, a father and his son, were killed',
            closing = _apposition_end(tokens, position)  # 'four members of one family - a man, ... - were killed'
            if closing is None:
                return None, last, numbers, more
            position = closing + 1
            continue
        if word == "and" and position + 1 < len(tokens):
            # 'two PMF fighters and an estimated four militants were killed'
            estimate = at_least_length(tokens, position + 1)
            extra = number_at(tokens, position + 1 + estimate, articles=True) \
                if position + 1 + estimate < len(tokens) else None
            if extra is None:
                return None, last, numbers, more
            numbers.append(extra)
            position = extra.last + 1
            steps += 1
            continue
        if word == "(":  # 'three members of the Sinjar Resistance Units (YBS) were killed'
            closing = next((i for i in range(position + 1, min(len(tokens), position + 5)) if tokens[i].text == ")"),
                           None)
            if closing is None:
                return None, last, numbers, more
            position = closing + 1
            continue
        clause = _relative_clause_end(tokens, position)
        if clause is None and _persons_word(tokens[position - 1].lower):
            clause = _participle_clause_end(tokens, position)  # 'two men returning to their homes were abducted'
        if clause is not None:  # 'two other terrorists who were with him were also killed'
            position = clause
            steps += 1
            continue
        if _ordinal_number_at(tokens, position):
            position += 2  # "two members of the Peshmerga's 70th unit were injured"
            steps += 1
            continue
        if word in ("/", "&") and position + 1 < len(tokens) and _is_name(tokens[position + 1]):
            pass  # 'two Daesh/ISIS terrorists were killed'
        elif is_more_word(word) or word == "also":  # 'two attackers were also killed'
            more = True
        elif word not in lists["filler"] and word not in lists["collective"] and not _is_name(token) \
                and not _persons_word(word) and not (position - last <= 2 and _agents_word(word)) \
                and not ((position - last <= 2 or position - last <= 4 and tokens[last + 1].lower == "of")
                         and _adjective_before_person(tokens, position)):  # 'one of our heroic soldiers'
            # 'two of his companions were wounded'; 'two internally displaced men', 'three elderly Yazidi women'
            return None, last, numbers, more  # 'two members of the Kakai community were killed' goes on
        position += 1
        steps += 1
    return None, last, numbers, more


def _ordinal_of_events(tokens, position):
    """Whether the ordinal at ``position`` counts incidents: 'the second killing', 'a third kidnapping', 'the fourth
    abduction' (a noun of the act right after it), not victims ('a third man was wounded', 'a second was killed')."""
    if tokens[position].lower not in _lists()["ordinals"] or position + 1 >= len(tokens):
        return False
    word = tokens[position + 1].lower
    return word.endswith(("ing", "ion", "ions", "ings")) and _category_of(word, _lists()["cues"]) is not None


def _ordinal_number_at(tokens, position):
    """'52nd', '70th': an ordinal in digits (a unit's name), two tokens."""
    return tokens[position].text.isdigit() and position + 1 < len(tokens) \
        and tokens[position + 1].lower in ("st", "nd", "rd", "th")


def _persons_word(word):
    """'member', 'members', 'fighters': a noun of people (singular or plural)."""
    persons = _lists()["persons"]
    return word in persons or word[:-1] in persons or (word.endswith("men") and word[:-3] + "man" in persons)


def _agents_word(word):
    """'hunters', 'gatherers', 'collectors': a plural noun of those who do something, people whatever they do."""
    return word.endswith("s") and word[:-1] not in _NO_AGENT and bool(_AGENT_NOUN.fullmatch(word[:-1]))


def _apposition_end(tokens, position):
    """Token index of the comma that closes an apposition opened at ``position`` ('three people, two of them
    women, were killed'; 'two soldiers, police said, were'), when a passive verb follows it and the apposition
    holds no cue and no clause of its own; None otherwise."""
    opening = tokens[position].text
    relative = position + 1 < len(tokens) and tokens[position + 1].lower == "who"  # ', who was with him when ...,'
    for end in range(position + 2, min(len(tokens), position + 14)):
        word = tokens[end].lower
        if _category_of(word, _lists()["cues"]) or _category_of(word, _lists()["active"]) \
                or word in _CLAUSE_BREAKS and not (relative and word in ("when", "as", "while")):
            return None
        if word == opening:
            following = tokens[end + 1].lower if end + 1 < len(tokens) else ""
            # ... 'his cousin, who was with him when the mine exploded, lost a leg': one maimed
            return end if following in ("were", "was", "had", "have", "has", "are", "is") \
                or _maimed(tokens, end + 1) else None
    return None


_CLAUSE_BREAKS = {"that", ";", ":", ".", "when", "after", "while", "as", "(", ")"}


def _relative_clause_end(tokens, position):
    """Token index of the verb after a relative clause with no cue in it ('who were with him | were killed',
    'a man who had come back from a camp only weeks earlier | was shot dead')."""
    if tokens[position].lower != "who":
        return None
    for end in range(position + 2, min(len(tokens), position + 20)):
        if _category_of(tokens[end].lower, _lists()["cues"]) or _category_of(tokens[end].lower, _lists()["active"]):
            return None
        if tokens[end].lower in _CLAUSE_BREAKS or number_at(tokens, end) is not None:
            return None
        if tokens[end].lower in ("was", "were") and tokens[end - 1].lower != "who":
            return end
    return None


_IRREGULAR_PARTICIPLES = {"caught", "stuck", "trapped"}


def _participle_clause_end(tokens, position):
    """Token index of the verb after a clause opened by a participle, with no cue in it ('two men returning to
    their homes in Baiji | were abducted', 'two soldiers manning a checkpoint | were killed'), or None."""
    word = tokens[position].lower
    participle = word.endswith("ing") and len(word) > 5 or word.endswith("ed") and len(word) > 4 \
        or word in _IRREGULAR_PARTICIPLES  # 'two civilians caught in the crossfire | were killed'
    if not (participle and word.isalpha()) or _category_of(word, _lists()["cues"]) \
            or _category_of(word, _lists()["active"]):
        return None
    commas = 0
    for end in range(position + 1, min(len(tokens), position + 16)):
        token = tokens[end]
        if _category_of(token.lower, _lists()["cues"]) or _category_of(token.lower, _lists()["active"]) \
                or token.lower in _CLAUSE_BREAKS | {"and", "or", "who", "which"} or number_at(tokens, end):
            return None
        commas += token.text == ","
        if commas > 2:
            return None
        if token.lower in ("was", "were"):
            # ... across a place told between commas ('grazing their flock near Zanqar, east of Daquq, | were
            # wounded') only when the verb's cue follows
            cue = any(_category_of(t.lower, _lists()["cues"]) for t in tokens[end + 1:end + 3])
            return end if not commas or cue else None
    return None


def _adjective_before_person(tokens, position):
    """Whether the lower-case word at ``position`` is one of at most two words before a noun of people ('two
    internally displaced men'): not a cue, not a participle ('three IEDs targeting soldiers')."""
    word = tokens[position].lower
    if not word.isalpha() or tokens[position].is_capitalised or word.endswith("ing") \
            or _category_of(word, _lists()["cues"]) or _category_of(word, _lists()["active"]) \
            or word in _lists()["stop"] or word in _CLAUSE_BREAKS:
        return False
    return any(_persons_word(tokens[p].lower) for p in range(position + 1, min(len(tokens), position + 3))) \
        or position + 1 < len(tokens) and _agents_word(tokens[position + 1].lower)  # 'two truffle hunters'


def _joined_with_other(tokens, position, category):
    """'dead or wounded', 'killed or injured', 'killed and wounded': a cue joined to a cue of another kind."""
    if position + 2 >= len(tokens) or tokens[position + 1].lower not in ("or", "and"):
        return False
    other = _category_of(tokens[position + 2].lower, _lists()["cues"])
    return other is not None and other != category


def _none_stated(text, start, end, category):
    sorani = sorani_figures.none_stated(text, start, end) if category in ("fatalities", "wounded") else None
    if sorani:
        return sorani
    arabic = arabic_figures.none_stated(text, start, end, category)
    if arabic:
        return arabic
    lists = _lists()
    chunk = text[start:end].casefold()
    if any(phrase in chunk for phrase in lists["not_none"]):
        return None
    for phrase in lists["none"].get(category, ()):
        found = chunk.find(phrase)
        if found >= 0:
            return start + found, start + found + len(phrase)
    return None


def none_stated_in(text, sentences):
    """Whether ``sentences`` say that no one was killed or hurt ('No casualties reported.')."""
    return any(_none_stated(text, s.start, s.end, "fatalities") or _none_stated(text, s.start, s.end, "wounded")
               for s in sentences)


def figures(text, sentences, civilians_targeted=False, told_apart=False):
    """{category: Suggestion} for the incident told by ``sentences`` (only figures the text gives), and
    the civilian / security forces split of the killed when the text gives it. ``told_apart``: the
    sentences are an incident the report tells apart from the main one, so that its 'a further three
    were wounded' counts three (the count they add to is the other incident's)."""
    mentions = [m for s in sentences for m in _died_later(s, sentence_mentions(s))
                if not _summed(s, m) and not _REPLACED_BEFORE.search(text[s.start:m.start])]
    # ... the counts from the words that say so on ('Two soldiers were killed, correcting an earlier toll of one dead':
    # the two are the count now)
    superseded = [m for s in sentences if _SUPERSEDED.search(s.text) for m in mentions
                  if s.start <= m.start < s.end and m.end > s.start + _SUPERSEDED.search(s.text).start()]
    # 'The Peshmerga denied the group's claim that seven fighters had been killed': a count denied, none
    mentions = [m for m in mentions if not _denied(text, sentences, m)]
    # 'had initially killed two Peshmerga and wounded five' after 'the toll has risen to four': the replaced count
    # gives way, the count nothing replaced stays
    mentions = [m for m in mentions if m not in superseded
                or not any(o.category == m.category for o in mentions if o not in superseded)]
    mentions = [m for m in mentions if not _missing_among_casualties(text, sentences, m, mentions)]
    mentions += _their_bodies(sentences, mentions)
    mentions += _pronoun_abducted(sentences, mentions)
    mentions = _of_the_wounded_died(sentences, mentions, superseded)
    mentions = _wounded_counted_before_death(text, sentences, mentions)
    mentions = arabic_figures.wounded_who_died(sentences, mentions, lambda m, by: replace(
        m, value=m.value - by, sides=((m.value - by, None),)))
    mentions = arabic_figures.without_rival_counts(sentences, mentions)
    disputed = any(_sources_differ(text, s) for s in sentences)
    result = {}
    for category in CATEGORIES:
        found = [m for m in mentions if m.category == category]
        if disputed:
            found = _the_lower_figure(found)
        counted_before = told_apart or any(m.category != category and found and m.start < found[0].start
                                           for m in mentions)
        suggestion = _combine(text, found, counted_before)
        if suggestion is None and not found:
            for sentence in sentences:
                span = _none_stated(text, sentence.start, sentence.end, category)
                if span and mentions and _DAMAGE_ONLY.search(text[span[0]:span[1]]):
                    continue  # 'shot dead two farmers ...; a nearby shop suffered damage only': said of a thing
                if span:
                    suggestion = Suggestion(0, text[span[0]:span[1]], span[0], span[1])
                    break
        if suggestion is None and category == "fatalities" and not mentions:
            suggestion = _no_injuries_no_dead(text, sentences)
        if suggestion is not None:
            result[category] = suggestion
    if result.get("fatalities") and result["fatalities"].value:
        result.update(_split(text, [m for m in mentions if m.category == "fatalities"], result["fatalities"].value,
                             civilians_targeted))
    return result


# 'the bodies of the two missing men were found': the missing found dead
_TOLD_ABDUCTION = re.compile(r"\b(?:abduct|kidnap|seiz|snatch|hostage)", re.I)
_BODIES_OF_MISSING = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses?)\s+of\s+(?:the\s+)?(?:\w+\s+)?missing\b", re.I)


def _missing_among_casualties(text, sentences, mention, mentions):
    """Whether ``mention`` counts persons only 'missing' (no 'abducted', 'kidnapped') in an attack whose dead the same
    sentence counts ('four people were killed and two others went missing'), or whose bodies were found ('the bodies
    of the two missing men were found'): casualties of the attack unaccounted for, not an abduction."""
    sentence = next((s for s in sentences if s.start <= mention.start < s.end), None)
    if mention.category != "abducted" or sentence is None or not re.search(r"\bmissing\b", sentence.text, re.I) \
            or _TOLD_ABDUCTION.search(sentence.text):
        return False
    if _BODIES_OF_MISSING.search(sentence.text):
        return True
    if any(m.category == "fatalities" and m.kind != TOTAL and sentence.start <= m.start < sentence.end
           for m in mentions):
        return True
    # ... 'Three shepherds were killed when gunmen opened fire on them. A fourth shepherd was missing.': the dead
    # counted in another sentence of the incident, which tells no abduction
    return any(m.category == "fatalities" and m.kind != TOTAL for m in mentions) and not any(
        _TOLD_ABDUCTION.search(s.text) for s in sentences)


# 'a protest was held in Sinjar town; no injuries were reported', 'a civilian survived an armed attack; no injuries
# reported', 'causing damage but no injuries': no one hurt, so no one killed either (the corpus' convention)
_NO_INJURIES = re.compile(r"\bno\s+injur(?:y|ies)\b(?!\s+or\b)|\b(?:no\s+one|nobody)\s+(?:was\s+|were\s+)?"
                          r"(?:injured|wounded)\b(?!\s+or\b)", re.I)


def _no_injuries_no_dead(text, sentences):
    """The zero dead of an incident whose sentences count no one and say no one was injured; else None."""
    for sentence in sentences:
        if _none_stated(text, sentence.start, sentence.end, "wounded"):
            found = _NO_INJURIES.search(sentence.text)
            if found:
                return Suggestion(0, found.group(0), sentence.start + found.start(), sentence.start + found.end())
    return None


# 'PKK-affiliated media put the toll at four', 'a YBS spokesperson gave a higher toll', 'while the army said only two
# were hurt', 'exaggerating the toll to seven': another source's figure for the same people
_OTHER_FIGURE = re.compile(r"\b(?:higher|lower|different|differing|conflicting|contradictory|smaller|larger)\s+"
                           r"(?:death\s+|casualty\s+)?(?:tolls?|figures?|numbers?|counts?|tally)\b"
                           r"|\bexaggerat(?:ed|ing|es|e)\b|\binflat(?:ed|ing|es|e)\b"
                           # 'said it had killed seven soldiers; the claim could not be verified'
                           r"|\bclaims?\s+(?:could|can)\s*(?:not|n['’]t)\s+be\s+(?:independently\s+)?(?:verified|confirmed)\b"
                           r"|\b(?:said|says|reported|put\s+it\s+at)\s+(?:that\s+)?only\s+(?:one|two|three|four|five|"
                           r"six|seven|eight|nine|ten|\d+)\b"
                           # the attackers' own count: 'an attack ... which it said killed several Turkish soldiers',
                           # 'the group said its fighters had killed seven', 'claimed to have killed ten'
                           r"|\b(?:which|that)\s+(?:it|they)\s+said\s+(?:had\s+)?killed\b"
                           r"|\b(?:said|says|claimed)\s+(?:that\s+)?(?:it|they|its\s+fighters|their\s+fighters)\s+"
                           r"(?:had\s+|have\s+)?killed\b|\bclaim(?:ed|s|ing)?\s+to\s+have\s+killed\b", re.I)
_PUT_THE_TOLL = re.compile(r"\b(?:put|puts|putting|placed|gave|gives)\s+(?:the|its|their|a)\s+(?:death\s+|casualty\s+)?"
                           r"toll\s+at\b", re.I)
_UPDATE = re.compile(r"\b(?:later|since|now|subsequently|updated|revised|raised|final|rose|risen)\b", re.I)
_CONTRAST = re.compile(r"\b(?:while|whereas|but|however)\b", re.I)


def _sources_differ(text, sentence):
    """Whether ``sentence`` gives another source's figure beside one told before: a higher or lower toll, 'said
    only two', or 'put the toll at four' after a semicolon or 'while' ('Local sources reported one dead; PKK
    media put the toll at four')."""
    if _OTHER_FIGURE.search(sentence.text):
        return True
    found = _PUT_THE_TOLL.search(sentence.text)
    if found and _UPDATE.search(sentence.text):
        return False  # 'police later put the toll at four': the toll risen, no other source
    return bool(found) and (text[:sentence.start].rstrip().endswith(";") or ";" in sentence.text[:found.start()]
                            or bool(_CONTRAST.search(sentence.text[:found.start()])))


def _the_lower_figure(found):
    """Where sources give different counts of the same people, the lower one (the corpus convention, ACLED's
    conservative count): the smallest whole count (not 'two more') of victims."""
    whole = [m for m in found if m.kind in (PLAIN, TOTAL) and not _attackers(m)]
    if len({m.value for m in whole}) < 2:
        return found
    lowest = min(whole, key=lambda m: m.value)
    return [replace(lowest, kind=PLAIN)]


_DAMAGE_ONLY = re.compile(r"\bdamage\b.*\bonly\b|\bonly\b.*\bdamage\b", re.I)


# 'A third shepherd was wounded and taken to hospital, where he died hours later': one more dead, not wounded
_DIED_LATER = re.compile(r"(?:\b(?:he|she|who)\s+(?:\w+\s+){0,2}|\band\s+(?:later\s+)?)(?:died|succumbed)\b", re.I)


# 'A third soldier wounded in the blast died in hospital on Monday', 'A Yazidi man wounded in a roadside bomb blast
# north of Sinjar last Thursday has died of his wounds': the verb of the sentence is 'died' (not a relative clause's:
# 'a soldier wounded in the attack in which two others died')
_WOUNDED_THEN_DIED = re.compile(r"\s+(?:who\s+(?:was|had\s+been)\s+)?(?:seriously\s+|critically\s+|badly\s+)?"
                                r"(?:wounded|injured)\s+(?:in|by|during|at|on|last|when)\s+"
                                r"(?:(?!(?:which|whom|that|where|and|but)\s)[\w'’-]+,?\s+){0,20}?"
                                r"(?:later\s+)?(?:has\s+|had\s+)?(?:later\s+)?(?:died|succumbed)\b", re.I)


def _died_later(sentence, mentions):
    """The one wounded person of a sentence that says he died later, counted among the dead."""
    wounded = [m for m in mentions if m.category == "wounded"]
    if len(wounded) == 1 and wounded[0].value > 1:
        return _fewer_wounded(sentence, mentions, wounded[0])
    # ('... died of his injuries, raising the toll of the attack to three dead': a total, which counts him)
    if len(wounded) != 1 or wounded[0].value != 1 or any(m.category == "fatalities" and m.kind != TOTAL
                                                         for m in mentions):
        return mentions
    died = _DIED_LATER.search(sentence.text, wounded[0].end - sentence.start) \
        or _WOUNDED_THEN_DIED.match(sentence.text, wounded[0].end - sentence.start)
    if died is None:
        return mentions
    # one more dead, to the count of the killed if the incident gives one
    kind = ONE_MORE if wounded[0].kind == PLAIN else wounded[0].kind
    return [replace(m, category="fatalities", kind=kind, died_of_wounds=True) if m is wounded[0] else m
            for m in mentions]


# 'the wounded officer later died': one of the wounded counted before, told again to say he died
_THE_WOUNDED_ONE = re.compile(r"the\s+(?:(?:seriously|critically|badly)\s+)?(?:wounded|injured)\s+[\w'’-]+", re.I)


_TOLD_BEFORE_DEATH = re.compile(r"\b(?:had|already|initially|originally)\b", re.I)


def _sentence_start(sentences, mention):
    return next((s.start for s in sentences if s.start <= mention.start < s.end), mention.start)


def _wounded_counted_before_death(text, sentences, mentions):
    """A wounded person said to have died in a sentence of his own ('A soldier who was wounded in the attack last
    week died on Thursday.', 'the wounded officer later died') where another sentence counts the incident's wounded
    in a plain count ('wounding an officer and two soldiers', 'had already killed one soldier and wounded two'): he
    was one of them, so one wounded fewer ('two other passengers were also hurt' counts others, and stays)."""
    died = [m for m in mentions if m.category == "fatalities" and m.value == 1
            and (m.died_of_wounds or _THE_WOUNDED_ONE.fullmatch(text[m.start:m.end]))]
    for dead in died:
        sentence = next((s for s in sentences if s.start <= dead.start < s.end), None)
        # ... a count told before, or after in the past perfect ('had already wounded two'), not the wounded still
        # in hospital after the death ('Four others remain under treatment')
        counts = [m for m in mentions if m.category == "wounded" and m.kind == PLAIN and m.value > 1
                  and sentence is not None and (m.end <= sentence.start or (
                      m.start >= sentence.end and _TOLD_BEFORE_DEATH.search(text, _sentence_start(sentences, m),
                                                                            m.start)))]
        if len(counts) == 1:
            wounded = counts[0]
            mentions = [replace(m, value=m.value - 1, sides=((m.value - 1, None),)) if m is wounded
                        else replace(m, died_of_wounds=True) if m is dead else m for m in mentions]
    return mentions


_DENIED_CLAIM = re.compile(r"\b(?:denied|denies|dismissed|rejected|refuted|disputed)\s+(?:the\s+|an?\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|allegations?|statements?)\s+(?:that|of)\b", re.I)


def _denied(text, sentences, mention):
    """Whether ``mention`` is told in a claim the sentence says was denied ('denied the group's claim that seven
    fighters had been killed', 'dismissed reports of ten dead')."""
    sentence = next((s for s in sentences if s.start <= mention.start < s.end), None)
    found = _DENIED_CLAIM.search(sentence.text) if sentence is not None else None
    return found is not None and mention.start >= sentence.start + found.end()


# 'Earlier figures had put the toll at four': figures the report itself says were replaced
_SUPERSEDED = re.compile(r"\b(?:earlier|initial|previous|first)\s+(?:figures?|tolls?|reports|counts?|statements?|"
                         r"tall(?:y|ies)|estimates?)\b|\binitially\b"
                         # 'The toll had earlier stood at four dead.', 'Officials had earlier put the toll at six.'
                         r"|\b(?:had|has)\s+(?:earlier\s+|previously\s+|initially\s+|first\s+)?(?:stood|put\s+the\s+"
                         r"(?:death\s+)?toll)\s+at\b", re.I)
# 'revised the toll to three soldiers killed and five wounded, up from the two killed and three wounded it
# announced earlier': the counts after 'up from' are the replaced ones
_REPLACED_BEFORE = re.compile(r"\b(?:up|down|revised)\s+from\b", re.I)
# figures summed over several incidents ('two people were killed in two separate attacks') or over a period
# ('Since January, 14 civilians have been killed by explosive ordnance', 'so far this year', 'in 2022 alone')
_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
_SUMMED = re.compile(r"\bin\s+(?:(?:two|three|four|five|\d+)\s+(?:separate\s+)?|separate\s+)(?:[\w-]+\s+)?"
                     r"(?:attacks|incidents|explosions|bombings|strikes)\b"  # '… two separate ISIS attacks'
                     # 'The two attacks bring to five the number of Peshmerga killed this month'
                     r"|\b(?:the|these|both)\s+(?:two|three|four|five|\d+)\s+(?:attacks|incidents|explosions|bombings|"
                     r"strikes)\s+(?:bring|brought|raise|raised|take|took)\b"
                     rf"|\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH_NAMES}|(?:19|20)\d\d\b|the\s+(?:start|beginning)"
                     r"\s+of\s+(?:the|this)\s+(?:year|month))|\bso\s+far\s+(?:this|in)\b|\bthis\s+year\s+alone\b"
                     r"|\b(?:in|during)\s+(?:19|20)\d\d\s+alone\b|\b(?:over|in|during)\s+the\s+(?:past|last)\s+"
                     r"(?:year|twelve\s+months|(?:\w+\s+)?(?:months|years))\b", re.I)
# 'the third kidnapping in the area', 'the second such attack': an ordinal counting incidents, not victims
_ORDINAL_EVENT = re.compile(r"\b(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                            r"(?:such\s+|similar\s+|deadly\s+)?(?:attack|attacks|incident|killing|kidnapping|"
                            r"abduction|assassination|bombing|explosion|strike|shooting)\b", re.I)
# '... since late September, when their drones struck offices near Koya, killing nine people': the event that opened
# the period, told in a clause of its own after the main clause
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)


def _summed(sentence, mention):
    """Whether ``mention`` is a count summed over several incidents or a period: in a sentence that says so
    (_SUMMED), unless the count is told in the 'when' clause of a period the sentence closes with ('have shelled the
    border almost daily since September, when drones struck Koya, killing nine')."""
    found = _SUMMED.search(sentence.text)
    if found is None:
        return False
    ordinal = _ORDINAL_EVENT.search(sentence.text, max(0, mention.end - sentence.start), found.start())
    if ordinal is not None and not _SUMMED.search(sentence.text, found.end()):
        return False  # 'kidnapped a farmer on Monday, the third kidnapping here since January': incidents counted
    when = _WHEN_AFTER.match(sentence.text, found.end())
    opening = not sentence.text[:found.start()].strip()
    return opening or when is None or mention.start < sentence.start + when.end() \
        or _SUMMED.search(sentence.text, found.end()) is not None


# ... 'abducted three shepherds, who were found dead the following week', 'they were later found dead'
_THEIR_BODIES = re.compile(r"\b(?:their|the)\s+bodies\b(?!\s+of\b)"
                           r"|\b(?:who|they|both|all\s+(?:two|three|four|five|of\s+them))\s+(?:were|had\s+been|have\s+been)"
                           r"\s+(?:later\s+|subsequently\s+|then\s+)?(?:found|discovered)\s+(?:dead|murdered|killed|shot\s+dead)\b"
                           # 'a shepherd was abducted near Jalawla in mid-month and found dead days later'
                           r"|\b(?:abducted|kidnapped)\b[^.;]{0,80}?(?P<then>\band\s+(?:was\s+|were\s+)?(?:later\s+|"
                           r"subsequently\s+)?(?:found|discovered)\s+(?:dead|murdered|killed|shot\s+dead)\b)",
                           re.I)


def _their_bodies(sentences, mentions):
    """'Two shepherds went missing. Their bodies were found the next day.': as many dead as the persons the
    incident counted before, when no sentence counts the dead."""
    if any(m.category == "fatalities" for m in mentions):
        return []
    for sentence in sentences:
        found = _THEIR_BODIES.search(sentence.text)
        at = (found.start("then") if found.group("then") else found.start()) if found else 0
        before = [m for m in mentions if m.end <= sentence.start + at]
        if found and before:
            start, end = sentence.start + found.start(), sentence.start + found.end()
            return [Mention("fatalities", before[-1].value, PLAIN, start, end, "", ((before[-1].value, None),))]
    return []


# 'On Tuesday, one of the wounded died in hospital': told in a sentence after the count of the wounded
# ... 'One of the two Peshmerga fighters wounded in Monday night's attack in Makhmour has died of his injuries'
_OF_THE_WOUNDED_DIED = re.compile(r"\b(?P<count>one|two|three|four|five|\d+)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?"
                                  r"(?:wounded|injured)(?:\s+[\w'’-]+){0,9}?\s+(?:later\s+)?(?:has\s+|had\s+)?"
                                  r"(?:died|succumbed)\b", re.I)


# 'One of the two had died of his wounds', 'one of them later died of his injuries': one of the wounded counted before
_ONE_OF_THEM_DIED_OF_WOUNDS = re.compile(r"\b(?P<count>one|two|three|four|five|\d+)\s+of\s+(?:them|the\s+(?:two|three|"
                                         r"four|five|six|\d+)(?:\s+[\w'’-]+){0,2}?)\s+(?:later\s+)?(?:has\s+|had\s+)?"
                                         r"(?:later\s+)?(?:died|succumbed)\s+(?:\w+\s+){0,2}?(?:of|from|to)\s+"
                                         r"(?:his|her|their)\s+(?:wounds|injuries)\b", re.I)


def _of_the_wounded_died(sentences, mentions, initial=()):
    """'Three fighters were wounded. One of the wounded died in hospital.': one dead, two wounded; one more dead
    when a sentence counts the dead (a total already counts them). The wounded are counted before, or after in a
    count the report says was the first one ('two of the wounded died ... they had initially wounded five')."""
    kind = MORE if any(m.category == "fatalities" for m in mentions) else PLAIN
    for sentence in sentences:
        if any(sentence.start <= m.start < sentence.end for m in initial) and any(
                m.category == "wounded" and m not in initial for m in mentions):
            continue  # 'had initially reported five wounded, but one of the wounded died': the final count told
        died = _OF_THE_WOUNDED_DIED.search(sentence.text) or _ONE_OF_THEM_DIED_OF_WOUNDS.search(sentence.text)
        at = sentence.start + died.start() if died else 0
        # the wounded counted before, or in the words of the part ('one of the two fighters wounded ... died')
        wounded = [m for m in mentions if m.category == "wounded"
                   and (m.end <= at or at <= m.start < sentence.start + died.end())] if died else []
        # ... or after, when the sentence tells the toll risen by the death ('The toll rose to three after one of the
        # wounded soldiers died.' then 'The militants stormed the post, killing two soldiers and wounding three')
        risen = any(m.kind == TOTAL and m.category == "fatalities" and sentence.start <= m.start < sentence.end
                    for m in mentions)
        wounded = wounded or [m for m in mentions if m.category == "wounded" and died and (
            m in initial or (risen and _told_with_dead(m, mentions, sentences)))][:1]
        if not wounded:
            continue
        if risen and sentence.start <= wounded[-1].start < at:
            return mentions  # 'rose to six dead and 17 wounded after two of the injured died': the toll as it stands
        value = _count_of(died)
        if value >= wounded[-1].value:
            return mentions
        start, end = at, sentence.start + died.end()
        return [replace(m, value=m.value - value, sides=((m.value - value, None),)) if m is wounded[-1] else m
                for m in mentions] + [Mention("fatalities", value, kind, start, end, "", ((value, None),))]
    return mentions


def _told_with_dead(wounded, mentions, sentences):
    """Whether the count of the wounded is told in a sentence that counts the dead too (not a total): the event's
    first count ('killing two soldiers and wounding three others'), not those still in hospital."""
    sentence = next((s for s in sentences if s.start <= wounded.start < s.end), None)
    return sentence is not None and any(m.category == "fatalities" and m.kind != TOTAL
                                        and sentence.start <= m.start < sentence.end for m in mentions)


def _count_of(died):
    """The number of a match's 'count' group: 'one' .. 'five' or digits."""
    count = died.group("count").casefold()
    return int(count) if count.isdigit() else ("one", "two", "three", "four", "five").index(count) + 1


def _fewer_wounded(sentence, mentions, wounded):
    """'injuring four children, one of whom later died': three wounded (the one who died is counted dead)."""
    died = _ONE_OF_WHOM.search(sentence.text, wounded.end - sentence.start)
    if died is None:
        return mentions
    value = _count_of(died)
    if value >= wounded.value:
        return mentions
    result = [replace(m, value=m.value - value, sides=((m.value - value, None),)) if m is wounded else m
              for m in mentions]
    if not any(m.category == "fatalities" for m in mentions):
        start, end = sentence.start + died.start(), sentence.start + died.end()
        result.append(Mention("fatalities", value, PLAIN, start, end, "", ((value, None),)))
    return result


def _split(text, found, total, civilians_targeted):
    """killed_civilians / killed_security_forces when the counts that make up the total say who they
    were ('two people died ... four more villagers and one Iraqi officer': 6 and 1). The counts are
    the last plain count before the partial ones ('two people') and the partial ones after it, or a
    single count equal to the total; 'people' are civilians in an attack on civilians."""
    parts = [m for m in found if m.kind != TOTAL]
    mores = [m for m in parts if m.kind in (MORE, ONE_MORE)]
    plain = [m for m in parts if m.kind == PLAIN and (not mores or m.start < mores[0].start)]
    chains = ([[plain[-1]] + [m for m in mores if m.start > plain[-1].start]] if plain else []) + \
        [[m] for m in parts if m.kind == PLAIN and m.value == total]
    for used in chains:
        if sum(m.value for m in used) != total:
            continue
        if len(used) == 1 and used[0].sides and all(side == "people" for _, side in used[0].sides):
            continue  # 'seven people were killed' alone does not say who they were
        counts = {"civilians": 0, "security": 0}
        for mention in used:
            for value, side in mention.sides or ((mention.value, None),):
                side = "civilians" if side == "people" and civilians_targeted else side
                if side not in counts:
                    counts = None
                    break
                counts[side] += value
            if counts is None:
                break
        if counts is None:
            continue
        start, end = min(m.start for m in used), max(m.end for m in used)
        return {name: Suggestion(counts[side], text[start:end], start, end) for name, side in
                (("killed_civilians", "civilians"), ("killed_security_forces", "security")) if counts[side]}
    return {}


def _attackers(mention):
    return bool(mention.sides) and all(side == "attackers" for _, side in mention.sides)


def _combine(text, found, counted_before=False):
    """One figure from a category's mentions; ``counted_before``: the incident counted people of another
    category before them, so that 'another two' or 'a further three' are people of their own count."""
    totals = [m for m in found if m.kind == TOTAL]
    if totals:
        last = totals[-1]
        return Suggestion(last.value, text[last.start:last.end], last.start, last.end, last.note)
    plain = [m for m in found if m.kind == PLAIN]
    if not plain and found and all(m.kind == ONE_MORE for m in found):
        plain = found[:1]  # "two were killed and another wounded": one wounded
        found = found[1:]
    if not plain and found and counted_before:
        plain = found[:1]  # "two soldiers were killed and another two were wounded": two wounded
        found = found[1:]
    if not plain:
        return None  # only partial counts ("two more"): the base is not known
    victims = [m for m in plain if not _attackers(m)] or plain
    base = max(victims, key=lambda m: m.value)
    # ... and the wounded who died later, wherever told ('A fighter wounded in the attack has died. The attack had
    # killed one fighter': two dead)
    more = [m for m in found if (m.kind in (MORE, ONE_MORE) and m.start > base.start)
            or (m.died_of_wounds and m is not base)]
    if base in victims and not _attackers(base):  # 'one soldier died ... killing one assailant': two dead
        attackers = [m for m in plain if _attackers(m)]
        more += [max(attackers, key=lambda m: m.value)] if attackers else []
    value = base.value + sum(m.value for m in more)
    parts = sorted([base] + more, key=lambda m: m.start)
    start, end = min(m.start for m in parts), max(m.end for m in parts)
    notes = [m.note for m in parts if m.note]
    if more:
        notes.append(" + ".join(str(m.value) for m in parts) + f" = {value}")
    return Suggestion(value, text[start:end], start, end, "; ".join(notes))


# 'The trader had been abducted on Saturday from his shop': the abduction told again, on a day of its own
_TOLD_AGAIN_ABDUCTED = re.compile(r"\s+(?:had|has)\s+been\s+(?:abducted|kidnapped|seized)\b", re.I)


def abduction_told_again(text, earlier, later):
    """Whether the abducted of an ``earlier`` draft ('the release of a trader who had been kidnapped', 'arrested a
    suspect over the abduction of a trader') are the people a ``later`` draft tells the abduction of in the pluperfect
    ('The trader had been abducted on Saturday'): the same people, whose abduction is the later draft's."""
    told, again = earlier.get("abducted"), later.get("abducted")
    if told is None or again is None or told.value != again.value:
        return False
    noun = re.fullmatch(r"the\s+([a-z-]+)", again.snippet.strip(), re.I)
    if noun is None or not _TOLD_AGAIN_ABDUCTED.match(text, again.end):
        return False
    person = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?" + re.escape(noun.group(1)) + r"\b", re.I)
    return bool(person.search(told.snippet))

