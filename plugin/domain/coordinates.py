"""Reading coordinates typed into the incident dock, and writing them back out.

``parse_coordinates(text)`` accepts

* decimal degrees in either order: ``34.348, 45.391``, ``34.348 45.391``, ``45.391,34.348``,
  decimal commas (``34,348; 45,391``), signs, N/S/E/W letters before or after the number
  (``N34.348 E45.391``, ``34.348N 45.391E``), a degree sign, Arabic-Indic digits (``٣٤٫٣٤٨``);
* degrees, minutes and seconds or degrees and decimal minutes: ``34°20'53"N 45°23'28"E``,
  ``34 20 53 N, 45 23 28 E``, ``34°20.88'N 45°23.46'E``, with ′ ″ and typographic quotes;
* UTM in zones 37, 38 and 39 north (the zones Iraq's maps use): ``38S 441234 3801234``,
  ``38N 441234 3801234``, ``38 441234E 3801234N``;
* MGRS in the same zones: ``38SMB4123401234``, ``38S MB 41234 01234``, 1 to 5 digits a coordinate.

It returns a :class:`ParsedPoint` (WGS84 longitude and latitude, the format read, whether latitude and
longitude were swapped, and whether the user must confirm the point), or raises
:class:`CoordinateError`, a ``ValueError``, whose message says what was expected. No other exception
leaves it, whatever the string.

When neither letters nor the format fix the order of two numbers, the order that puts the point inside
Iraq wins (latitude, longitude if both or neither do); a point outside Iraq needs confirmation.

Messages are English templates marked for translation in the context "coordinates" (literal
``QT_TRANSLATE_NOOP("coordinates", ...)`` calls); ``error.message`` (``str(error)``) and ``point.message``
are :class:`~.i18n.Message` texts the GUI shows with ``core.translation.translated``; ``template`` and
``params`` say which message it is.

Grid arithmetic (transverse Mercator, MGRS letters) is in :mod:`.utm` and :mod:`.mgrs`.
"""

import math
import re
from dataclasses import dataclass, field

from . import mgrs, utm
from .i18n import QT_TRANSLATE_NOOP, message_template
from .validation import inside_iraq_bbox

DECIMAL, DMS, UTM, MGRS = "decimal", "dms", "utm", "mgrs"
FORMATS = (DECIMAL, DMS, UTM, MGRS)
# Iraq (38.79 E to 48.63 E) lies in UTM zones 37 (36-42 E), 38 (42-48 E) and 39 (48-54 E). Other zones
# are rejected rather than read: a zone typed as 36 or 40 for an Iraqi incident is a typing error.
IRAQ_UTM_ZONES = (37, 38, 39)
MAX_LENGTH = 200
# UTM grid limits accepted (metres): six-digit eastings, northern-hemisphere northings up to 84 N.
MIN_EASTING, MAX_EASTING = 100000.0, 900000.0
MAX_NORTHING = 9350000.0
# How far (degrees) a UTM/MGRS point may lie outside the latitude band it was given with.
BAND_TOLERANCE = 0.5
_METRES_PER_DEGREE = 111320.0


NOTHING_TYPED = QT_TRANSLATE_NOOP(
    "coordinates",
    "No coordinates were typed. Expected decimal degrees (34.348, 45.391), degrees, minutes and seconds "
    "(34°20'53\"N 45°23'28\"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).")
UNREADABLE = QT_TRANSLATE_NOOP(
    "coordinates",
    "Could not read \"{text}\" as coordinates. Expected decimal degrees (34.348, 45.391), degrees, minutes and "
    "seconds (34°20'53\"N 45°23'28\"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).")
UNEXPECTED_CHARACTER = QT_TRANSLATE_NOOP(
    "coordinates",
    "\"{character}\" cannot be part of coordinates. Expected decimal degrees (34.348, 45.391), degrees, "
    "minutes and seconds (34°20'53\"N 45°23'28\"E), UTM (38S 535960 3800812) or MGRS (38SND3596000811).")
