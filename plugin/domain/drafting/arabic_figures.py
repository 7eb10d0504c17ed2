"""Casualty figures in Arabic sentences (word lists in resources/drafting/arabic_figures.json).

A cue of killing, wounding or abduction ('مقتل', 'أصيب', 'اختطف') takes the first count that follows
it in the same clause, across the words between ('اختطف مسلحون يعتقد أنهم من داعش راعيين اثنين'):
a number in words or digits ('سبعة', 'اثنين', '٣'), a dual ('جنديين', 'عنصران', 'امرأتان'), a
singular person ('قتل مدني': one), an ordinal or 'another' standing for one more person ('وإصابة
ثالث', 'وأصيب آخر'), a person with a possessive ('وأصيب شقيقه': one). 'امرأة وطفلها' is two. A
word that counts itself ('قتيلان', 'جثة') and a plural after its number ('ثلاثة قتلى') count too.
'ارتفاع حصيلة القتلى إلى سبعة' is a running total. The clause ends at a comma, another cue or a
word such as 'بينهم' (a part of the count: 'بينهم امرأتان' is not counted again).
"""

import re
from dataclasses import replace
from functools import lru_cache

from .arabic import SUFFIXES, fold, forms
from .text import data, digits

PLAIN, TOTAL = "plain", "total"
_BACKWARD_CUES = {"قتلي", "جرحي", "ضحايا", "شهداء",
                  "مصرعهم", "حتفهم", "مصرعه", "حتفه", "جثث", "مصرعهما", "حتفهما", "مصرعها",
                  "حتفها", "يتلقون", "يرقدون", "يتلقي", "تتلقي", "يتلقيان", "يرقد", "ترقد",  # 'ثلاثة آخرون يتلقون
                  # العلاج': the count before
                  # 'أربعة أشخاص بينهم امرأة أصيبوا', 'بأن جنديين قتلا': the plural or dual verb after its subject
                  "اصيبوا", "استشهدوا", "جرحوا", "قتلا", "استشهدا", "اغتيلا"}
_SUBJECT_VERBS = {"اصيبوا", "استشهدوا", "جرحوا", "قتلوا", "قتلا", "استشهدا", "اغتيلا", "اصيبا", "جرحا"}
_AMONG = {"بينهم", "منهم", "بينهما", "بينهن"}
_WINDOW = 10


@lru_cache(maxsize=None)
def _lists():
    raw = data("arabic_figures.json")
    return {
        "cues": {category: set(words) for category, words in raw["cues"].items()},
        "counted": raw["counted_nouns"],
        "persons": set(raw["persons"]),
        "duals": set(raw["duals"]) - set(raw["dual_needs_number"]),
        "all_duals": set(raw["duals"]),
        "numbers": raw["numbers"],
        "one_more": set(raw["one_more"]),
        "vague": raw["vague"],
        "units": set(raw["units_after"]),
        "stop": set(raw["stop"]),
        "totals": set(raw["totals"]),
        "total_nouns": {category: set(words) for category, words in raw["total_nouns"].items()},
        "none": raw["none_phrases"],
    }


def is_arabic_sentence(sentence):
    arabic = sum(1 for t in sentence.tokens if t.is_arabic)
    return arabic > len(sentence.tokens) / 2


def cue_category(word):
    lists = _lists()
    for form in forms(word):
        for category, words in lists["cues"].items():
            if form in words:
                return category
    return None


def _person(form):
    """Whether ``form`` is one person ('مدني', 'موظفا', 'شقيقه', 'طفلها', 'زوجته', 'والدهما': their father, one)."""
    persons = _lists()["persons"]
    if form in persons or (form.endswith("ا") and form[:-1] in persons):
        return True
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        stem = form[:-len(suffix)]
        if form.endswith(suffix) and (stem in persons or (stem.endswith("ت") and stem[:-1] + "ه" in persons)):
            return True
    return False


def _dual(form):
    """'جنديين', 'عنصران', 'امرأتان', 'مزارعان', 'راعيي' (but not 'مزارعين', as often a plural; nor 'رجلا', a man in
    the accusative: the dual in 'ا' comes with a pronoun, see _dual_with_pronoun)."""
    if form.endswith("يي") and form[:-1] in _lists()["duals"]:
        return True  # the dual before its noun, 'ن' dropped: 'راعيي أغنام', 'شرطيي المرور' (no one noun ends 'يي')
    for ending in ("ين", "ان"):
        duals = _lists()["all_duals"] if ending == "ان" else _lists()["duals"]
        if form.endswith(ending) and len(form) > len(ending) + 1:
            stem = form[:-len(ending)]
            if stem in duals or (stem.endswith("ت") and stem[:-1] + "ه" in duals):
                return True
    return False


def _dual_with_pronoun(form):
    """'طفلاها' (her two children), 'نجلاه' (his two sons), 'وطفليه' (and his two children)."""
    for suffix in ("هما", "ها", "هم", "ه"):
        stem = form[:-len(suffix)]
        if form.endswith(suffix) and stem.endswith(("ا", "ي")) and len(stem) > 2 and _dual(stem + "ن"):
            return True
    return False


def count_at(tokens, index):
    """(value, last token index, note) of the count starting at ``index``, or None."""
    lists = _lists()
    text = digits(tokens[index].text)
    following = fold(tokens[index + 1].text) if index + 1 < len(tokens) else ""
    if following == ")" and index > 0 and tokens[index - 1].text == "(":  # '(٤) إرهابيين': the count in brackets
        following = fold(tokens[index + 2].text) if index + 2 < len(tokens) else ""
    if text.isdigit():
        if following in lists["units"] or int(text) >= 1900:
            return None
        return int(text), index, ""
    for form in forms(tokens[index].text):
        if form in _ONE_OF_THEM:  # 'ما أسفر عن مقتل أحدهم'
            return 1, index, ""
        if form in lists["numbers"] and form in forms(tokens[index].text, article=False):  # not الاثنين, الأحد
            value, last = lists["numbers"][form], index
            if following in ("عشر", "عشره") and value < 10:
                value, last = value + 10, index + 1  # ثلاثة عشر
            elif following.startswith("و") and lists["numbers"].get(following[1:], 0) >= 20:
                value, last = value + lists["numbers"][following[1:]], index + 1  # خمسة وعشرون
            after = fold(tokens[last + 1].text) if last + 1 < len(tokens) else ""
            if after in lists["units"]:
                return None
            return value, last, ""
        if form in lists["numbers"]:
            if following in _THE_OTHERS:  # 'وإصابة الاثنين الآخرين', 'الثلاثة الباقين': the rest, counted
                return lists["numbers"][form], index + 1, ""
            continue
        if form in lists["vague"]:
            entry = lists["vague"][form]
            return entry["value"], index, f"'{tokens[index].text}' = {entry['value']} ({entry['source']})"
        if form in lists["one_more"] or (form.endswith("ا") and form[:-1] in lists["one_more"]):  # 'ثالثاً'
            return 1, index, ""
        if _dual(form) or _dual_with_pronoun(form):
            last = index + 1 if following in ("اثنين", "اثنان", "اثنتين", "اثنتان") else index
            return 2, last, ""
        if _person(form):
            if index > 0 and fold(tokens[index - 1].text) in _CLOTHING:
                return None  # 'يرتدون زياً عسكرياً': the uniform's adjective, nobody counted
            return 1, index, ""
    return None


_THE_OTHERS = {"الاخرين", "الاخران", "الاخريين", "الاخريات", "الباقين", "الباقيين", "الباقون"}
_ONE_OF_THEM = {"احدهم", "احدهما", "احداهن", "احداهما", "احدهن"}
_CLOTHING = {"زي", "زيا", "بزي", "الزي", "ملابس", "بملابس", "لباس", "بلباس", "بزات", "ببزات"}


def _and_person(tokens, index):
    """See _and_person_near; or his kin past what he is of ('مختار قرية البو حمدان ونجله')."""
    return _and_person_near(tokens, index) or _and_his_kin(tokens, index)


