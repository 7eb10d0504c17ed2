"""The coordinate parser of the incident dock: formats, Iraq-aware order, round trips, garbage."""

import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pyproj import Transformer

from incident_tracker.plugin.domain import coordinates, mgrs, utm
from incident_tracker.plugin.domain.coordinates import (
    DECIMAL,
    DMS,
    MGRS,
    UTM,
    CoordinateError,
    ParsedPoint,
    describe,
    format_point,
    parse_coordinates,
    to_decimal,
    to_dms,
    to_mgrs,
    to_utm,
)
from incident_tracker.plugin.domain.validation import IRAQ_BBOX, inside_iraq_bbox

WEST, SOUTH, EAST, NORTH = IRAQ_BBOX
KHANAQIN = (45.391, 34.348)
KIRKUK_CITADEL = (44.3946, 35.4690)
ERBIL_CITADEL = (44.0092, 36.1912)
AL_QAIM = (41.0900, 34.3700)  # UTM zone 37
FAW = (48.4720, 29.9760)  # UTM zone 39
PARIS = (2.3522, 48.8566)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Points inside Iraq's box, 0.001 degree (about 100 m) clear of its edges so rounding keeps them inside.
longitudes = st.floats(min_value=WEST + 0.001, max_value=EAST - 0.001)
latitudes = st.floats(min_value=SOUTH + 0.001, max_value=NORTH - 0.001)
iraq_points = st.tuples(longitudes, latitudes)

_TRANSFORMERS = {zone: Transformer.from_crs(4326, 32600 + zone, always_xy=True) for zone in (37, 38, 39)}


def metres_apart(a, b):
    """Distance between two (lon, lat) points, flat-earth (ample at these distances)."""
    dy = (a[1] - b[1]) * 111320.0
    dx = (a[0] - b[0]) * 111320.0 * math.cos(math.radians((a[1] + b[1]) / 2))
    return math.hypot(dx, dy)


def point_of(parsed):
    return parsed.longitude, parsed.latitude


def assert_parses_to(text, expected, within_m, fmt=None):
    parsed = parse_coordinates(text)
    assert metres_apart(point_of(parsed), expected) <= within_m, (text, parsed)
    if fmt:
        assert parsed.format == fmt
    return parsed


# --- examples ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fmt", [
    ("34.348, 45.391", DECIMAL),
    ("34.348 45.391", DECIMAL),
    ("34.348,45.391", DECIMAL),
    ("  34.348 ,  45.391  ", DECIMAL),
    ("34,348; 45,391", DECIMAL),
    ("34,348 45,391", DECIMAL),
    ("34,348, 45,391", DECIMAL),
    ("+34.348 +45.391", DECIMAL),
    ("N34.348 E45.391", DECIMAL),
    ("34.348N 45.391E", DECIMAL),
    ("34.348 N, 45.391 E", DECIMAL),
    ("n34.348 e45.391", DECIMAL),
    ("34.348° N, 45.391° E", DECIMAL),
    ("34.348 North 45.391 East", DECIMAL),
    ("٣٤٫٣٤٨، ٤٥٫٣٩١", DECIMAL),
    ("۳۴٫۳۴۸ ۴۵٫۳۹۱", DECIMAL),
    ("34°20'52.8\"N 45°23'27.6\"E", DMS),
    ("34°20′52.8″N 45°23′27.6″E", DMS),
    ("34°20’52.8”N 45°23’27.6”E", DMS),
    ("34º20'52.8''N 45º23'27.6''E", DMS),
    ("34 20 52.8 N, 45 23 27.6 E", DMS),
    ("N 34 20 52.8 E 45 23 27.6", DMS),
    ("34:20:52.8N 45:23:27.6E", DMS),
    ("34 20 52.8 45 23 27.6", DMS),
    ("34°20.88'N 45°23.46'E", DMS),
    ("34°20,88'N 45°23,46'E", DMS),
    ("34 20.88, 45 23.46", DMS),
    ("38S 535960 3800812", UTM),
    ("38s 535960 3800812", UTM),
    ("38N 535960 3800812", UTM),
    ("38 535960 3800812", UTM),
    ("38 535960E 3800812N", UTM),
    ("38S 535960mE 3800812mN", UTM),
    ("38S, 535960, 3800812", UTM),
    ("38SND3596000811", MGRS),
    ("38S ND 35960 00811", MGRS),
    ("38snd 35960 00811", MGRS),
])
def test_khanaqin_in_every_format(text, fmt):
    parsed = assert_parses_to(text, KHANAQIN, within_m=3.0, fmt=fmt)
    assert not parsed.swapped and not parsed.needs_confirmation and parsed.message == ""
    assert parsed.describe() == "34.34800° N, 45.39100° E"
    assert str(parsed) == parsed.describe()