TOO_LONG = QT_TRANSLATE_NOOP("coordinates", "The text is too long to be coordinates ({length} characters).")
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "coordinates",
    "Cannot tell where the latitude ends and the longitude begins in \"{text}\"; separate them with a comma, "
    "or add N and E.")
MINUTES_RANGE = QT_TRANSLATE_NOOP("coordinates", "Minutes must be below 60, not {value}.")
SECONDS_RANGE = QT_TRANSLATE_NOOP("coordinates", "Seconds must be below 60, not {value}.")
FRACTION_BEFORE_LAST = QT_TRANSLATE_NOOP(
    "coordinates",
    "Only the last of degrees, minutes and seconds may have decimals, not {value}.")
SIGN_AND_LETTER = QT_TRANSLATE_NOOP(
    "coordinates",
    "A coordinate has both a minus sign and a letter ({letter}); use one or the other.")
LATITUDE_RANGE = QT_TRANSLATE_NOOP("coordinates", "A latitude must be between 90° S and 90° N, not {value}.")
LONGITUDE_RANGE = QT_TRANSLATE_NOOP("coordinates", "A longitude must be between 180° W and 180° E, not {value}.")
NO_LATITUDE = QT_TRANSLATE_NOOP(
    "coordinates",
    "Neither number can be a latitude (between 90° S and 90° N): {first}, {second}.")
TWO_LATITUDES = QT_TRANSLATE_NOOP(
    "coordinates",
    "Both coordinates are marked N or S; one must be a longitude, marked E or W.")
TWO_LONGITUDES = QT_TRANSLATE_NOOP(
    "coordinates",
    "Both coordinates are marked E or W; one must be a latitude, marked N or S.")
UTM_ZONE = QT_TRANSLATE_NOOP(
    "coordinates",
    "UTM zone {zone} is not used in Iraq; Iraq spans zones 37 to 39 (for example 38S 535960 3800812).")
UTM_BAND_LETTER = QT_TRANSLATE_NOOP(
    "coordinates",
    "\"{band}\" is not a latitude band letter (C to X, without I and O).")
UTM_SOUTHERN_BAND = QT_TRANSLATE_NOOP(
    "coordinates",
    "Latitude band {band} is south of the equator; Iraq lies in bands R and S of the northern hemisphere.")
UTM_EASTING = QT_TRANSLATE_NOOP("coordinates", "A UTM easting must be between 100000 and 900000 metres, not {value}.")
UTM_NORTHING = QT_TRANSLATE_NOOP(
    "coordinates",
    "A UTM northing must be between 0 and 9350000 metres north of the equator, not {value}.")
BAND_MISMATCH = QT_TRANSLATE_NOOP(
    "coordinates",
    "The point is at latitude {latitude}°, outside latitude band {band} ({south}° to {north}°); check the band "
    "letter and the northing.")
MGRS_DIGITS = QT_TRANSLATE_NOOP(
    "coordinates",
    "An MGRS reference needs 1 to 5 digits for the easting and as many for the northing after the 100 km "
    "square letters, as in 38SMB4123401234; \"{reference}\" has {count} digits.")
MGRS_SQUARE = QT_TRANSLATE_NOOP(
    "coordinates",
    "\"{square}\" is not a 100 km square of zone {zone}: its first letter must be one of {allowed} and its "
    "second one of A to V (without I and O).")
OUT_OF_GRID = QT_TRANSLATE_NOOP("coordinates", "UTM and MGRS cover latitudes from 80° S to 84° N, not {value}.")
NOT_FINITE = QT_TRANSLATE_NOOP("coordinates", "Coordinates must be finite numbers.")

SWAPPED = QT_TRANSLATE_NOOP(
    "coordinates",
    "Read as longitude, latitude: the other way round the point would be outside Iraq.")
OUTSIDE_IRAQ = QT_TRANSLATE_NOOP("coordinates", "This point is outside Iraq.")
OUTSIDE_IRAQ_SWAPPED_INSIDE = QT_TRANSLATE_NOOP(
    "coordinates",
    "This point is outside Iraq; with latitude and longitude the other way round it would be inside. Check the "
    "N/E letters or signs.")