def _and_person_near(tokens, index):
    """'وطفلها' (one) or 'وطفلاها' (two) after a count, past one adjective ('امرأة إيزيدية وطفلاها') or the noun
    a person is the one of ('صاحب المنزل وزوجته', 'سائق الشاحنة ونجله', 'مختار قرية كنعان وابنه'): (how many
    more, the last token index), or None."""
    # 'ضابط في الجيش العراقي وجندي', 'منتسب في الشرطة الاتحادية وشقيقه': past what the person is of
    if index + 2 < len(tokens) and fold(tokens[index].text) in ("في", "من") \
            and fold(tokens[index + 1].text).startswith("ال"):
        index += 2 if fold(tokens[index + 2].text).startswith("و") else 3
    for position in (index, index + 1, index + 2):
        if position >= len(tokens):
            return None
        word = fold(tokens[position].text)
        if position == index + 2 and fold(tokens[index].text) not in _PLACE_KINDS:
            return None  # 'مختار قرية كنعان وابنه': the place the person is of, told by its kind and name
        if _ONE_OF.fullmatch(tokens[position].text) and position + 1 < len(tokens) \
                and tokens[position + 1].text[:1].isalnum() and fold(tokens[position + 1].text) not in ("عشر", "عشره"):
            return 1, position + 1  # 'وأصيب شقيقه وأحد المارة', 'سائق الشاحنة وأحد مرافقيه': one of a kind, one more
        if word.startswith("و") and len(word) > 2 and cue_category(word) is None:
            rest = word[1:]
            for suffix in ("", "ها", "ه", "هم"):
                stem = rest[:-len(suffix)] if suffix and rest.endswith(suffix) else rest
                if suffix and not rest.endswith(suffix):
                    continue
                if _dual(stem) or (stem.endswith("ا") and _dual(stem + "ن")) or _dual_with_pronoun(stem):
                    return 2, position
            return (1, position) if _person(rest) else None
        named = position == index + 1 and fold(tokens[index].text) in _PLACE_KINDS  # 'كنعان' in 'قرية كنعان'
        if not word.endswith(("ي", "يه")) and not word.startswith("ال") and word not in _PLACE_KINDS and not named:
            return None  # 'إيزيدية', 'المنزل', 'قرية كنعان' between
    return None


_KIN_REACH = 6


def _and_his_kin(tokens, index):
    """'ونجله' (and his son), 'وطفليه' (and his two children) a few words after a person, past what he is of ('مختار
    قرية البو حمدان ونجله', 'موظفاً في شركة نفط الشمال وزوجته'): (how many more, the token index), or None. The
    pronoun ties the kin to the person counted."""
    for position in range(index, min(len(tokens), index + _KIN_REACH)):
        word = fold(tokens[position].text)
        if not tokens[position].text[:1].isalnum() or cue_category(word) is not None:
            return None
        if word.startswith("و") and len(word) > 3:
            rest = word[1:]
            if _dual_with_pronoun(rest):
                return 2, position
            own = next((suffix for suffix in ("ها", "ه") if rest.endswith(suffix)), None)
            return (1, position) if own and _person(rest) else None
        if count_at(tokens, position):
            return None
    return None


_ONE_OF = re.compile(r"و[أإ]حد[ىي]?")  # with its hamza: not 'واحد' (one), told after a person ('شخص واحد')
_PLACE_KINDS = {"قريه", "ناحيه", "منطقه", "حي", "بلده", "مدينه", "قضاء"}


def _and_number(tokens, index):
    """'وثلاثة' after a count, past a short phrase ('مقتل قيادي في داعش وثلاثة من مرافقيه'; past a longer one, or a
    title in quotes, only 'وثلاثة من': 'مقتل «والي كركوك» في تنظيم داعش وثلاثة من مرافقيه'): (how many more, the last
    token index), or None."""
    numbers = _lists()["numbers"]
    for position in range(index, min(len(tokens), index + 7)):
        word = fold(tokens[position].text)
        if tokens[position].text in _QUOTES:
            continue
        if not word[:1].isalnum() or cue_category(word) is not None:
            return None
        if word.startswith("و") and numbers.get(word[1:], 0) > 1 and (
                position < index + 3 or (position + 1 < len(tokens) and fold(tokens[position + 1].text) == "من")):
            return numbers[word[1:]], position
    return None


def _self_count(word, category):
    """'قتيلان', 'جثة': the count the word gives; not with the article ('عائلة الضحية', 'الجثة': one told before)."""
    counted = _lists()["counted"].get(category, {})
    for form in forms(word):
        if form in counted:
            return None if fold(word).endswith("ال" + form) or fold(word).endswith("لل" + form[1:]) else counted[form]
    return None


def _counted_category(word):
    """The category of a noun that counts itself ('جريحين', 'قتيلان'), or None."""
    return next((category for category in _lists()["counted"] if _self_count(word, category)), None)


