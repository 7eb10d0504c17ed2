#!/usr/bin/env python3
"""A seeded generator of ACLED-format CSV rows spread over Iraq, for benchmarks and soak tests.

    python3 bench/generate_acled.py --rows 100000 --seed 1 out.csv

Rows are placed around anchor towns (coordinates from GeoNames, rounded to 4 decimals) with a
Gaussian jitter of about 5 km, dated 2016-2023, with event types weighted roughly as ACLED's Iraq
data (explosions/remote violence most frequent), sub-event types from the ACLED taxonomy, English
or Arabic actor names and notes of realistic length (ACLED notes: 100 to 500 characters), and
sources written as ACLED does ("Kurdistan 24; KirkukNow"). The same seed gives the same file.
Standard library only; no QGIS needed.
"""

import argparse
import csv
import random
import sys
from datetime import date, timedelta

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
           "fatalities", "tags", "timestamp")

# (name, Arabic name, governorate, latitude, longitude, weight, jitter in degrees); GeoNames.
TOWNS = (
    ("Kirkuk", "كركوك", "Kirkuk", 35.4681, 44.3922, 12, 0.06),
    ("Khanaqin", "خانقين", "Diyala", 34.3476, 45.3916, 6, 0.04),
    ("Tuz Khurmatu", "طوزخورماتو", "Salah al-Din", 34.8847, 44.6331, 6, 0.04),
    ("Sinjar", "سنجار", "Ninewa", 36.3209, 41.8754, 6, 0.05),
    ("Makhmour", "مخمور", "Erbil", 35.7755, 43.5797, 4, 0.04),
    ("Mosul", "الموصل", "Ninewa", 36.3350, 43.1189, 10, 0.05),
    ("Tal Afar", "تلعفر", "Ninewa", 36.3765, 42.4497, 3, 0.04),
    ("Bakhdida", "بخديدا", "Ninewa", 36.2720, 43.3780, 2, 0.02),
    ("Bashiqa", "بعشيقة", "Ninewa", 36.4531, 43.3492, 2, 0.02),
    ("Hawija", "الحويجة", "Kirkuk", 35.3193, 43.7622, 4, 0.05),
    ("Jalawla", "جلولاء", "Diyala", 34.2721, 45.1617, 3, 0.03),
    ("Baqubah", "بعقوبة", "Diyala", 33.7466, 44.6437, 5, 0.05),
    ("Tikrit", "تكريت", "Salah al-Din", 34.6067, 43.6786, 4, 0.05),
    ("Samarra", "سامراء", "Salah al-Din", 34.1983, 43.8742, 3, 0.05),
    ("Baiji", "بيجي", "Salah al-Din", 34.9311, 43.4931, 2, 0.04),
    ("Baghdad", "بغداد", "Baghdad", 33.3406, 44.4009, 12, 0.08),
    ("Fallujah", "الفلوجة", "Anbar", 33.3558, 43.7861, 3, 0.04),
    ("Ramadi", "الرمادي", "Anbar", 33.4258, 43.2992, 3, 0.04),
    ("Erbil", "أربيل", "Erbil", 36.1912, 44.0092, 3, 0.04),
    ("Sulaymaniyah", "السليمانية", "Sulaymaniyah", 35.5613, 45.4375, 3, 0.04),
    ("Duhok", "دهوك", "Duhok", 36.8669, 42.9503, 2, 0.03),
    ("Basra", "البصرة", "Basrah", 30.5085, 47.7804, 4, 0.03),
    ("Najaf", "النجف", "Najaf", 32.0259, 44.3462, 2, 0.03),
    ("Karbala", "كربلاء", "Kerbala", 32.6160, 44.0249, 2, 0.03),
    ("Kut", "الكوت", "Wassit", 32.5128, 45.8182, 2, 0.03),
    ("Nasiriyah", "الناصرية", "Thi-Qar", 31.0580, 46.2573, 3, 0.03),
)

# (event type, weight, [(sub-event type, weight)], disorder type); ACLED codebook 2023.
EVENTS = (
    ("Explosions/Remote violence", 38, [("Remote explosive/landmine/IED", 50), ("Shelling/artillery/missile attack", 25),
                                        ("Air/drone strike", 20), ("Grenade", 5)], "Political violence"),
    ("Battles", 16, [("Armed clash", 90), ("Government regains territory", 5), ("Non-state actor overtakes territory", 5)],
     "Political violence"),
    ("Violence against civilians", 16, [("Attack", 75), ("Abduction/forced disappearance", 20), ("Sexual violence", 5)],
     "Political violence"),
    ("Protests", 20, [("Peaceful protest", 85), ("Protest with intervention", 12), ("Excessive force against protesters", 3)],
     "Demonstrations"),
    ("Riots", 3, [("Violent demonstration", 70), ("Mob violence", 30)], "Demonstrations"),
    ("Strategic developments", 7, [("Arrests", 40), ("Looting/property destruction", 20), ("Disrupted weapons use", 25),
                                   ("Other", 15)], "Strategic developments"),
)

ACTORS_EN = ("Islamic State (Iraq)", "Military Forces of Iraq (2020-)", "Police Forces of Iraq (2020-)",
             "Popular Mobilization Forces", "Unidentified Armed Group (Iraq)", "Peshmerga (Kurdistan Region)",
             "Military Forces of Turkey (2016-)", "Civilians (Iraq)", "Protesters (Iraq)", "Kakai Religious Group (Iraq)")