BOTH_ORDERS_INSIDE = QT_TRANSLATE_NOOP(
    "coordinates",
    "Read as latitude, longitude; the point would also be inside Iraq the other way round.")


class CoordinateError(ValueError):
    """Text that cannot be read as coordinates; ``str(error)`` is the message (it translates)."""

    def __init__(self, template, params=None):
        self.template = template
        self.params = dict(params or {})
        super().__init__(self.message)

    @property
    def message(self):
        return message_template("coordinates", self.template).format(**self.params)


@dataclass(frozen=True)
class ParsedPoint:
    longitude: float
    latitude: float
    format: str
    swapped: bool = False
    needs_confirmation: bool = False
    template: str = ""
    params: dict = field(default_factory=dict)
    precision_m: float = 1.0

    @property
    def message(self):
        """A note for the user (swap, outside Iraq), or "" when there is nothing to say."""
        return message_template("coordinates", self.template).format(**self.params) if self.template else ""

    def describe(self, decimals=5):
        """The point for display: ``34.34800° N, 45.39100° E``."""
        return describe(self.longitude, self.latitude, decimals)

    def __str__(self):
        return self.describe()


class _NoMatch(Exception):
    """Internal: this reading does not fit the text (never leaves the module)."""


# --- normalising the text ---------------------------------------------------------------------------

_CHARACTERS = {chr(0x0660 + i): str(i) for i in range(10)}  # Arabic-Indic digits
_CHARACTERS.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Extended Arabic-Indic (Persian) digits
_CHARACTERS.update({
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator, often typed for the decimal one: read like a comma
    "\u060c": ",",  # Arabic comma
    "\u061b": ";",  # Arabic semicolon
    "\u00ba": "°", "\u02da": "°", "\u2218": "°",  # masculine ordinal, ring above, ring operator
    "\u2032": "'", "\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'", "\u02b9": "'",  # primes, quotes
    "\u2033": '"', "\u201d": '"', "\u201c": '"', "\u02ba": '"',
    "\u2212": "-", "\u2013": "-", "\u2010": "-", "\u2011": "-",  # minus, en dash, hyphens
})
_TRANSLATION = str.maketrans(_CHARACTERS)
_WORDS = re.compile(r"NORTH|SOUTH|EAST|WEST")


def _normalise(text):
    text = text.translate(_TRANSLATION).replace("''", '"')
    text = " ".join("".join(" " if character.isspace() else character for character in text).split())
    return _WORDS.sub(lambda match: match.group(0)[0], text.upper())


# --- parsing ------------------------------------------------------------------------------------------

def parse_coordinates(text, inside_iraq=inside_iraq_bbox):
    """Read typed coordinates; a :class:`ParsedPoint` or :class:`CoordinateError`.

    ``inside_iraq(longitude, latitude)`` decides the order of two bare numbers and whether the point
    needs confirmation; the bounding box by default (the dock may pass a boundary test).
    """
    try:
        return _parse(text, inside_iraq)
    except CoordinateError:
        raise
    except (ValueError, ArithmeticError):  # a safety net: the parsers themselves raise only CoordinateError
        raise CoordinateError(UNREADABLE, {"text": _shorten(text)}) from None


def _parse(text, inside_iraq):
    if text is None or (isinstance(text, str) and not text.strip()):
        raise CoordinateError(NOTHING_TYPED)
    if not isinstance(text, str):
        raise CoordinateError(UNREADABLE, {"text": _shorten(text)})
    if len(text) > MAX_LENGTH:
        raise CoordinateError(TOO_LONG, {"length": len(text)})
    normal = _normalise(text)
    compact = normal.replace(" ", "")
    match = _MGRS.fullmatch(compact)
    if match:
        return _parse_mgrs(match, inside_iraq)
    match = _UTM.fullmatch(normal)
    if match:
        return _parse_utm(match, inside_iraq)
    return _parse_degrees(text, normal, inside_iraq)