_WAS = {"كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "كانا", "وكانا"}
_LOST = {"فقدت", "فقدوا", "تفقد", "يفقد"}
_MEMBERS = ("عناصر", "مقاتلي", "جنود", "منتسبي", "افراد", "ابناء", "عنصر", "مقاتل", "جندي", "منتسب")


def _joined_before(tokens, index):
    """(value, index) of a person joined by و to the count at ``index``, at most three words before it, no cue between
    ('ضابطاً برتبة نقيب وجنديين استشهدوا', 'مدني وثلاثة جنود أصيبوا'), or None."""
    if not fold(tokens[index].text).startswith("و") or cue_category(tokens[index].text) is not None:
        return None
    for position in range(index - 1, max(-1, index - 4), -1):
        if not tokens[position].text[:1].isalnum() or cue_category(tokens[position].text) is not None \
                or fold(tokens[position].text) in _AMONG:
            return None
        count = count_at(tokens, position)
        if count is not None and count[1] < index:
            counted = position > 0 and (cue_category(tokens[position - 1].text) is not None
                                        or _counted_category(tokens[position - 1].text) is not None
                                        or any(f in _BODIES for f in forms(tokens[position - 1].text)))
            return None if counted else (count[0], position)
    return None


def _lost_members(tokens, index, make):
    """'فقدت البيشمركة أحد عناصرها', 'قد فقد الحشد الشهر الماضي ثلاثة من مقاتليه': a force that lost members (its
    dead); a Mention of the count, or None ('فقدت الاتصال', 'فقد أثره': no count of members)."""
    verb = fold(tokens[index].text).lstrip("و")
    if not (verb in _LOST or (verb == "فقد" and index > 0 and fold(tokens[index - 1].text).lstrip("و") == "قد")):
        return None
    for position in range(index + 1, min(len(tokens), index + 5)):
        count = count_at(tokens, position)
        if count is None:
            if not tokens[position].text[:1].isalnum() or cue_category(tokens[position].text) is not None:
                return None
            continue
        if count[1] == position and fold(tokens[position].text).startswith(_MEMBERS):
            return make("fatalities", count[0], PLAIN, position, position, count[2])  # 'فقدت مقاتلاً', 'عنصرين'
        noun = count[1] + 1
        if noun < len(tokens) and fold(tokens[noun].text) == "من":
            noun += 1
        if noun < len(tokens) and fold(tokens[noun].text).startswith(_MEMBERS):
            return make("fatalities", count[0], PLAIN, position, noun, count[2])
        return None
    return None


# 'أرداه', 'وأردوه', 'فأردته', 'أردوهما': left him (her, them) — a person told before, with 'قتيلاً' after it
_LEFT_HIM = re.compile(r"^[وف]?(?:ارد|يرد|ترد)[اوتي]*(?:ه|ها|هما|هم)$")


def _counted_before(mentions, category):
    """Whether 'إصابته' or 'مقتله' may stand for someone counted before: one of the kind, or of the dead (the
    wounds of the dead: 'توفي متأثراً بإصابته')."""
    return any(m.category == category or (category == "wounded" and m.category == "fatalities") for m in mentions)


# 'طفل اختطفه مجهولون', 'راعٍ اختطفته عصابة': the child, the shepherd, one
_SUFFIX_STEMS = {"abducted": ("اختطاف", "خطف", "اختطفو", "خطفو", "اختطف", "اختطفت", "خطفت"),
                 "fatalities": ("قتل", "استشهاد", "اغتيال", "جثت"),
                 "wounded": ("اصابت",)}


def _suffix_count(word, category):
    """'اختطافه' (his abduction): one; 'اختطافهما': two; 'عن إصابته بجروح', 'عن مقتلهما', 'تمكنت من قتله' too."""
    folded = fold(word)
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if (folded.endswith(suffix) and SUFFIXES[suffix]
                and folded[:-len(suffix)].endswith(_SUFFIX_STEMS.get(category, ()))):
            return SUFFIXES[suffix]
    return None


def _total(tokens, index, make):
    """'ارتفاع حصيلة القتلى إلى سبعة' at ``index``: a TOTAL mention, or None."""
    lists = _lists()
    category = next((c for back in range(max(0, index - 2), index) for c, words in lists["total_nouns"].items()
                     if any(f in words for f in forms(fold(tokens[back].text)))), None)  # 'إن عدد القتلى ارتفع إلى'
    for position in range(index + 1, min(len(tokens), index + 7)):
        word = fold(tokens[position].text)
        if category is None:
            category = next((c for c, words in lists["total_nouns"].items() if any(f in words for f in forms(word))),
                            None)
            continue
        if word in ("الي", "لتصل", "ليصل"):
            count = count_at(tokens, position + 1) if position + 1 < len(tokens) else None
            if count:
                return make(category, count[0], TOTAL, index, count[1], count[2])
            return None
    return None


# 'وكانت حصيلة أولية قد أشارت إلى مقتل اثنين', 'إن الحصيلة الأولية كانت قتيلاً واحداً': figures the report says were
# replaced; and 'في حصيلة سابقة', 'الأرقام الأولية'
# (told in the past: 'أسفر عن سقوط 4 شهداء في حصيلة أولية' is the toll as it stands)
_INITIAL = r"(?:ال)?(?:حصيله|ارقام|احصائيه|معلومات)\s+(?:ال)?(?:اوليه|سابقه|اولي)(?!\w)"
_SUPERSEDED = re.compile(r"(?<!\w)[وف]?كان(?:ت)?\s+(?:\S+\s+){0,2}?" + _INITIAL
                         + r"|(?<!\w)" + _INITIAL + r"\s+(?:\S+\s+){0,1}?(?:كانت|كان|قد)(?!\w)")


def sentence_mentions(sentence, make, make_more):
    """Figures of an Arabic sentence; ``make(category, value, kind, first, last, note)`` builds a Mention,
    ``make_more(mention)`` the same mention as one more count. A sentence telling an initial toll ('حصيلة أولية')
    gives none: the report's later figures replace it."""
    lists = _lists()
    tokens = sentence.tokens
    mentions = []
    index = 0
    while index < len(tokens):
        word = fold(tokens[index].text)
        if word in lists["totals"] or any(f in lists["totals"] for f in forms(word)):
            total = _total(tokens, index, make)
            if total is not None:
                mentions.append(total)
                index += 1
                continue
        everyone = _all_of_them(tokens, index, make)  # 'عجلة تقل ثلاثة أشخاص ... ما أدى إلى مقتلهم جميعاً'
        if everyone is not None:
            mentions.append(everyone)
            index += 2
            continue
        lost = _lost_members(tokens, index, make)  # 'وكانت البيشمركة قد فقدت الشهر الماضي أحد عناصرها'
        if lost is not None:
            mentions.append(lost)
            index += 1
            continue
        category = cue_category(tokens[index].text) or _counted_category(tokens[index].text)
        if category is None or _negated(tokens, index):  # 'إصابة أربعة دون قتلى', 'لا صحة للأنباء عن مقتل عنصرين'
            index += 1
            continue
        if category == "wounded" and _wounds_of_a_body(tokens, index):  # 'جثة رجل مصاباً بطلقات نارية'
            index += 1
            continue
        if _joined_cue(tokens, index, category):  # 'مقتل وإصابة ٥ أشخاص': how many of each is not told
            index += 2
            continue
        if index > 0 and _LEFT_HIM.match(fold(tokens[index - 1].text)) and _counted_before(mentions, category):
            index += 1  # 'اغتيال مختار القرية ... وأردوه قتيلاً': the man counted before, left dead
            continue
        own = _self_count(tokens[index].text, category) or (  # a pronoun for someone counted before: not again
            _suffix_count(tokens[index].text, category) if not _counted_before(mentions, category) else None)
        if not own and _suffix_count(tokens[index].text, category) and not _with_company(tokens, index):
            index += 1  # 'جثتي شقيقين ...، من دون أن يحدد موعد مقتلهما': those counted before, no count after
            continue
        counted = count_at(tokens, index - 1) if own == 1 and index > 0 else None
        if counted and counted[1] == index - 1 and counted[0] > 10:  # '١٢ جريحاً': a count of 11 to 99 takes
            mentions.append(make(category, counted[0], PLAIN, index - 1, index, counted[2]))  # the singular
            index += 1
            continue
        if own:
            company = _with_company(tokens, index)  # 'ما أسفر عن مقتله مع مرافقه': his companion too
            last = company[1] if company else index
            mentions.append(make(category, own + (company[0] if company else 0), PLAIN, index, last, ""))
            index += 1
            continue
        if _the_counted(tokens[index].text):  # 'وقد نقل الجرحى إلى المستشفى': those counted before
            index += 1
            continue
        after_qad = index > 0 and fold(tokens[index - 1].text) == "قد"  # 'وكان شقيقه قد قتل'
        if after_qad or any(f in _BACKWARD_CUES for f in forms(tokens[index].text)):
            found = None
            among = [p for p in range(max(0, index - 4), index) if fold(tokens[p].text) in _AMONG]
            last_back = among[0] - 1 if among else index - 1  # 'أربعة أشخاص بينهم امرأة': the count before بينهم
            was = next((p for p in range(index - 2, max(-1, index - 12), -1)
                        if fold(tokens[p].text) in _WAS), None) if after_qad else None
            # ... 'وكان عنصران من وحدات مقاومة سنجار قد قتلا', 'وكان ثلاثة من عناصر الفوج الثاني في اللواء الخامس قد
            # قتلوا': the subject's count first after كان, then back from the verb
            # ('لقي ثلاثة من عناصر البيشمركة حتفهم')
            subject = list(range(was + 1, last_back + 1)) if was is not None else []
            for back in subject + list(range(last_back, max(-1, index - 6), -1)):
                count = count_at(tokens, back)
                if count and count[1] < index:
                    joined = _joined_before(tokens, back) if after_qad or any(
                        f in _SUBJECT_VERBS for f in forms(tokens[index].text)) else None
                    # 'ضابطاً برتبة نقيب وجنديين استشهدوا': three (not 'جثتي شخصين وثلاثة جرحى': the dead apart)
                    first = joined[1] if joined else back
                    found = make(category, count[0] + (joined[0] if joined else 0), PLAIN, first, index, count[2])
                    break
            if found is None and after_qad:  # 'جثة شاب من المكون الشبكي، كان قد اختُطف مساء الأحد': who had been
                found = _described_before(tokens, index, category, make)
            if found is None and was is not None:  # 'تحرير ستة ... كان إرهابيو داعش قد اختطفوهم': whom they had taken
                found = _object_described_before(tokens, index, was, category, make)
            if found is None and not after_qad:  # 'أن "شخصاً ثالثاً كان قرب السيارة لا يزال يتلقى العلاج"'
                found = _subject_after_that(tokens, index, category, make)
            if found is not None or not after_qad:  # 'وكان مسلحون قد اختطفوا مزارعين اثنين': the count after
                mentions += [found] if found is not None else []
                index += 1
                continue
        found = _forward(tokens, index, category, make) or _subject_after_that(tokens, index, category, make) \
            or _freed_who_was_taken(tokens, index, category, make)
        if found is None and index > 0 and fold(tokens[index].text).endswith(("هم", "هما")):
            found = _object_described_before(tokens, index, index, category, make)  # 'ثلاثة رعاة اختطفهم مسلحون'
        if found is not None and _owner_of_the_body(tokens, found, mentions):
            found = None  # 'العثور على جثة مجهولة الهوية ...، مبيناً أن توقيت مقتل صاحبها لم يعرف': the body's person
        if found is not None:
            mentions.append(make_more(found) if _others_after(tokens, found.end) else found)
        index += 1
    # 'استشهاد ضابط ... ومقتل مدنيين اثنين': in one Arabic sentence, a second count of the same kind adds
    seen, result = set(), []
    for mention in mentions:
        if mention.kind == PLAIN and seen == {mention.category} and _the_person_told(tokens, mention):
            continue  # 'تحرير مواطن ... بخطفه، مبينة أن المواطن اختُطف': the citizen counted before, not one more
            # (but 'وأصيب شقيقه ...، قبل أن يفارق الشقيق الحياة': one of the wounded, now one more dead)
        if mention.kind == PLAIN and mention.category in seen:
            mention = make_more(mention)
        seen.add(mention.category)
        result.append(mention)
    result = _still_treated(sentence, _risen_to(sentence, [m for m in result if not _over_a_period(sentence, m)]))
    if not any(m.category == "wounded" for m in result):
        result += _taken_to_hospital(tokens, make)
    superseded = _SUPERSEDED.search(fold(sentence.text))
    if superseded:  # only the wounded still treated, as they are now, and the toll risen to before the initial one
        # was told ('ارتفاع حصيلة التفجير إلى أربعة قتلى وسبعة جرحى، بعد أن كانت الحصيلة الأولية قتيلين')
        replaced_from = sentence.start + superseded.start()
        return [m for m in result if m.kind == TOTAL and (
            (m.category == "wounded" and _STILL.search(fold(sentence.text)))
            or (m.end <= replaced_from and _RISEN.search(fold(sentence.text)[:superseded.start()])))]
    return result


def _the_person_told(tokens, mention):
    """Whether ``mention`` counts one person by a definite noun ('المواطن', 'الطفل', 'والشاب'): someone told before,
    by the same noun (not 'مقتل مدني' nor 'الاثنين الآخرين': no article, or a number)."""
    if mention.value != 1:
        return False
    for token in tokens:
        if token.start < mention.start or cue_category(token.text) is not None:
            continue
        if token.start >= mention.end:
            return False
        count = count_at(tokens, tokens.index(token))
        if count is not None:
            word = fold(token.text)
            bare = word[1:] if word.startswith(("و", "ف")) else word
            return bare.startswith("ال") and _person(bare[2:]) and not _is_number(token.text)
    return False


_MARKS = re.compile(r"[\u064B-\u0652]")
_TAKEN = {"نقل", "ونقل", "نقلت", "ونقلت"}
_HOSPITAL = {"مستشفي", "المستشفي", "مستشفيات", "المستشفيات", "لمستشفي", "للمستشفي"}


def _taken_to_hospital(tokens, make):
    """'نُقل ثلاثة من عناصر الشرطة إلى المستشفى': the people taken to hospital, wounded (not 'نُقلت جثتا القتيلين إلى
    المستشفى', nor the wounded counted before)."""
    for index, token in enumerate(tokens[:-2]):
        if _MARKS.sub("", fold(token.text)) not in _TAKEN:
            continue
        count = count_at(tokens, index + 1)
        if count is None or cue_category(tokens[index + 1].text) is not None \
                or any(f in _BODIES for f in forms(tokens[index + 1].text)):
            continue
        for position in range(count[1] + 1, min(len(tokens), count[1] + 8)):
            words = forms(tokens[position].text)
            if not tokens[position].text[:1].isalnum() or cue_category(tokens[position].text) is not None:
                break
            if any(f in _HOSPITAL for f in words):
                return [make("wounded", count[0], PLAIN, index, count[1], count[2])]
    return []


# 'فيما لا يزال سبعة جرحى يتلقون العلاج', 'وما زال ثلاثة منهم يرقدون في المستشفى': the wounded as they are now
_STILL = re.compile(r"(?<!\w)[وف]?(?:لا|ما)\s+(?:يزال|يزالون|زال|زالوا|تزال)\s+(?:\S+\s+){1,3}?"
                    r"(?:يتلقون|يتلقي|يتلقيان|يرقدون|يرقد|يرقدان|في\s+المستشفي)(?!\w)")


def tells_replaced_toll(text):
    """Whether a sentence tells an initial toll the report says was replaced ('وكانت حصيلة أولية أشارت')."""
    return _SUPERSEDED.search(fold(text)) is not None


def _still_treated(sentence, mentions):
    """The counts of the wounded still treated are their total ('وإصابة تسعة آخرين، فيما لا يزال سبعة جرحى يتلقون
    العلاج': 7, two of the nine died)."""
    for still in _STILL.finditer(fold(sentence.text)):
        start, end = sentence.start + still.start(), sentence.start + still.end()
        mentions = [replace(m, kind=TOTAL) if m.category == "wounded" and start <= m.start < end else m
                    for m in mentions]
    return mentions


# 'أسفر القصف منذ بداية العام عن مقتل 12 مدنياً': a count over a period is a sum of several incidents, none of them
_PERIOD = re.compile(r"(?<![\w])(?:منذ\s+(?:بدايه|مطلع|اول|اوائل)\s+(?:العام|السنه|الشهر|الاسبوع|هذا\s+العام|عام)"
                     r"|منذ\s+(?:بدايه|مطلع)\s+(?:\d{4}|شهر)"
                     r"|(?:خلال|طيله|طوال)\s+(?:العام|السنه|الشهر|الاشهر|الاسابيع|الاسبوع)\s+(?:الماضي|الماضيه|الجاري|الحالي|المنصرم)"
                     # ... and a sum over incidents told one by one ('قتل ثلاثة أشخاص في حادثين منفصلين')
                     r"|في\s+(?:حادثين|حادثتين|هجومين|هجمتين|تفجيرين|انفجارين|(?:ثلاث|ثلاثه|اربع|اربعه)\s+حوادث))"
                     r"(?![\w])")


def _over_a_period(sentence, mention):
    """Whether the clause of ``mention`` (between commas, stops or 'و' opening a new verb) counts over a period."""
    offset = sentence.start
    text = fold(sentence.text)
    low = max(text.rfind(mark, 0, mention.start - offset) for mark in ("،", ",", ".", "؛", ":"))  # after a heading
    highs = [at for at in (text.find(mark, mention.end - offset) for mark in ("،", ",", ".", "؛")) if at >= 0]
    clause = text[low + 1:min(highs) if highs else len(text)]
    return _PERIOD.search(clause) is not None or counts_over_a_period(sentence.text)


def counts_over_a_period(text):
    """'ومنذ مطلع العام الحالي، قتل 15 مدنياً', 'وخلال الشهر الماضي، قتل سبعة رعاة': a sentence opening with a period
    counts a sum of incidents, none of them (but 'خلال الأسبوع الماضي: أصيب مدنيان بقصف ...': the heading of the
    incidents told after its colon, each one of its own)."""
    folded = fold(text).lstrip(" وف")
    found = _PERIOD.match(folded)
    return found is not None and not folded[found.end():].lstrip().startswith(":")


_OTHERS = {"اخر", "اخرين", "اخرون", "اخران", "اخرا", "اخري", "اخريات"}


def _others_after(tokens, end):
    """Whether the count ending at offset ``end`` is of others ('وأصيب ثلاثة آخرون', 'فيما توفي جندي آخر'): more people
    than those counted before."""
    following = next((t for t in tokens if t.start >= end), None)
    return following is not None and fold(following.text) in _OTHERS


_WITHOUT = {"دون", "بدون", "بلا", "ولا", "لا"}
_ATTEMPT = {"محاوله", "محاولات", "محاولتي", "محاولتين"}
_DENIED = re.compile(r"(?<!\w)(?:لا\s+صحه|[وف]?(?:نفي|نفت|ينفي|تنفي|نافيا|نافيه)(?!\w)|عار\s+عن\s+الصحه)")


def _negated(tokens, index):
    """Whether the cue at ``index`` is told as not so: right after 'دون' ('إصابة أربعة دون قتلى'), or within a few words
    after a denial ('لا صحة للأنباء عن مقتل عنصرين', 'نفت الشرطة مقتل')."""
    previous = forms(tokens[index - 1].text) if index > 0 else []
    if previous and (previous[0] in _WITHOUT or any(f in _ATTEMPT for f in previous)):
        return True  # ... or right after 'محاولة' ('نجا من محاولة اغتيال': an attempt, nobody killed)
    if previous and previous[0] in _HAPPENING and index > 1 and forms(tokens[index - 2].text)[0] in _WITHOUT:
        return True  # 'دون وقوع قتلى', 'دون سقوط ضحايا': 'without' with the happening between
    before = " ".join(fold(t.text) for t in tokens[max(0, index - 5):index])
    if _DENIED.search(before):
        return True
    # 'نافياً ما ورد في بيان التنظيم بشأن "مقتل عشرة جنود"': the claim denied, further back in the same clause; also
    # past a date between commas when the claim is told in the clause of the count ('نفت الخلية، اليوم الاثنين، ما
    # تداولته مواقع عن اختطاف أربعة جنود'; not '..., مؤكدة مقتل اثنين')
    claimed = False
    for back in range(index - 1, max(-1, index - _DENIAL_REACH), -1):
        word = fold(tokens[back].text)
        if word in (".", "؛", ";") or cue_category(tokens[back].text) is not None:
            return False
        if word in ("،", ","):
            if not claimed:
                return False
            continue
        claimed = claimed or word in _CLAIMED
        if _DENIED.fullmatch(word) and claimed:
            return True
    return False


_DENIAL_REACH = 18
_HAPPENING = {"وقوع", "سقوط", "تسجيل"}
_CLAIMED = {"ورد", "اورده", "اوردته", "اعلنه", "اعلنته", "تداولته", "تداول", "تناقلته", "بشان", "انباء", "الانباء",
            "مزاعم", "ادعاءات", "ادعاء", "الانباء", "انباء", "تقارير", "التقارير"}


_THE_COUNTED = {"القتلي", "الجرحي", "الضحايا", "الشهداء", "المصابين", "المصابون", "الجثث", "المختطفين",
                "المختطفون"}


def _the_counted(word):
    """'الجرحى', 'والقتلى', 'للضحايا': the people counted before, with the article; no count of their own."""
    return any(f in _THE_COUNTED for f in forms(word)) and "ال" in fold(word)[:4]


_OWNERS = {"صاحبها", "صاحبه", "صاحبتها", "صاحبيها", "اصحابها"}


def _owner_of_the_body(tokens, found, mentions):
    """Whether the count ``found`` is the owner of a body counted before in the sentence ('مقتل صاحبها')."""
    last = next((t for t in reversed(tokens) if t.end <= found.end), None)
    return last is not None and any(f in _OWNERS for f in forms(last.text)) and any(
        m.category == "fatalities" and any(f in _BODIES for f in forms(t.text))
        for m in mentions for t in tokens if m.start <= t.start < m.end)


def _described_before(tokens, index, category, make):
    """'عُثر على جثة شاب من المكون الشبكي، كان قد اختُطف مساء الأحد': the person a clause 'كان قد' right after a comma
    tells of, counted before the comma (a few words back), or None."""
    if index < 3 or fold(tokens[index - 2].text).lstrip("وف") not in ("كان", "كانت", "كانوا", "كانا"):
        return None
    if tokens[index - 3].text not in ("،", ","):
        return _body_described_before(tokens, index, category, make) or _part_described_before(tokens, index, category,
                                                                                                 make)
    for back in range(index - 4, max(-1, index - 9), -1):
        if not tokens[back].text[:1].isalnum() or cue_category(tokens[back].text) is not None:
            return None
        count = count_at(tokens, back)
        if count and count[1] < index - 3:
            return make(category, count[0], PLAIN, back, index, count[2])
    return None


def _object_described_before(tokens, index, was, category, make):
    """'تحرير ستة من جامعي الكمأ كان إرهابيو داعش قد اختطفوهم', 'العثور على جثة راعٍ كان مسلحون قد خطفوه': the people a
    clause 'كان (its subject) قد (verb with its object pronoun)' tells of, counted right before 'كان' (a few words
    back, no comma nor cue between), or None."""
    folded = fold(tokens[index].text)
    if not any(folded.endswith(suffix) and folded[:-len(suffix)].endswith(_SUFFIX_STEMS.get(category, ()))
               for suffix in ("هم", "هما", "ه", "ها", "هن")):
        return None
    for back in range(was - 1, max(-1, was - 8), -1):
        if not tokens[back].text[:1].isalnum() or cue_category(tokens[back].text) is not None:
            return None
        count = count_at(tokens, back)
        if count and count[1] < was:
            return make(category, count[0], PLAIN, back, index, count[2])
    return None


_FREED = {"تحرير", "وتحرير", "بتحرير", "سراح", "عن", "انقاذ", "وانقاذ", "بانقاذ"}  # 'إطلاق سراح', 'الإفراج عن'


def _freed_who_was_taken(tokens, index, category, make):
    """'تحرير مواطن اختُطف مساء الإثنين', 'الإفراج عن شابين خُطفا': the person freed, counted right before the
    passive verb (without its object pronoun: 'تحرير مواطن اختطفه مسلحون' is told elsewhere), or None."""
    verb = fold(tokens[index].text)
    if category != "abducted" or index < 2 or fold(tokens[index - 2].text) not in _FREED \
            or not verb.startswith(("اختطف", "خطف")) or verb.endswith(("ه", "ها", "هم", "هما")):
        return None  # 'تحرير مواطن مختطف': the freeing told, the abduction told elsewhere (or not at all)
    count = count_at(tokens, index - 1)
    return make(category, count[0], PLAIN, index - 1, index, count[2]) if count and count[1] == index - 1 else None


def _body_described_before(tokens, index, category, make):
    """'عُثر على جثة شاب من أهالي قضاء داقوق كان قد اختُطف مساء الخميس': the person of a body found, told a few
    words back with no comma, whom the clause 'كان قد' tells of; the count of the body ('جثة' one, 'جثتي' two), or
    None."""
    for back in range(index - 3, max(-1, index - 10), -1):
        if fold(tokens[back].text) in _BODIES:  # the body's count, or its person's ('جثة شاب', 'جثتي شقيقين')
            count = count_at(tokens, back) or (count_at(tokens, back + 1) if back + 1 < index else None)
            return make(category, count[0], PLAIN, back, index, count[2]) if count else None
        if not tokens[back].text[:1].isalnum() or cue_category(tokens[back].text) is not None:
            return None
    return None


def _part_described_before(tokens, index, category, make):
    """'تحرير ستة من جامعي الكمأ كانوا قد اختُطفوا': a count of some of a group ('ستة من ...'), a few words back with
    no comma, whom the clause 'كان قد' tells of, or None."""
    for back in range(index - 4, max(-1, index - 9), -1):
        if not tokens[back].text[:1].isalnum() or cue_category(tokens[back].text) is not None:
            return None
        count = count_at(tokens, back)
        if count and count[1] + 1 < index - 2 and fold(tokens[count[1] + 1].text) == "من":
            return make(category, count[0], PLAIN, back, index, count[2])
    return None


_THAT = {"ان", "بان", "لان"}
_QUOTES = {'"', "«", "»", "“", "”", "'", "«"}
_SUBJECT_REACH = 12


def _subject_after_that(tokens, index, category, make):
    """'ذكر مصدر أن راعياً قُتل', 'أفاد بأن جنديين أصيبا', 'مبيناً أن "أحد مقاتلي الحشد أصيب"', 'أن "شخصاً ثالثاً
    كان قرب السيارة لحظة الانفجار لا يزال يتلقى العلاج"': after 'أن' the subject comes before its verb, however
    long the words between; the count right after 'أن' (past a quotation mark), when no comma, stop or other cue lies
    between it and the verb; or None."""
    for that in range(index - 1, max(-1, index - _SUBJECT_REACH - 1), -1):
        word = fold(tokens[that].text)
        if word in _THAT:
            first = that + 1
            while first < index and tokens[first].text in _QUOTES:
                first += 1
            count = count_at(tokens, first) if first < index else None
            if count is not None and count[1] < index:
                return make(category, count[0], PLAIN, first, index, count[2])
            return None
        if tokens[that].text in _QUOTES:
            continue
        if not tokens[that].text[:1].isalnum() or cue_category(tokens[that].text) is not None \
                or word in ("ما", "مما"):
            return None
    return None


_ENEMY = {"داعش", "ارهابي", "ارهابيين", "ارهابيون", "ارهابيه", "مسلحين", "مسلحون", "مسلحي", "مهاجمين", "مهاجمون",
          "تنظيم",
          "خليه", "خلايا"}


def enemy_before(tokens, first):
    """Whether the armed group or its fighters are named in the clause before ``first`` ('اشتبكت مع مجموعة من عناصر
    داعش الإرهابية، وتمكنت من قتل أربعة منهم': the four are the group's)."""
    return any(f in _ENEMY for t in tokens[max(0, first - 12):first] for f in forms(t.text))


def side_of_count(tokens, first, last, side_of):
    """The side ('civilians', 'security', 'attackers', 'people' or None) of the people a count from token ``first``
    to ``last`` counts: an armed group's fighters ('اثنين من مسلحي داعش'); the first side noun after the cue; for 'N
    منهم' (N of them), the side of whom they are of ('اشتبكت مع عناصر داعش وقتلت أربعة منهم': the group's)."""
    if of_the_group(tokens, last):
        return "attackers"
    side = next((side_of(fold(t.text)) for t in tokens[first + 1:last + 4] if side_of(fold(t.text))), None)
    if side is None and of_them(tokens, last):
        before = tokens[max(0, first - 12):first]
        side = "attackers" if enemy_before(tokens, first) else next(
            (side_of(fold(t.text)) for t in reversed(before) if side_of(fold(t.text))), None)
    return side


def of_the_group(tokens, last):
    """Whether the count ending at ``last`` is of an armed group's fighters: 'اثنين من مسلحي داعش', 'ثلاثة من عناصر
    التنظيم' (not 'جنديين بهجوم لداعش': the group struck them)."""
    if last + 2 >= len(tokens) or fold(tokens[last + 1].text) != "من":
        return False
    return any(f in _ENEMY for t in tokens[last + 2:last + 4] for f in forms(t.text))


def of_them(tokens, last):
    """Whether the count ending at ``last`` is 'of them' ('قتل أربعة منهم'): people named before it."""
    return last + 1 < len(tokens) and fold(tokens[last + 1].text) in ("منهم", "منهن", "منهما")


# 'ارتفعت حصيلة الهجوم ... إلى أربعة قتلى وستة جرحى', '..., لترتفع حصيلة الحادث إلى قتيلين وجريح واحد': the counts
# right after 'إلى' are the new totals
# ... and 'إن الحصيلة ارتفعت إلى قتيلين', 'حصيلة الهجوم ارتفعت إلى ثلاثة قتلى': the toll named before the verb
# 'ارتفعت الحصيلة إلى', 'أفاد بارتفاع حصيلة الانفجار … إلى'
_RISEN = re.compile(r"(?:(?<![\w])(?:[وف]?|[وف]?ب(?=ارتفاع))(?:ل?[تي]رتفع|ارتفعت|ارتفع|ارتفاع|وصلت|وصل|بلغت|بلغ)"
                    r"\s+(?:\S+\s+)?"
                    r"(?:ال)?(?:حصيله|عدد)(?![\w])"
                    # (past the event's relative clause: 'حصيلة الهجوم الذي استهدف مقر الفوج يوم الثلاثاء ارتفعت')
                    r"|(?<![\w])(?:ال)?حصيله\s+(?:(?:\S+\s+){0,3}?|(?:[^\s.،,]+\s+){4,16}?)(?:ل?[تي]رتفع|ارتفعت|ارتفع|وصلت|وصل)(?![\w]))"
                    r"[^.؟!]*?(?<![\w])(?:الي|لتصل|ليصل)\s+")


def _risen_to(sentence, mentions):
    """Counts told as the toll risen to are totals, and a death told as the reason it rose ('بعد وفاة أحد
    المصابين') is in them already."""
    risen = _RISEN.search(fold(sentence.text))
    if risen is None:
        return mentions
    boundary = sentence.start + risen.end()
    result, edge = [], boundary
    for mention in sorted(mentions, key=lambda m: m.start):  # the count after 'إلى', and 'وستة جرحى' joined to it
        if 0 <= mention.start - edge <= (20 if edge == boundary else 2):
            mention, edge = replace(mention, kind=TOTAL), mention.end
        result.append(mention)
    if _summed_toll(fold(sentence.text), risen):  # 'لترتفع حصيلة خسائر الحشد خلال أسبوع إلى خمسة قتلى'
        return [m for m in result if not (m.kind == TOTAL and m.end > boundary)]
    totals = {m.category for m in result if m.kind == TOTAL}
    return [m for m in result if m.kind == TOTAL or m.category not in totals or m.start < boundary]


# 'خلال أسبوع', 'منذ مطلع الشهر', 'خلال الأيام الثلاثة الماضية', 'هذا العام': a period, not an incident's hours
_TOLL_PERIOD = re.compile(r"(?<!\w)(?:(?:خلال|منذ|طيله|طوال)\s+(?:\S+\s+){0,2}?(?:ال)?"
                          r"(?:اسبوع|اسبوعين|اسابيع|ايام|يومين|شهر|شهرين|اشهر|عام|سنه|مطلع|بدايه|اول)|(?:هذا|هذه)\s+(?:العام|الشهر|السنه|الاسبوع))(?!\w)")


def _summed_toll(folded, risen):
    """Whether the toll risen to a count is summed over a period ('لترتفع حصيلة خسائر الحشد في قاطع بيجي خلال أسبوع
    إلى خمسة قتلى', 'وبذلك يرتفع عدد ضحايا الألغام منذ مطلع العام إلى ١٢'): several incidents' dead, none of them
    the incident's own total (the period told before 'إلى', or in the clause right after its count)."""
    ends = [at for at in (folded.find(mark, risen.end()) for mark in ("،", ",", ".", "؛")) if at >= 0]
    return _TOLL_PERIOD.search(folded, risen.start(), min(ends) if ends else len(folded)) is not None


_OF_THEM = {"مقتلهم": "fatalities", "قتلهم": "fatalities", "قتلتهم": "fatalities",
            "مصرعهم": "fatalities", "استشهادهم": "fatalities", "اصابتهم": "wounded",
            "جرحهم": "wounded", "اختطافهم": "abducted", "خطفهم": "abducted"}
_ALL = {"جميعا", "جميعهم", "كلهم", "جميعهن"}


def _all_of_them(tokens, index, make):
    """'مقتلهم جميعاً' (all of them killed): the people counted before in the sentence, or None."""
    category = next((_OF_THEM[f] for f in forms(tokens[index].text) if f in _OF_THEM), None)
    if category is None or index + 1 >= len(tokens) or fold(tokens[index + 1].text) not in _ALL:
        return None
    for back in range(index - 1, max(-1, index - 16), -1):
        count = count_at(tokens, back)
        if count and count[0] > 1:
            return make(category, count[0], PLAIN, back, index + 1, count[2])
    return None


_BODIES = {"جثه", "جثث", "جثتي", "جثتين", "رفات"}
_WOUND_PARTICIPLES = {"مصاب", "مصابا", "مصابه", "مصابين", "مصابتين"}


def _wounds_of_a_body(tokens, index):
    """'العثور على جثة رجل مصاباً بطلقات نارية': the wounds a body found bears, nobody wounded."""
    if not any(f in _WOUND_PARTICIPLES for f in forms(tokens[index].text)):
        return False
    for position in range(index - 1, max(-1, index - 16), -1):  # ... 'على جثة مجهولة الهوية ملقاة قرب ناحية
        # زمار، مصابة بطلقات نارية', 'جثة رجل في العقد الرابع من العمر مصاباً': the body told before, no cue between
        if any(f in _BODIES for f in forms(tokens[position].text)):
            return True
        if cue_category(tokens[position].text) is not None:
            return False
    return False


_JOINED_NOUNS = {"مقتل", "قتل", "استشهاد", "اصابه", "جرح", "سقوط"}


def _joined_cue(tokens, index, category):
    """Whether the cue at ``index`` is joined by و to a cue of another kind right after it ('مقتل وإصابة')."""
    if index + 1 >= len(tokens) or not fold(tokens[index + 1].text).startswith("و"):
        return False
    if re.sub(r"^[وفبل]{1,2}(?=..)", "", fold(tokens[index].text)) not in _JOINED_NOUNS:
        return False  # 'لقي ثلاثة مصرعهم وأصيب اثنان': a count of each
    other = cue_category(tokens[index + 1].text)
    if other is not None and not any(f in _JOINED_NOUNS for f in forms(tokens[index + 1].text)):
        return False  # 'بأن شاباً قُتل وأصيب والده': a verb of its own, with its own count
    return other is not None and other != category


_ONE_ENEMY = {"ارهابي", "ارهابيا", "مسلح", "مسلحا", "داعشي", "داعشيا", "انتحاري", "انتحاريا"}


def _forward(tokens, index, category, make):
    lists = _lists()
    position, steps = index + 1, 0
    while position < len(tokens) and steps < _WINDOW:
        token = tokens[position]
        word = fold(token.text)
        steps += 1
        if token.text == "/" or token.text in _QUOTES:  # 'آب/أغسطس', 'مقتل «والي كركوك»': no end of the clause
            position += 1
            continue
        if token.text == "(" and position + 2 < len(tokens) and tokens[position + 2].text == ")" \
                and digits(tokens[position + 1].text).isdigit():
            position += 1  # 'من قتل (٤) إرهابيين': the count in brackets, as statements write it
            continue
        if not (token.text[:1].isalnum()):
            closing = _aside_end(tokens, position) if token.text in ("،", ",") else None
            if closing is None:
                return None  # a comma or a stop ends the clause
            position = closing + 1  # 'اختطف مسلحون مجهولون، مساء الخميس، مختار قرية': the date between commas
            continue
        if cue_category(token.text) is not None or any(f in lists["stop"] for f in forms(word)):
            return None
        listed = _each_of(tokens, position)  # 'أصيب بجروح كل من المواطن أحمد علي وشقيقه'
        count = listed or count_at(tokens, position)
        if count is None and position == index + 1 and word.lstrip("و") in _ONE_ENEMY:
            count = (1, position, "")  # 'تمكنت القوة من قتل إرهابي', 'مقتل مسلح': one, right after the cue
        if count is None:
            position += 1
            continue
        value, last, note = count
        last = _past_rank(tokens, last)
        more = _and_person(tokens, last + 1) or _and_number(tokens, last + 1) or _and_another(tokens, last + 1)
        if more is None and _is_number(tokens[position].text) and last == position and last + 1 < len(tokens) \
                and not fold(tokens[last + 1].text).startswith("و"):
            more = _and_person(tokens, last + 2)  # '٣ منتسبين ومدني': past the counted noun
        if more:
            value, last = value + more[0], more[1]
        return make(category, value, PLAIN, index, last, note)
    return None


_PLACE_WORDS = {"في", "قرب", "اثر", "جراء", "خلال", "عند", "بعد", "داخل", "امام", "وسط", "من"}  # not علي: a name too
_MEANS = ("ال", "انفجار", "هجوم", "جروح", "قصف", "اطلاق", "رصاص", "نيران", "عبوه", "قذيفه", "ضربه", "غاره")


def _each_of(tokens, index):
    """'كل من المواطن أحمد علي وشقيقه' at ``index``: (how many persons it lists, the last token, ''), or None. Each
    person after the first is joined by و; the list ends at a comma, a cue, a place word or the means ('بانفجار')."""
    if index + 2 >= len(tokens) or fold(tokens[index].text) != "كل" or fold(tokens[index + 1].text) != "من":
        return None
    persons, last = 1, index + 1
    for position in range(index + 2, min(len(tokens), index + 14)):
        word = fold(tokens[position].text)
        if not word[:1].isalnum() or cue_category(word) is not None or word in _PLACE_WORDS \
                or (word.startswith("ب") and word[1:].startswith(_MEANS)):
            break
        if word.startswith("و") and position > index + 2:
            persons += 1
        last = position
    return (persons, last, "") if last > index + 1 else None


def _with_company(tokens, index):
    """(how many, last token) of the persons 'مع' adds right after the pronoun cue at ``index`` ('مقتله مع مرافقه',
    'مقتلهما مع سائقهما', 'مقتله مع اثنين من مرافقيه'), or his own joined by و ('استشهاده ومرافقه'), or None."""
    if index + 1 < len(tokens) and fold(tokens[index + 1].text) not in ("مع", "برفقه"):
        kin = _and_his_kin(tokens, index + 1)  # 'ما أدى إلى استشهاده ومرافقه', 'مقتلها وطفليها': his own, told by و
        return kin if kin is not None and kin[1] == index + 1 else None
    if index + 2 >= len(tokens):
        return None
    count = count_at(tokens, index + 2)
    return (count[0], count[1]) if count else None


def _is_number(word):
    """A number in digits or words ('٣', 'ثلاثة'), not a person noun."""
    return digits(word).isdigit() or any(f in _lists()["numbers"] for f in forms(word, article=False))


_WOUND_WORDS = {"بجروح", "بجراح", "باصابه", "باصابات"}


def _and_another(tokens, index):
    """'شرطي بجروح بليغة وآخر بجروح طفيفة': one more person, past how each was hurt (the last token index), or None."""
    position = index
    if position < len(tokens) and fold(tokens[position].text) in _WOUND_WORDS:
        position += 2 if position + 1 < len(tokens) and not fold(tokens[position + 1].text).startswith("و") else 1
    if position < len(tokens) and fold(tokens[position].text) in ("واخر", "واخري", "وثان", "وثالث"):
        return 1, position
    return None


_RANK_SECOND_WORDS = {"اول", "ثاني", "ثان", "ركن", "الاول", "الثاني", "الركن"}


def _past_rank(tokens, last):
    """The last token of a rank told after a person ('ضابط برتبة نقيب وجنديين': the officer, then two more;
    'برتبة ملازم أول', 'برتبة عميد ركن': a rank of two words)."""
    if (last + 2 < len(tokens) and fold(tokens[last + 1].text) in ("برتبه", "برتبتي")
            and tokens[last + 2].text[:1].isalnum()):
        if last + 3 < len(tokens) and fold(tokens[last + 3].text) in _RANK_SECOND_WORDS:
            return last + 3
        return last + 2
    return last


def _aside_end(tokens, position):
    """The comma closing a short aside with no cue opened by the comma at ``position``, or None."""
    for following in range(position + 1, min(len(tokens), position + 11)):  # 'تقول مصادر أمنية إنهم من بقايا داعش،'
        text = tokens[following].text
        if text in ("،", ","):
            return following if following > position + 1 else None
        if text == "/":  # '، في أوائل حزيران/يونيو الماضي،': a month's two names
            continue
        if not text[:1].isalnum() or cue_category(text) is not None:
            return None
    return None


# 'من دون تسجيل أي قتلى', 'لم يسفر عن سقوط قتلى': nobody killed (the wounded may be told)
_NO_DEAD = re.compile(r"(?:دون|بدون|من\s+دون)\s+(?:(?:تسجيل|وقوع|سقوط)\s+)?(?:اي\s+)?(?:قتلي|حالات\s+وفاه|وفيات)"
                      r"|(?:لم|دون\s+ان)\s+[تي]سفر\s+(?:(?!سوي\s|الا\s)\S+\s+)?عن\s+(?:سقوط\s+|وقوع\s+)?(?:اي\s+)?(?:قتلي|وفيات)"
                      r"|لم\s+(?:تسجل|يسجل|يقتل|يسقط)\s+(?:اي\s+)?(?:قتلي|احد|وفيات|حالات\s+وفاه|حاله\s+وفاه)(?!\w)"
                      # 'ونفى مسؤول الأنباء التي تحدثت عن سقوط قتلى', 'لا صحة لما أشيع عن مقتل أي من الجنود': deaths
                      # denied, no count named
                      r"|(?:(?<!\w)[وف]?(?:نفي|نفت|ينفي|تنفي|نافيا|نافيه)|لا\s+صحه)(?!\w)[^.،,]{0,80}?(?<!\w)"
                      r"(?:(?:سقوط|وقوع)\s+(?:اي\s+)?(?:قتلي|ضحايا|وفيات)|مقتل\s+اي)(?!\w)")
# ('لم يسفر سوى عن إصابة مقاتل واحد': only one wounded, said so; no count of the dead)
_NONE = re.compile(r"(?:دون\s+ان|لم)\s+[تي]سفر(?:ا|وا)?\s+(?:(?!سوي\s|الا\s)\S+\s+)?عن\s+(?:وقوع\s+)?(?:اي\s+)?"
                   r"(?:اصابات|اصابه|(?:خسائر|اضرار)\s+(?:بشريه|بالارواح)|خسائر(?!\s+ماديه)|ضحايا)"
                   r"|(?:دون|بدون|من\s+دون|عدم)\s+(?:تسجيل|وقوع|حدوث)\s+(?:اي\s+)?(?:اصابات|اصابه|(?:خسائر|اضرار)\s+"
                   r"(?:بشريه|بالارواح|في\s+صفوف)|ضحايا|خسائر(?=\s*(?:[.،,]|$)))"  # 'دون وقوع خسائر في صفوف البيشمركة'
                   # 'مشيراً إلى عدم وقوع أي إصابات', '… دون وقوع خسائر.' (no kind of loss named: none at all)
                   r"|(?:لم|دون\s+ان|من\s+دون\s+ان)\s+(?:تسجل|يسجل|تقع|يقع)\s+(?:اي\s+)?(?:اصابات|خسائر\s+بشريه|ضحايا)"
                   r"|(?:دون|بدون|بلا)\s+(?:اي\s+)?(?:خسائر|اصابات|ضحايا|اضرار\s+بشريه)(?!\s+ماديه)"
                   # 'أضرار مادية فقط', 'اقتصرت الخسائر على الأضرار المادية': the text says nobody was hurt (the
                   # corpus' convention: killed 0, wounded 0)
                   r"|(?:اضرارا?|خسائر)\s+ماديه\s+فقط"
                   r"|اقتصرت\s+(?:الخسائر|الاضرار)\s+علي\s+(?:(?:الاضرار|الخسائر)\s+الماديه|الماديات)(?!\w)"
                   # 'من دون أن يُصاب بأذى', 'دون أن يصاب أحد بأذى': nobody hurt
                   r"|(?:دون|بدون|من\s+دون)\s+ان\s+(?:[يت]صاب|[يت]صب|يتعرض|تتعرض)\s+(?:اي\s+|احد\s+)?(?:منهم\s+)?"
                   r"(?:باذي|لاذي|لاي\s+اذي|باي\s+اذي)"
                   # 'وانتهت دون حوادث', 'دون تسجيل أي حوادث': without incident (the corpus' convention: killed 0,
                   # wounded 0)
                   r"|(?:دون|بدون|من\s+دون)\s+(?:(?:تسجيل|وقوع)\s+)?(?:اي\s+)?(?:حوادث|حادث)(?:\s+تذكر)?"
                   r"(?!\s*(?:امنيه|اخري|اخر))(?!\w)"
                   # ('ولا خسائر بشرية في بيبادي': said of another place, another strike's)
                   r"|(?<!\w)[وف]?لا\s+(?:اصابات|ضحايا|خسائر\s+بشريه)(?!\w)(?!\s+في\s)")


def none_stated(text, start, end, category):
    """(start, end) of 'دون وقوع إصابات' and the like in text[start:end], or None."""
    chunk = fold(text[start:end])
    found = _NONE.search(chunk) if category in ("fatalities", "wounded") else None
    found = found or (_NO_DEAD.search(chunk) if category == "fatalities" else None)
    if found:
        return start + found.start(), start + found.end()
    for phrase in _lists()["none"].get(category, ()):
        found = chunk.find(phrase)
        if found >= 0:
            return start + found, start + found + len(phrase)
    return None


# 'توفي أحدهم متأثراً بجراحه', 'بعد وفاة أحد الجرحى', 'قضى أحد الجريحين': one of the wounded counted before died
_WOUNDED_DIED = re.compile(r"(?<!\w)[وف]?(?:(?P<verb>[يت]?توفي|توفيت|وفاه|[يت]?فارق|لفظ|[يت]?قضي|قضت)|استشهد|قتل)\s+"
                           r"(?:الحياه\s+|انفاسه\s+)?"
                           r"(?P<who>احدهم|احدهما|احداهن|احد\s+(?:الجرحي|المصابين|الجريحين|المصابين)|احدي\s+(?:الجريحات|المصابات)"
                           r"|(?P<two>(?:اثنان|اثنين)\s+منهم)|(?P<the>ال[\u0621-\u064A]+(?=\s+(?:الحياه\s+)?متاثر)))"
                           r"(?!\w)(?P<after>[^.،,]{0,30})")


_TOLD_BEFORE = re.compile(r"(?<!\w)[وف]?(?:كان|كانت)\s+(?:\S+\s+){0,4}?قد(?!\w)"
                          r"|(?<!\w)في\s+(?:حينه|حينها|وقت\s+سابق)(?!\w)"
                          r"|(?<!\w)(?:ال)?(?:حصيله|ارقام)\s+(?:ال)?(?:اوليه|سابقه)(?!\w)")


def wounded_who_died(sentences, mentions, lower):
    """``mentions`` with the wounded counted before one of them died ('أصيب أربعة منتسبين ...، توفي أحدهم متأثراً
    بجراحه') counted one fewer (``lower(mention, by)``); the death is counted among the dead by its own count."""
    for sentence in sentences:
        for died in _WOUNDED_DIED.finditer(fold(sentence.text)):
            if not died.group("verb") and "متاثر" not in died.group("after"):
                continue  # 'قتل أحدهم': one of the attackers, maybe; of the wounded only 'متأثراً بجراحه'
            if died.group("the") and not _person(died.group("the")[2:]):
                continue  # 'قبل أن يفارق الشقيق الحياة متأثراً بجراحه': a person told before, by his noun
            at = sentence.start + died.start()
            by = 2 if died.group("two") else 1
            wounded = [m for m in mentions if m.category == "wounded" and m.end <= at and m.value > by]
            if not wounded and _RISEN.search(fold(sentence.text)):
                # 'ارتفعت الحصيلة إلى أربعة قتلى بعد وفاة أحد الجرحى. وكان الانفجار قد أسفر في حينه عن مقتل ثلاثة
                # وإصابة اثنين': the wounded told after, as they were before he died
                # (not 'وقال مصدر إن ثلاثة مصابين آخرين لا يزالون يتلقون العلاج': those left, as they are now)
                earlier = [s for s in sentences if s.start >= sentence.end and _TOLD_BEFORE.search(fold(s.text))]
                wounded = [m for m in mentions if m.category == "wounded" and m.kind != TOTAL and m.value > by
                           and any(s.start <= m.start < s.end for s in earlier)][:1]
            if wounded and wounded[-1].kind == TOTAL:
                continue  # 'ارتفعت الحصيلة إلى أربعة قتلى وستة جرحى بعد وفاة أحد المصابين': the totals count him
            if wounded:
                last = wounded[-1]
                mentions = [lower(m, by) if m is last else m for m in mentions]
    return mentions


# 'غير أن مصدراً في الإدارة المحلية قال إن الحصيلة بلغت قتيلين', 'فيما ذكر بيان لإدارة المخيم أن ثلاثة قتلوا':
# another source's figures, told against the ones given first (a contrast, a source and a verb of saying)
_RIVAL = re.compile(r"(?:^|[،,]\s*)[وف]?(?:(?P<but>غير\s+ان|الا\s+ان|لكن|لكن\s+|بيد\s+ان|في\s+المقابل)"
                    r"|(?P<whereas>فيما|بينما|في\s+حين))\s+(?:\S+\s+){0,5}?(?:ال)?(?:مصدرا?|مصادر|بيانا?|مسؤولا?|"
                    r"مسؤولين|احصائيه|ارقام|مستشفي|دائره)(?!\w)")
_SAYING = re.compile(r"(?<!\w)[وف]?(?:قال|قالت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|اشار|اشارت|اعلن|اعلنت|تحدث|تحدثت)(?!\w)")
_RISING = re.compile(r"(?<!\w)[وف]?(?:ارتفع|ارتفعت|ترتفع|يرتفع|ارتفاع)(?!\w)")


def without_rival_counts(sentences, mentions):
    """``mentions`` without the counts another source gives against the ones told first ('أسفر عن مقتل جندي وإصابة
    أربعة. غير أن مصدراً محلياً قال إن الحصيلة بلغت قتيلين وستة جرحى'): the first source's figures stay (a rise
    of the toll, 'ارتفعت الحصيلة', is not a rival count)."""
    rival = []
    for sentence in sentences:
        folded = fold(sentence.text)
        for found in _RIVAL.finditer(folded):
            if found.group("whereas") and found.start() > 0:
                continue  # 'قتل جندي، فيما قال مصدر إن مدنياً أصيب': often another fact, not another count
            rest = folded[found.end():]
            if not _SAYING.search(folded[found.start():found.end() + 40]) or _RISING.search(rest):
                continue
            at = sentence.start + found.start()
            rival += [m for m in mentions if at <= m.start < sentence.end and any(
                o.category == m.category and o.start < at and o.value != m.value for o in mentions)]
    return [m for m in mentions if m not in rival]