def test_khanaqin_written_in_every_format():
    lon, lat = KHANAQIN
    assert to_decimal(lon, lat) == "34.34800, 45.39100"
    assert to_dms(lon, lat) == "34°20'52.8\"N 45°23'27.6\"E"
    assert to_utm(lon, lat) == "38S 535960 3800812"
    assert to_mgrs(lon, lat) == "38SND3596000811"
    assert to_mgrs(lon, lat, spaces=True) == "38S ND 35960 00811"
    assert to_mgrs(lon, lat, precision=1) == "38SND30"
    assert describe(lon, lat) == "34.34800° N, 45.39100° E"
    assert describe(-lon, -lat, 2) == "34.35° S, 45.39° W"
    for fmt in coordinates.FORMATS:
        assert metres_apart(point_of(parse_coordinates(format_point(lon, lat, fmt))), KHANAQIN) < 3


def test_khanaqin_utm_agrees_with_pyproj():
    easting, northing = _TRANSFORMERS[38].transform(*KHANAQIN)
    assert to_utm(*KHANAQIN) == f"38S {round(easting)} {round(northing)}"


@pytest.mark.parametrize("place, zone", [(KIRKUK_CITADEL, 38), (ERBIL_CITADEL, 38), (AL_QAIM, 37), (FAW, 39)])
def test_places_round_trip_in_every_format(place, zone):
    assert to_utm(*place).startswith(str(zone))
    assert to_mgrs(*place).startswith(str(zone))
    for fmt, within in ((DECIMAL, 1), (DMS, 3), (UTM, 1), (MGRS, 1.5)):
        text = format_point(*place, fmt)
        parsed = assert_parses_to(text, place, within, fmt)
        assert not parsed.needs_confirmation


def test_kirkuk_and_erbil_examples():
    assert_parses_to("35°28'08.4\"N 44°23'40.6\"E", KIRKUK_CITADEL, 3, DMS)
    assert_parses_to("44.0092, 36.1912", ERBIL_CITADEL, 1, DECIMAL).swapped
    easting, northing = _TRANSFORMERS[38].transform(*ERBIL_CITADEL)
    assert_parses_to(f"38S {easting:.0f} {northing:.0f}", ERBIL_CITADEL, 1, UTM)


def test_the_mgrs_example_of_the_issue_is_in_baghdad_square_mb():
    parsed = parse_coordinates("38SMB4123401234")
    assert parsed.format == MGRS and parsed.precision_m == 1
    assert to_mgrs(parsed.longitude, parsed.latitude) == "38SMB4123401234"
    easting, northing = _TRANSFORMERS[38].transform(parsed.longitude, parsed.latitude)
    assert abs(easting - 441234.5) < 0.01 and abs(northing - 3601234.5) < 0.01  # the 1 m square's centre