def _shorten(text, limit=60):
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _finish(longitude, latitude, fmt, inside_iraq, precision_m, swapped=False):
    if inside_iraq(longitude, latitude):
        return ParsedPoint(longitude, latitude, fmt, swapped=swapped, precision_m=precision_m)
    template = OUTSIDE_IRAQ
    if fmt in (DECIMAL, DMS) and -90 <= longitude <= 90 and inside_iraq(latitude, longitude):
        template = OUTSIDE_IRAQ_SWAPPED_INSIDE
    return ParsedPoint(longitude, latitude, fmt, swapped=swapped, needs_confirmation=True, template=template,
                       precision_m=precision_m)


# MGRS: zone, band, two square letters, an even number of digits (checked later, for a better message).
_MGRS = re.compile(r"([0-9]{1,2})([A-Z])([A-Z])([A-Z])([0-9]*)")
# UTM: zone and optional band or hemisphere, a six-digit easting, then the northing; E/N (or mE/mN) may
# follow each, and a comma or semicolon may separate them.
_UTM = re.compile(r"([0-9]{1,2}) ?([A-Z])? ?[,;]? ?([0-9]{6}(?:\.[0-9]*)?) ?(?:M?E)? ?[,;]? ?"
                  r"([0-9]{1,7}(?:\.[0-9]*)?) ?(?:M?N)?")


def _check_zone(zone_text):
    zone = int(zone_text)
    if zone not in IRAQ_UTM_ZONES:
        raise CoordinateError(UTM_ZONE, {"zone": zone_text})
    return zone


def _check_band(band):
    if band not in mgrs.BAND_LETTERS:
        raise CoordinateError(UTM_BAND_LETTER, {"band": band})
    if mgrs.band_limits(band)[0] < 0:
        raise CoordinateError(UTM_SOUTHERN_BAND, {"band": band})


def _check_in_band(latitude, band):
    south, north = mgrs.band_limits(band)
    if not (south - BAND_TOLERANCE <= latitude <= north + BAND_TOLERANCE):
        raise CoordinateError(BAND_MISMATCH, {"latitude": f"{latitude:.3f}", "band": band, "south": f"{south:g}",
                                              "north": f"{north:g}"})


def _parse_utm(match, inside_iraq):
    zone_text, band, easting_text, northing_text = match.groups()
    zone = _check_zone(zone_text)
    # "N" after the zone is read as "northern hemisphere", as many GPS units and maps write it, not as
    # band N (0-8 N, far south of Iraq). "S" is read as band S (32-40 N, where most of Iraq lies), not as
    # "southern hemisphere": Iraq has no southern points, and band S is the usual grid zone designation.
    if band == "N":
        band = None
    if band is not None:
        _check_band(band)
    easting, northing = float(easting_text), float(northing_text)
    if not (MIN_EASTING <= easting <= MAX_EASTING):
        raise CoordinateError(UTM_EASTING, {"value": easting_text})
    if not (0 <= northing <= MAX_NORTHING):
        raise CoordinateError(UTM_NORTHING, {"value": northing_text})
    longitude, latitude = utm.from_grid(zone, True, easting, northing)
    if band is not None:
        _check_in_band(latitude, band)
    decimals = min(_decimals(easting_text), _decimals(northing_text))
    return _finish(longitude, latitude, UTM, inside_iraq, precision_m=10.0 ** -decimals)


def _parse_mgrs(match, inside_iraq):
    zone_text, band, column, row, digits = match.groups()
    zone = _check_zone(zone_text)
    _check_band(band)
    if len(digits) % 2 or not 2 <= len(digits) <= 10:
        raise CoordinateError(MGRS_DIGITS, {"reference": match.group(0), "count": len(digits)})
    if row not in mgrs.ROW_LETTERS or column not in mgrs.COLUMN_SETS[(zone - 1) % 3]:
        allowed = ", ".join(mgrs.COLUMN_SETS[(zone - 1) % 3])
        raise CoordinateError(MGRS_SQUARE, {"square": column + row, "zone": zone, "allowed": allowed})
    west, south, _northern = mgrs.square_origin(zone, band, column, row)
    half = len(digits) // 2
    size = 10.0 ** (5 - half)  # the side of the square the reference names, 1 m to 10 km
    # The reference names a square by its south-west corner; the point is taken at the square's centre,
    # the best estimate of where the incident is (half a metre to 5 km from the corner).
    easting = west + int(digits[:half]) * size + size / 2
    northing = south + int(digits[half:]) * size + size / 2
    longitude, latitude = utm.from_grid(zone, True, easting, northing)
    _check_in_band(latitude, band)
    return _finish(longitude, latitude, MGRS, inside_iraq, precision_m=size)


