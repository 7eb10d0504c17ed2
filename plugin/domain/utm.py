"""Universal Transverse Mercator on WGS84, written out so the plugin needs no projection library here.

The formulas are the Krüger n-series for the transverse Mercator projection to sixth order in the
third flattening n, as published in

* NGA Standardization Document NGA.SIG.0012_2.0.0_UTMUPS, "The Universal Grids and Grid Reference
  Systems" (2014), section 5 (transverse Mercator: Krüger n-series, forward and inverse), and
* C. F. F. Karney, "Transverse Mercator with an accuracy of a few nanometers", Journal of Geodesy
  85 (2011), equations 7-11 (forward), 15-21 (inverse; Newton's method for the latitude) and 35-36
  (the alpha and beta coefficients).

Within the UTM zones (a few degrees from the central meridian) the series are accurate to well
under a millimetre. Angles are in degrees at the interface, metres on the grid.
"""

import math

# WGS84 ellipsoid (NIMA TR8350.2).
A = 6378137.0
F = 1 / 298.257223563
K0 = 0.9996
FALSE_EASTING = 500000.0
FALSE_NORTHING_SOUTH = 10000000.0

_N = F / (2 - F)  # third flattening
_E = math.sqrt(F * (2 - F))  # first eccentricity
_E2 = F * (2 - F)
# Rectifying radius: meridian distance per radian of rectifying latitude.
_RECTIFYING_RADIUS = A / (1 + _N) * (1 + _N ** 2 / 4 + _N ** 4 / 64 + _N ** 6 / 256)


def _series(coefficients):
    """Evaluate each coefficient polynomial in n; ``coefficients[j]`` lists terms (power, fraction)."""
    return [sum(numerator / denominator * _N ** power for power, numerator, denominator in terms)
            for terms in coefficients]


# alpha_j: conformal sphere -> transverse Mercator (forward).
_ALPHA = _series([
    [(1, 1, 2), (2, -2, 3), (3, 5, 16), (4, 41, 180), (5, -127, 288), (6, 7891, 37800)],
    [(2, 13, 48), (3, -3, 5), (4, 557, 1440), (5, 281, 630), (6, -1983433, 1935360)],
    [(3, 61, 240), (4, -103, 140), (5, 15061, 26880), (6, 167603, 181440)],
    [(4, 49561, 161280), (5, -179, 168), (6, 6601661, 7257600)],
    [(5, 34729, 80640), (6, -3418889, 1995840)],
    [(6, 212378941, 319334400)],
])
# beta_j: transverse Mercator -> conformal sphere (inverse).
_BETA = _series([
    [(1, 1, 2), (2, -2, 3), (3, 37, 96), (4, -1, 360), (5, -81, 512), (6, 96199, 604800)],
    [(2, 1, 48), (3, 1, 15), (4, -437, 1440), (5, 46, 105), (6, -1118711, 3870720)],
    [(3, 17, 480), (4, -37, 840), (5, -209, 4480), (6, 5569, 90720)],
    [(4, 4397, 161280), (5, -11, 504), (6, -830251, 7257600)],
    [(5, 4583, 161280), (6, -108847, 3991680)],
    [(6, 20648693, 638668800)],
])


def central_meridian(zone):
    return -183.0 + 6.0 * zone


def _conformal_tan(tau):
    """tan of the conformal latitude from tau = tan(latitude) (Karney 2011, eq. 7-9)."""
    sigma = math.sinh(_E * math.atanh(_E * tau / math.hypot(1.0, tau)))
    return tau * math.hypot(1.0, sigma) - sigma * math.hypot(1.0, tau)


def _geographic_tan(tau_prime):
    """Invert :func:`_conformal_tan` by Newton's method (Karney 2011, eq. 19-21)."""
    tau = tau_prime
    for _ in range(10):
        current = _conformal_tan(tau)
        slope = ((1 - _E2) * math.hypot(1.0, current) * math.hypot(1.0, tau)) / (1 + (1 - _E2) * tau * tau)
        step = (current - tau_prime) / slope
        tau -= step
        if abs(step) <= 1e-14 * max(1.0, abs(tau)):
            break
    return tau


def forward(longitude, latitude, lon0):
    """Transverse Mercator x, y (metres, scaled by K0, no false origin) about meridian ``lon0``."""
    phi = math.radians(latitude)
    lam = math.radians(longitude - lon0)
    tau_prime = _conformal_tan(math.tan(phi))
    xi_prime = math.atan2(tau_prime, math.cos(lam))
    eta_prime = math.asinh(math.sin(lam) / math.hypot(tau_prime, math.cos(lam)))
    xi, eta = xi_prime, eta_prime
    for j, alpha in enumerate(_ALPHA, start=1):
        xi += alpha * math.sin(2 * j * xi_prime) * math.cosh(2 * j * eta_prime)
        eta += alpha * math.cos(2 * j * xi_prime) * math.sinh(2 * j * eta_prime)
    return K0 * _RECTIFYING_RADIUS * eta, K0 * _RECTIFYING_RADIUS * xi


def inverse(x, y, lon0):
    """Longitude, latitude (degrees) from transverse Mercator x, y about meridian ``lon0``."""
    xi = y / (K0 * _RECTIFYING_RADIUS)
    eta = x / (K0 * _RECTIFYING_RADIUS)
    xi_prime, eta_prime = xi, eta
    for j, beta in enumerate(_BETA, start=1):
        xi_prime -= beta * math.sin(2 * j * xi) * math.cosh(2 * j * eta)
        eta_prime -= beta * math.cos(2 * j * xi) * math.sinh(2 * j * eta)
    sinh_eta = math.sinh(eta_prime)
    cos_xi = math.cos(xi_prime)
    tau_prime = math.sin(xi_prime) / math.hypot(sinh_eta, cos_xi)
    latitude = math.degrees(math.atan(_geographic_tan(tau_prime)))
    longitude = lon0 + math.degrees(math.atan2(sinh_eta, cos_xi))
    return longitude, latitude


def standard_zone(longitude, latitude):
    """The UTM zone of a point, with the Norway and Svalbard exceptions."""
    lon = ((longitude + 180.0) % 360.0) - 180.0
    zone = min(int((lon + 180.0) // 6) + 1, 60)
    if 56 <= latitude < 64 and 3 <= lon < 12:
        return 32
    if 72 <= latitude <= 84 and 0 <= lon < 42:
        return 31 if lon < 9 else 33 if lon < 21 else 35 if lon < 33 else 37
    return zone


def to_grid(longitude, latitude, zone=None):
    """(zone, northern, easting, northing) of a point; ``zone`` forces a zone (maps often run over)."""
    zone = zone or standard_zone(longitude, latitude)
    x, y = forward(longitude, latitude, central_meridian(zone))
    northern = latitude >= 0
    return zone, northern, FALSE_EASTING + x, y if northern else y + FALSE_NORTHING_SOUTH


def from_grid(zone, northern, easting, northing):
    """Longitude, latitude of a UTM grid position."""
    y = northing if northern else northing - FALSE_NORTHING_SOUTH
    longitude, latitude = inverse(easting - FALSE_EASTING, y, central_meridian(zone))
    longitude = ((longitude + 180.0) % 360.0) - 180.0
    return longitude, latitude