def test_mgrs_lettering_matches_published_examples():
    # The Washington Monument, the USNG/MGRS example "18S UJ 23487 06483" (FGDC-STD-011-2001).
    assert to_mgrs(-77.03524, 38.88949, precision=4) == "18SUJ23480648"
    # Odd zones start rows at A, even zones at F; column letter sets rotate with the zone.
    assert mgrs.square_letters(37, 400000, 3700000) == "DT"  # zone 37: columns A-H, row 37 -> T
    assert mgrs.square_letters(38, 400000, 3700000) == "MC"  # zone 38: columns J-R, rows shifted by 5
    assert mgrs.square_letters(39, 400000, 3700000) == "VT"  # zone 39: columns S-Z
    # Baghdad (33.31 N, 44.36 E) is in square 38S MB.
    assert to_mgrs(44.36, 33.31).startswith("38SMB")


@pytest.mark.parametrize("digits, precision_m", [(1, 10000), (2, 1000), (3, 100), (4, 10), (5, 1)])
def test_mgrs_precision_is_reported_and_the_point_is_the_square_centre(digits, precision_m):
    text = to_mgrs(*KHANAQIN, precision=digits)
    parsed = parse_coordinates(text)
    assert parsed.precision_m == precision_m
    assert metres_apart(point_of(parsed), KHANAQIN) <= precision_m * math.sqrt(2) / 2 + 1
    easting, northing = _TRANSFORMERS[38].transform(parsed.longitude, parsed.latitude)
    assert abs(easting % precision_m - precision_m / 2) < 0.01
    assert abs(northing % precision_m - precision_m / 2) < 0.01


def test_paris_is_read_but_needs_confirmation():
    for text in ("48.8566, 2.3522", "48.8566N 2.3522E", "48°51'23.8\"N 2°21'07.9\"E"):
        parsed = parse_coordinates(text)
        assert parsed.needs_confirmation and parsed.template == coordinates.OUTSIDE_IRAQ
        assert metres_apart(point_of(parsed), PARIS) < 5
        assert "outside Iraq" in parsed.message


def test_a_swapped_point_is_detected_and_said():
    parsed = parse_coordinates("45.391,34.348")
    assert point_of(parsed) == KHANAQIN
    assert parsed.swapped and not parsed.needs_confirmation
    assert parsed.template == coordinates.SWAPPED and "longitude, latitude" in parsed.message


def test_letters_decide_the_order():
    parsed = parse_coordinates("45.391E 34.348N")
    assert point_of(parsed) == KHANAQIN and parsed.swapped and parsed.message == ""
    parsed = parse_coordinates("E45.391 34.348")
    assert point_of(parsed) == KHANAQIN and parsed.swapped
    parsed = parse_coordinates("34.348 45.391E")
    assert point_of(parsed) == KHANAQIN and not parsed.swapped


def test_letters_against_iraq_ask_for_confirmation_and_say_why():
    parsed = parse_coordinates("45.391N 34.348E")
    assert (parsed.latitude, parsed.longitude) == (45.391, 34.348)
    assert parsed.needs_confirmation and parsed.template == coordinates.OUTSIDE_IRAQ_SWAPPED_INSIDE


def test_south_west_and_minus_signs():
    assert point_of(parse_coordinates("34.348S 45.391W")) == (-45.391, -34.348)
    assert point_of(parse_coordinates("-34.348, -45.391")) == (-45.391, -34.348)
    assert point_of(parse_coordinates("−34.348 45.391")) == (45.391, -34.348)  # typographic minus
    parsed = parse_coordinates("-34°20'52.8\" 45°23'27.6\"")
    assert parsed.format == DMS and parsed.latitude == pytest.approx(-34.348) and parsed.needs_confirmation


def test_neither_order_in_iraq_keeps_latitude_first_unless_impossible():
    parsed = parse_coordinates("10, 20")
    assert point_of(parsed) == (20, 10) and not parsed.swapped and parsed.needs_confirmation
    parsed = parse_coordinates("120, 30")  # 120 cannot be a latitude
    assert point_of(parsed) == (120, 30) and parsed.swapped and parsed.needs_confirmation