def _decimals(number_text):
    return len(number_text.split(".", 1)[1]) if "." in number_text else 0


# Decimal degrees and degrees-minutes-seconds share one tokenizer and grammar.
_TOKEN = re.compile(r"(?P<space>[ :]+)|(?P<number>[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))|(?P<unit>[°'\"])"
                    r"|(?P<letter>[NSEW])|(?P<separator>[,;/])")
_UNIT_SLOTS = {"°": 0, "'": 1, '"': 2}
_SLOT_DEGREES = (1.0, 1 / 60.0, 1 / 3600.0)


@dataclass
class _Angle:
    degrees: float
    letter: str
    slots: int  # 1 degrees only, 2 with minutes, 3 with seconds
    precision_m: float
    text: str


def _parse_degrees(original, normal, inside_iraq):
    variants = [normal]
    if re.search(r"[0-9],[0-9]", normal):
        # Decimal commas ("34,348; 45,391") are tried first, then commas as separators ("34.348,45.391").
        variants.insert(0, re.sub(r"(?<=[0-9]),(?=[0-9])", ".", normal))
    best = None
    for variant in variants:
        try:
            return _read_pair(original, variant, inside_iraq)
        except CoordinateError as error:
            best = best or error
        except _NoMatch:
            pass
    raise best or CoordinateError(UNREADABLE, {"text": _shorten(original)})


def _tokenize(original, text):
    tokens, position = [], 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            bad = text[position]
            # Name the character as typed (before upper-casing), when it can be found.
            bad = next((c for c in original if c == bad or _normalise(c) == bad), bad)
            raise CoordinateError(UNEXPECTED_CHARACTER, {"character": bad})
        position = match.end()
        if match.lastgroup == "number" and position < len(text) and text[position] in "0123456789.":
            raise _NoMatch()  # "34.348.45": two decimal points
        if match.lastgroup != "space":
            tokens.append((match.lastgroup, match.group()))
    return tokens


def _read_pair(original, text, inside_iraq):
    tokens = _tokenize(original, text)
    separators = [i for i, (kind, _value) in enumerate(tokens) if kind == "separator"]
    if len(separators) > 1:
        raise _NoMatch()
    if separators:
        (split,) = separators
        return _assign_axes(_read_angle(tokens[:split]), _read_angle(tokens[split + 1:]), inside_iraq)
    return _split(tokens, text, inside_iraq)


def _split(tokens, text, inside_iraq):
    """Find the one place between the two coordinates when no comma or letter marks it.

    "34 20 45 23" could be 34, 20°45'23" or 34°20', 45°23' or 34°20'45", 23: a reading inside Iraq
    wins, then the even split; anything else is ambiguous.
    """
    points, first_error = [], None
    for split in range(1, len(tokens)):
        try:
            first, second = _read_angle(tokens[:split]), _read_angle(tokens[split:])
            points.append((first.slots == second.slots, _assign_axes(first, second, inside_iraq)))
        except CoordinateError as error:
            first_error = first_error or error
        except _NoMatch:
            pass
    if not points:
        if first_error:
            raise first_error
        raise _NoMatch()
    if len(points) == 1:
        return points[0][1]
    inside = [(even, point) for even, point in points if not point.needs_confirmation]
    if len(inside) == 1:
        return inside[0][1]
    even = [point for is_even, point in (inside or points) if is_even]
    if len(even) == 1:
        return even[0]
    raise CoordinateError(AMBIGUOUS, {"text": _shorten(text)})