ACTORS_AR = ("تنظيم الدولة الإسلامية", "القوات المسلحة العراقية", "الشرطة الاتحادية", "الحشد الشعبي",
             "مجموعة مسلحة مجهولة", "قوات البيشمركة", "مدنيون (العراق)", "متظاهرون (العراق)")
OUTLETS = ("Kurdistan 24", "KirkukNow", "Shafaq News", "Rudaw", "Xinhua", "Iraqi News Agency", "Al Sumaria",
           "Baghdad Today", "964 Media", "Twitter")
SCALES = ("National", "Subnational", "Subnational-National", "Local partner-National", "Regional")
NOTE_EN = ("On {date}, {actor1} {verb} {actor2} near {town} ({admin1}). {detail} Fatalities: {fatalities}. "
           "Reported by {outlets}.")
VERBS = ("attacked", "clashed with", "targeted", "detonated an IED against", "shelled positions of", "arrested members of")
DETAILS = ("The incident took place on the road between two villages at night.",
           "Local sources said the attackers fled towards the Hamrin mountains.",
           "Security forces cordoned off the area and launched a search operation.",
           "Residents reported hearing several explosions in the area before dawn.",
           "The victims were farmers working in their fields.")
NOTE_AR = ("في {date}، هاجمت {actor1} {actor2} قرب {town}. وأفادت مصادر محلية بسقوط {fatalities} قتلى. "
           "وفرضت القوات الأمنية طوقاً على المنطقة وبدأت عمليات تفتيش بحثاً عن المهاجمين.")


def _weighted(items, weight_index):
    weights = [item[weight_index] for item in items]
    return items, weights


def rows(count, seed=1, first_id=1):
    """``count`` ACLED rows (dicts of column to text); the same seed gives the same rows.

    Event ids run from IRQ{first_id:07d}."""
    rng = random.Random(seed)
    towns, town_weights = _weighted(TOWNS, 5)
    events, event_weights = _weighted(EVENTS, 1)
    start = date(2016, 1, 1)
    span = (date(2023, 12, 31) - start).days
    for n in range(count):
        name, name_ar, admin1, lat, lon, _w, jitter = rng.choices(towns, town_weights)[0]
        event_type, _w, subs, disorder = rng.choices(events, event_weights)[0]
        sub_event_type = rng.choices([s for s, _ in subs], [w for _, w in subs])[0]
        day = start + timedelta(rng.randrange(span))
        arabic = rng.random() < 0.3
        actor1 = rng.choice(ACTORS_AR if arabic else ACTORS_EN)
        actor2 = rng.choice(ACTORS_AR if arabic else ACTORS_EN) if rng.random() < 0.7 else ""
        fatalities = 0 if event_type in ("Protests", "Strategic developments") else int(rng.expovariate(0.6))
        outlets = "; ".join(rng.sample(OUTLETS, rng.choice((1, 1, 2, 2, 3))))
        values = dict(date=day.strftime("%d %B %Y"), actor1=actor1, actor2=actor2 or "unknown targets",
                      town=name_ar if arabic else name, admin1=admin1, verb=rng.choice(VERBS),
                      detail=" ".join(rng.sample(DETAILS, rng.randrange(1, 4))), fatalities=fatalities,
                      outlets=outlets)
        notes = (NOTE_AR if arabic else NOTE_EN).format(**values)
        yield {
            "event_id_cnty": f"IRQ{n + first_id:07d}", "event_date": day.isoformat(), "year": day.year,
            "time_precision": rng.choices((1, 2, 3), (85, 12, 3))[0], "disorder_type": disorder,
            "event_type": event_type, "sub_event_type": sub_event_type, "actor1": actor1,
            "assoc_actor_1": rng.choice(("", "", "", "Tribal Militia (Iraq)", "خلايا نائمة")),
            "inter1": rng.choice((1, 2, 3, 4, 8)), "actor2": actor2, "assoc_actor_2": "",
            "inter2": rng.choice((0, 1, 7)) if actor2 else 0, "interaction": rng.choice((12, 17, 37, 27, 60)),
            "civilian_targeting": "Civilian targeting" if event_type == "Violence against civilians" else "",
            "iso": 368, "region": "Middle East", "country": "Iraq", "admin1": admin1, "admin2": name,
            "admin3": name, "location": name_ar if arabic and rng.random() < 0.5 else name,
            "latitude": f"{lat + rng.gauss(0, jitter):.4f}", "longitude": f"{lon + rng.gauss(0, jitter):.4f}",
            "geo_precision": rng.choices((1, 2, 3), (70, 25, 5))[0], "source": outlets,
            "source_scale": rng.choice(SCALES), "notes": notes, "fatalities": fatalities,
            "tags": rng.choice(("", "", "crowd size=no report", "women targeted: farmers")),
            "timestamp": 1600000000 + rng.randrange(100000000),
        }


def write(path, count, seed=1, first_id=1):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows(count, seed, first_id))
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--first-id", type=int, default=1, help="number of the first event id (IRQ0000001)")
    parser.add_argument("output")
    args = parser.parse_args(argv)
    write(args.output, args.rows, args.seed, args.first_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