def test_a_custom_inside_test_is_used():
    everywhere = parse_coordinates("48.8566, 2.3522", inside_iraq=lambda lon, lat: True)
    assert everywhere.needs_confirmation and everywhere.template == coordinates.BOTH_ORDERS_INSIDE
    assert not parse_coordinates("48.8566, 2.3522", inside_iraq=lambda lon, lat: lat > 40).needs_confirmation


def test_decimal_precision_is_reported():
    assert parse_coordinates("34.348, 45.391").precision_m == pytest.approx(111.32)
    assert parse_coordinates("34, 45").precision_m == pytest.approx(111320)
    assert parse_coordinates("34°20'52.8\"N 45°23'27.6\"E").precision_m == pytest.approx(3.09, abs=0.01)
    assert parse_coordinates("38S 535960.5 3800812.25").precision_m == pytest.approx(0.1)


def test_bare_numbers_are_split_where_the_point_falls_in_iraq_else_evenly():
    parsed = parse_coordinates("34 20 53 45.5")  # 34°20'53", 45.5 (34°20', 53°45.5' is in Iran)
    assert parsed.format == DMS and point_of(parsed) == pytest.approx((45.5, 34 + 20 / 60 + 53 / 3600))
    parsed = parse_coordinates("34 20 45 23")  # 34°20', 45°23'
    assert point_of(parsed) == pytest.approx((45 + 23 / 60, 34 + 20 / 60))
    parsed = parse_coordinates("34 20 53 45 23")  # 34°20'53", 45°23' (34°20', 53°45'23" is in Iran)
    assert point_of(parsed) == pytest.approx((45 + 23 / 60, 34 + 20 / 60 + 53 / 3600))
    parsed = parse_coordinates("10 20 30 40")  # nowhere near Iraq: the even split, to be confirmed
    assert point_of(parsed) == pytest.approx((30 + 40 / 60, 10 + 20 / 60)) and parsed.needs_confirmation


def test_utm_band_letters():
    # S is band S (32-40 N), not "south"; N is "northern hemisphere", not band N (0-8 N).
    assert parse_coordinates("38S 535960 3800812").latitude == pytest.approx(34.348)
    assert parse_coordinates("38N 535960 3800812").latitude == pytest.approx(34.348)
    # A band letter that does not fit the northing is a typing error somewhere (0.5 degrees of slack).
    for band in "RT":
        with pytest.raises(CoordinateError) as error:
            parse_coordinates(f"38{band} 535960 3800812")
        assert error.value.template == coordinates.BAND_MISMATCH and "band " + band in error.value.message
    assert parse_coordinates("38R 535960 3570000").latitude == pytest.approx(32.27, abs=0.01)


# --- errors -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, template", [
    ("", coordinates.NOTHING_TYPED),
    ("   ", coordinates.NOTHING_TYPED),
    (None, coordinates.NOTHING_TYPED),
    ("hello", coordinates.UNEXPECTED_CHARACTER),
    ("34.348", coordinates.UNREADABLE),
    ("34.348.45", coordinates.UNREADABLE),
    ("34.348, 45.391, 12", coordinates.UNREADABLE),
    ("34 61 00 N, 45 00 00 E", coordinates.MINUTES_RANGE),
    ("34 20 60 N, 45 00 00 E", coordinates.SECONDS_RANGE),
    ("34.5 20 N, 45 E", coordinates.FRACTION_BEFORE_LAST),
    ("-34.348N 45.391E", coordinates.SIGN_AND_LETTER),
    ("34.348N 45.391S", coordinates.TWO_LATITUDES),
    ("34.348E 45.391W", coordinates.TWO_LONGITUDES),
    ("95N 45E", coordinates.LATITUDE_RANGE),
    ("34N 190E", coordinates.LONGITUDE_RANGE),
    ("34, 190", coordinates.LONGITUDE_RANGE),
    ("95, 95", coordinates.NO_LATITUDE),
    ("10 20 30 40 50", coordinates.AMBIGUOUS),
    ("36S 535960 3800812", coordinates.UTM_ZONE),
    ("40 535960 3800812", coordinates.UTM_ZONE),
    ("38I 535960 3800812", coordinates.UTM_BAND_LETTER),
    ("38C 535960 3800812", coordinates.UTM_SOUTHERN_BAND),
    ("38S 935960 3800812", coordinates.UTM_EASTING),
    ("38 535960 9999999", coordinates.UTM_NORTHING),
    ("38SND", coordinates.MGRS_DIGITS),
    ("38SND123", coordinates.MGRS_DIGITS),
    ("38SND123456789012", coordinates.MGRS_DIGITS),
    ("38SAD1234512345", coordinates.MGRS_SQUARE),
    ("38SNW1234512345", coordinates.MGRS_SQUARE),
    ("36SND3596000811", coordinates.UTM_ZONE),
    ("38TND3596000811", coordinates.BAND_MISMATCH),
    ("1" * 300, coordinates.TOO_LONG),
])
def test_garbage_is_rejected_with_a_message(text, template):
    with pytest.raises(CoordinateError) as error:
        parse_coordinates(text)
    assert error.value.template == template
    assert str(error.value) == error.value.message == template.format(**error.value.params)
    assert isinstance(error.value, ValueError)