def _read_angle(tokens):
    """One coordinate: [letter] [sign]D[°] [M['] [S["]]] [letter], or _NoMatch / CoordinateError."""
    tokens = list(tokens)
    prefix = tokens.pop(0)[1] if tokens and tokens[0][0] == "letter" else None
    suffix = tokens.pop()[1] if tokens and tokens[-1][0] == "letter" else None
    if not tokens or (prefix and suffix):
        raise _NoMatch()
    letter = prefix or suffix
    components = []  # (slot, number text)
    index = 0
    while index < len(tokens):
        kind, value = tokens[index]
        if kind != "number" or (components and value[0] in "+-"):
            raise _NoMatch()
        slot = components[-1][0] + 1 if components else 0
        if index + 1 < len(tokens) and tokens[index + 1][0] == "unit":
            slot = _UNIT_SLOTS[tokens[index + 1][1]]
            index += 1
        if slot > 2 or (components and slot <= components[-1][0]) or (not components and slot != 0):
            raise _NoMatch()
        components.append((slot, value))
        index += 1
    negative = components[0][1].startswith("-")
    if negative and letter:
        raise CoordinateError(SIGN_AND_LETTER, {"letter": letter})
    total = 0.0
    for position, (slot, value) in enumerate(components):
        number = abs(float(value))
        if position < len(components) - 1 and number != int(number):
            raise CoordinateError(FRACTION_BEFORE_LAST, {"value": value})
        if slot == 1 and number >= 60:
            raise CoordinateError(MINUTES_RANGE, {"value": value})
        if slot == 2 and number >= 60:
            raise CoordinateError(SECONDS_RANGE, {"value": value})
        total += number * _SLOT_DEGREES[slot]
    if negative or letter in ("S", "W"):
        total = -total
    last_slot, last_text = components[-1]
    precision = _SLOT_DEGREES[last_slot] * 10.0 ** -_decimals(last_text) * _METRES_PER_DEGREE
    text = "".join(value for _kind, value in tokens)
    return _Angle(total, letter, last_slot + 1, precision, text)


def _assign_axes(first, second, inside_iraq):
    fmt = DMS if max(first.slots, second.slots) > 1 else DECIMAL
    precision = max(first.precision_m, second.precision_m)
    axes = {a.letter in ("N", "S") for a in (first, second) if a.letter}
    if first.letter and second.letter and len(axes) == 1:
        raise CoordinateError(TWO_LATITUDES if axes == {True} else TWO_LONGITUDES)
    if first.letter or second.letter:
        marked = first if first.letter else second
        first_is_latitude = (marked.letter in ("N", "S")) == (marked is first)
        latitude, longitude = (first, second) if first_is_latitude else (second, first)
        if not -90 <= latitude.degrees <= 90:
            raise CoordinateError(LATITUDE_RANGE, {"value": latitude.text})
        if not -180 <= longitude.degrees <= 180:
            raise CoordinateError(LONGITUDE_RANGE, {"value": longitude.text})
        return _finish(longitude.degrees, latitude.degrees, fmt, inside_iraq, precision,
                       swapped=not first_is_latitude)
    orders = [(lat, lon, swapped) for lat, lon, swapped in ((first, second, False), (second, first, True))
              if -90 <= lat.degrees <= 90 and -180 <= lon.degrees <= 180]
    if not orders:
        if -90 <= first.degrees <= 90 or -90 <= second.degrees <= 90:
            wrong = first if abs(first.degrees) > 180 else second
            raise CoordinateError(LONGITUDE_RANGE, {"value": wrong.text})
        raise CoordinateError(NO_LATITUDE, {"first": first.text, "second": second.text})
    inside = [order for order in orders if inside_iraq(order[1].degrees, order[0].degrees)]
    if len(inside) == 1:
        latitude, longitude, swapped = inside[0]
        return ParsedPoint(longitude.degrees, latitude.degrees, fmt, swapped=swapped,
                           template=SWAPPED if swapped else "", precision_m=precision)
    if len(inside) == 2:
        latitude, longitude, _swapped = inside[0]
        return ParsedPoint(longitude.degrees, latitude.degrees, fmt, needs_confirmation=True,
                           template=BOTH_ORDERS_INSIDE, precision_m=precision)
    latitude, longitude, swapped = orders[0]
    return ParsedPoint(longitude.degrees, latitude.degrees, fmt, swapped=swapped, needs_confirmation=True,
                       template=OUTSIDE_IRAQ, precision_m=precision)


