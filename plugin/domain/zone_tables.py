"""The tables a zones GeoPackage holds (written by ``core.zones_builder``) and the boundaries' attribution.

Kept apart from the builder so that reading zones never loads the geometry code.
"""

SUBDISTRICTS_LAYER = "zones_subdistricts"
DISTRICTS_LAYER = "zones_districts"
GROUPS_LAYER = "zone_groups"
REGION_LAYER = "kurdistan_region"
META_LAYER = "zones_meta"
CONTROL_LAYER = "zone_control_periods"  # each area once per control period, with its dates (temporal layer)
ZONE_LAYERS = (SUBDISTRICTS_LAYER, DISTRICTS_LAYER, GROUPS_LAYER, REGION_LAYER)
# The attribution OCHA COD-AB asks for (shared/data/cod-ab-irq/SOURCE.md; HDX dataset cod-ab-irq).
ATTRIBUTION = "Administrative boundaries: Iraq CSO / OCHA COD-AB (2019), CC BY 3.0 IGO"