def test_messages_name_what_was_expected():
    with pytest.raises(CoordinateError) as error:
        parse_coordinates("somewhere near Khanaqin")
    assert "\"o\"" in error.value.message and "decimal degrees" in error.value.message
    assert "MGRS" in error.value.message and "UTM" in error.value.message
    with pytest.raises(CoordinateError) as error:
        parse_coordinates("33S 535960 3800812")
    assert "37 to 39" in error.value.message


def test_writers_reject_impossible_points():
    for args in ((float("nan"), 34), (45, float("inf")), (45, 91), (181, 34), ("x", 34)):
        with pytest.raises(CoordinateError):
            to_dms(*args)
    with pytest.raises(CoordinateError):
        to_utm(45, 85)
    with pytest.raises(CoordinateError):
        to_mgrs(45, -81)
    with pytest.raises(ValueError):
        to_mgrs(45, 34, precision=6)


def test_dms_seconds_carry_into_minutes_and_degrees():
    assert to_dms(45.0, 33.99999999) == "34°00'00.0\"N 45°00'00.0\"E"
    assert to_dms(-0.0000001, 0) == "0°00'00.0\"N 0°00'00.0\"E"
    assert to_dms(45.5, 33.25, decimals=0) == "33°15'00\"N 45°30'00\"E"


def test_every_template_is_marked_for_translation_in_the_module():
    templates = {value for name, value in vars(coordinates).items() if name.isupper() and isinstance(value, str)}
    for template in (coordinates.SWAPPED, coordinates.OUTSIDE_IRAQ, coordinates.UNREADABLE):
        assert template in templates
    assert ParsedPoint(45, 34, DECIMAL).message == ""


# --- the transverse Mercator against pyproj ---------------------------------------------------------

def test_a_forced_zone_runs_over_its_edge_and_comes_back():
    # Al-Qaim is in zone 37; maps of Anbar often keep zone 38 across the edge: west of 42 E the easting
    # falls below the zone's usual 166,000 m, and the position still leads back to the point.
    zone, northern, easting, northing = utm.to_grid(*AL_QAIM, zone=38)
    assert (zone, northern) == (38, True) and easting < 166000
    assert metres_apart(utm.from_grid(38, True, easting, northing), AL_QAIM) < 0.01


# --- round trips --------------------------------------------------------------------------------------

@SETTINGS
@given(iraq_points)
def test_utm_round_trip_within_a_metre(point):
    parsed = parse_coordinates(to_utm(*point))
    assert parsed.format == UTM and not parsed.needs_confirmation
    assert metres_apart(point_of(parsed), point) < 1.0