# --- writing ------------------------------------------------------------------------------------------

def _check_point(longitude, latitude, grid=False):
    try:
        longitude, latitude = float(longitude), float(latitude)
    except (TypeError, ValueError):
        raise CoordinateError(NOT_FINITE) from None
    if not (math.isfinite(longitude) and math.isfinite(latitude)):
        raise CoordinateError(NOT_FINITE)
    if not -90 <= latitude <= 90:
        raise CoordinateError(LATITUDE_RANGE, {"value": latitude})
    if not -180 <= longitude <= 180:
        raise CoordinateError(LONGITUDE_RANGE, {"value": longitude})
    if grid and not -80 <= latitude <= 84:
        raise CoordinateError(OUT_OF_GRID, {"value": latitude})
    return longitude, latitude


def describe(longitude, latitude, decimals=5):
    """``34.34800° N, 45.39100° E``."""
    longitude, latitude = _check_point(longitude, latitude)
    return (f"{abs(latitude):.{decimals}f}° {'S' if latitude < 0 else 'N'}, "
            f"{abs(longitude):.{decimals}f}° {'W' if longitude < 0 else 'E'}")


def to_decimal(longitude, latitude, decimals=5):
    """``34.34800, 45.39100``: latitude first, as typed into most maps."""
    longitude, latitude = _check_point(longitude, latitude)
    return f"{latitude:.{decimals}f}, {longitude:.{decimals}f}"


def to_dms(longitude, latitude, decimals=1):
    """``34°20'52.8"N 45°23'27.6"E``, seconds to ``decimals`` places."""
    longitude, latitude = _check_point(longitude, latitude)
    return f"{_dms(latitude, 'N', 'S', decimals)} {_dms(longitude, 'E', 'W', decimals)}"


def _dms(value, positive, negative, decimals):
    scale = 10 ** decimals
    units = round(abs(value) * 3600 * scale)  # whole units of 10**-decimals seconds, carried exactly
    degrees, rest = divmod(units, 3600 * scale)
    minutes, seconds = divmod(rest, 60 * scale)
    seconds_text = f"{seconds / scale:0{3 + decimals if decimals else 2}.{decimals}f}"
    letter = negative if value < 0 and units else positive
    return f"{degrees}°{minutes:02d}'{seconds_text}\"{letter}"


def to_utm(longitude, latitude, zone=None):
    """``38S 535960 3800812`` (zone, latitude band, easting, northing to the metre).

    ``zone`` forces a zone, for maps that run over a zone boundary; by default the point's own zone.
    """
    longitude, latitude = _check_point(longitude, latitude, grid=True)
    zone, _northern, easting, northing = utm.to_grid(longitude, latitude, zone)
    return f"{zone}{mgrs.band_letter(latitude)} {round(easting):d} {round(northing):d}"


def to_mgrs(longitude, latitude, precision=5, spaces=False):
    """``38SMB4123401234``; ``precision`` digits (1 to 5) each for easting and northing, truncated."""
    longitude, latitude = _check_point(longitude, latitude, grid=True)
    if precision not in (1, 2, 3, 4, 5):
        raise ValueError("precision must be 1 to 5")  # not for users
    zone, _northern, easting, northing = utm.to_grid(longitude, latitude)
    square = mgrs.square_letters(zone, easting, northing)
    divisor = 10 ** (5 - precision)
    east = f"{int(easting % 100000) // divisor:0{precision}d}"
    north = f"{int(northing % 100000) // divisor:0{precision}d}"
    parts = [f"{zone}{mgrs.band_letter(latitude)}", square, east, north]
    return " ".join(parts) if spaces else "".join(parts)


def format_point(longitude, latitude, fmt):
    """The point written in one of :data:`FORMATS`."""
    writers = {DECIMAL: to_decimal, DMS: to_dms, UTM: to_utm, MGRS: to_mgrs}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}")  # not for users
    return writers[fmt](longitude, latitude)
