"""Military Grid Reference System letters on top of UTM (WGS84, the "AA" lettering scheme).

Following NGA.SIG.0012_2.0.0_UTMUPS, "The Universal Grids and Grid Reference Systems" (2014),
section 11 (MGRS): latitude bands C..X of 8 degrees (X is 12), 100 km column letters A..Z without
I and O cycling in three sets of eight by zone, row letters A..V without I and O repeating every
2,000 km, with even zones' rows starting at F.

Only the grid arithmetic is here; reading and writing the text is in :mod:`.coordinates`.
"""

from . import utm

BAND_LETTERS = "CDEFGHJKLMNPQRSTUVWX"
COLUMN_SETS = ("ABCDEFGH", "JKLMNPQR", "STUVWXYZ")
ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUV"
_ROW_CYCLE = 2000000.0


def band_letter(latitude):
    """The latitude band of a point (80 S to 84 N); X runs from 72 to 84 N."""
    index = int((latitude + 80.0) // 8.0)
    return BAND_LETTERS[max(0, min(index, len(BAND_LETTERS) - 1))]


def band_limits(letter):
    """South and north latitude of a band."""
    index = BAND_LETTERS.index(letter)
    south = -80.0 + 8.0 * index
    return south, 84.0 if letter == "X" else south + 8.0


def square_letters(zone, easting, northing):
    """The two 100 km square letters of a UTM position."""
    column = int(easting // 100000)  # 1..8 within a zone
    row = int(northing // 100000)
    column_letter = COLUMN_SETS[(zone - 1) % 3][(column - 1) % 8]
    row_letter = ROW_LETTERS[(row + (5 if zone % 2 == 0 else 0)) % 20]
    return column_letter + row_letter


def square_origin(zone, band, column_letter, row_letter):
    """UTM easting and northing of the south-west corner of a 100 km square in ``zone`` and ``band``.

    Raises ValueError when the column letter is not used in the zone. The row letters repeat every
    2,000 km; the band (at most 12 degrees, about 1,330 km) picks the repetition: the first northing
    at or above the lowest grid northing of the band's southern edge in the zone.
    """
    column_set = COLUMN_SETS[(zone - 1) % 3]
    if column_letter not in column_set:
        raise ValueError(column_letter)
    easting = (column_set.index(column_letter) + 1) * 100000.0
    row = (ROW_LETTERS.index(row_letter) - (5 if zone % 2 == 0 else 0)) % 20
    south, _north = band_limits(band)
    meridian = utm.central_meridian(zone)
    # Parallels curve towards the pole: the band's southern edge is lowest on the grid on the central
    # meridian in the north and at the zone's edge in the south; take the lower of the two.
    band_floor = min(utm.to_grid(meridian + offset, south, zone)[3] for offset in (0.0, 3.0))
    band_floor = (band_floor // 100000) * 100000.0
    northing = row * 100000.0
    while northing < band_floor:
        northing += _ROW_CYCLE
    return easting, northing, south >= 0