@SETTINGS
@given(iraq_points, st.integers(min_value=1, max_value=5), st.booleans())
def test_mgrs_round_trip_within_its_precision(point, precision, spaces):
    parsed = parse_coordinates(to_mgrs(*point, precision=precision, spaces=spaces))
    assert parsed.format == MGRS
    size = 10.0 ** (5 - precision)
    assert parsed.precision_m == size
    assert metres_apart(point_of(parsed), point) <= size * 0.71 + 0.01
    same_grid_zone = (utm.standard_zone(*point) == utm.standard_zone(*point_of(parsed))
                      and mgrs.band_letter(point[1]) == mgrs.band_letter(parsed.latitude))
    if same_grid_zone:  # a square's centre can lie across a zone or band edge from the point (at 48 E, say)
        assert to_mgrs(*point_of(parsed), precision) == to_mgrs(*point, precision=precision)


@SETTINGS
@given(iraq_points)
def test_mgrs_five_digits_within_a_metre_and_a_half(point):
    assert metres_apart(point_of(parse_coordinates(to_mgrs(*point))), point) < 1.5


@SETTINGS
@given(iraq_points)
def test_dms_round_trip_within_three_metres(point):
    parsed = parse_coordinates(to_dms(*point))
    assert parsed.format == DMS and not parsed.swapped and not parsed.needs_confirmation
    assert metres_apart(point_of(parsed), point) < 3.0


@SETTINGS
@given(iraq_points)
def test_decimal_and_description_round_trip(point):
    for text in (to_decimal(*point), describe(*point)):
        parsed = parse_coordinates(text)
        assert parsed.format == DECIMAL and metres_apart(point_of(parsed), point) < 1.0


_ARABIC = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")


@st.composite
def typed_decimal(draw):
    """A point in Iraq typed the many ways people type decimal degrees; (text, point, lon_first)."""
    lon, lat = draw(iraq_points)
    decimals = draw(st.integers(min_value=0, max_value=7))
    lon_first = draw(st.booleans())
    letters = draw(st.sampled_from(["none", "prefix", "suffix", "suffix spaced", "words"]))
    comma = draw(st.booleans())
    separator = draw(st.sampled_from([" ", ", ", ",", "; ", ";", "  ", " / "] if not comma else [" ", "; ", ";"]))
    arabic = draw(st.booleans())

    def number(value, letter):
        text = f"{value:.{decimals}f}"
        if comma:
            text = text.replace(".", ",")
        if arabic:
            text = text.translate(_ARABIC)
        return {"none": text, "prefix": letter + text, "suffix": text + letter, "suffix spaced": f"{text} {letter}",
                "words": text + " " + {"N": "north", "E": "East"}[letter]}[letters]

    parts = [number(lat, "N"), number(lon, "E")]
    if lon_first:
        parts.reverse()
    rounded = (float(f"{lon:.{decimals}f}"), float(f"{lat:.{decimals}f}"))
    assume(inside_iraq_bbox(*rounded))  # whole degrees may round out of the box
    return separator.join(parts), rounded, lon_first


@SETTINGS
@given(typed_decimal())
def test_typed_decimal_degrees_are_read_in_either_order(case):
    text, (lon, lat), lon_first = case
    parsed = parse_coordinates(text)
    assert parsed.format == DECIMAL
    assert parsed.longitude == pytest.approx(lon, abs=1e-9) and parsed.latitude == pytest.approx(lat, abs=1e-9)
    assert parsed.swapped == lon_first
    assert not parsed.needs_confirmation


@st.composite
def typed_dms(draw):
    lon, lat = draw(iraq_points)
    symbols = draw(st.sampled_from([("°", "'", '"'), ("°", "′", "″"), ("º", "’", "”"), (" ", " ", " "),
                                    (":", ":", ""), ("°", "'", "''")]))
    letters = draw(st.sampled_from(["suffix", "prefix", "none"]))
    lon_first = draw(st.booleans())
    separator = draw(st.sampled_from([" ", ", ", ";"]))

    def dms(value, letter):
        text = to_dms(value if letter == "E" else 0, value if letter == "N" else 0).split()[0 if letter == "N" else 1]
        degrees, rest = text.split("°")
        minutes, rest = rest.split("'")
        seconds = rest.split('"')[0]
        body = f"{degrees}{symbols[0]}{minutes}{symbols[1]}{seconds}{symbols[2]}".strip()
        return {"suffix": body + letter, "prefix": letter + body, "none": body}[letters]

    parts = [dms(lat, "N"), dms(lon, "E")]
    if lon_first:
        parts.reverse()
    return separator.join(parts), (lon, lat), lon_first


@SETTINGS
@given(typed_dms())
def test_typed_dms_is_read_in_either_order(case):
    text, point, lon_first = case
    parsed = parse_coordinates(text)
    assert parsed.format == DMS, text
    assert metres_apart(point_of(parsed), point) < 3.0, text
    assert parsed.swapped == lon_first and not parsed.needs_confirmation


@SETTINGS
@given(iraq_points)
def test_swapped_decimal_degrees_are_put_back(point):
    lon, lat = point
    straight = parse_coordinates(f"{lat}, {lon}")
    swapped = parse_coordinates(f"{lon}, {lat}")
    assert point_of(straight) == point_of(swapped) == point
    assert not straight.swapped and swapped.swapped
    assert swapped.template == coordinates.SWAPPED and not swapped.needs_confirmation


# --- never anything but CoordinateError ------------------------------------------------------------

def _parses_or_says_why(text):
    try:
        parsed = parse_coordinates(text)
    except CoordinateError as error:
        assert error.message and error.template.format(**error.params) == error.message
        return None
    assert isinstance(parsed, ParsedPoint) and parsed.format in coordinates.FORMATS
    assert math.isfinite(parsed.longitude) and math.isfinite(parsed.latitude)
    assert -180 <= parsed.longitude <= 180 and -90 <= parsed.latitude <= 90
    parsed.describe()
    return parsed


def _strictly(text):
    """The parser without its safety net: even ValueError/ArithmeticError must not reach it."""
    try:
        coordinates._parse(text, inside_iraq_bbox)
    except CoordinateError:
        pass


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_text_never_raises_anything_else(text):
    _parses_or_says_why(text)
    _strictly(text)


_NEAR_MISS_ALPHABET = "0123456789012345678901234567890123456789 .,;:/°'\"′″’”+-−NSEWnsewMBCDRTUVXJKLPQmIOZ٫٣٤"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_NEAR_MISS_ALPHABET, max_size=30))
def test_near_miss_strings_never_raise_anything_else(text):
    _parses_or_says_why(text)
    _strictly(text)


@st.composite
def mutated(draw):
    """A valid string in some format with one to three characters deleted, inserted or replaced."""
    point = draw(iraq_points)
    text = format_point(*point, draw(st.sampled_from(coordinates.FORMATS)))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        position = draw(st.integers(min_value=0, max_value=len(text)))
        action = draw(st.sampled_from(["delete", "insert", "replace"]))
        character = draw(st.sampled_from(_NEAR_MISS_ALPHABET))
        if action == "delete":
            text = text[:position] + text[position + 1:]
        elif action == "insert":
            text = text[:position] + character + text[position:]
        else:
            text = text[:position] + character + text[position + 1:]
    return text


@settings(max_examples=600, deadline=None)
@given(mutated())
def test_mutated_coordinates_never_raise_anything_else(text):
    _parses_or_says_why(text)
    _strictly(text)


@settings(max_examples=200, deadline=None)
@given(st.tuples(st.sampled_from(["", "3", "37", "38", "39", "40", "0", "99"]), st.sampled_from("SNRTCXIOAZ "),
                 st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZIO", min_size=0, max_size=3),
                 st.text(alphabet="0123456789 .", max_size=14)))
def test_grid_like_strings_never_raise_anything_else(parts):
    _parses_or_says_why("".join(parts))
    _parses_or_says_why(" ".join(parts))
    _strictly("".join(parts))
