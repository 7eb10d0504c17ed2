"""The project's time settings fitted to the incidents (issue 16, point 6), without the desktop."""

from qgis.core import QgsProject

from incident_tracker.plugin.core.compat import temporal_unit
from incident_tracker.plugin.core.layers import add_store_layers
from incident_tracker.plugin.core.sample import build_sample_store
from incident_tracker.plugin.core.temporal import fit_time_settings, step_is_default


def _qgis_default_step(project):
    """One hour, as a new QGIS project has it (clear() and reset() keep another test's step in 3.22)."""
    project.timeSettings().setTimeStep(1)
    project.timeSettings().setTimeStepUnit(temporal_unit("Hours"))


def test_the_sample_gets_a_day_a_frame_over_its_own_period(tmp_path, qgis_new_project):
    store = build_sample_store(str(tmp_path / "sample.gpkg"))
    project = QgsProject.instance()
    _qgis_default_step(project)
    add_store_layers(store, project)
    assert step_is_default(project)
    assert fit_time_settings(project) == "day"
    settings = project.timeSettings()
    assert settings.timeStepUnit() == temporal_unit("Days") and settings.timeStep() == 1
    period = settings.temporalRange()
    assert period.begin().date().toString("yyyy-MM-dd") == "2020-05-10"
    assert period.end().date().toString("yyyy-MM-dd") == "2020-06-15"  # the end of 14 June
    assert not step_is_default(project)
    store.close()


def test_a_project_without_incidents_is_left_alone(qgis_new_project):
    _qgis_default_step(QgsProject.instance())
    assert fit_time_settings(QgsProject.instance()) is None
    assert step_is_default(QgsProject.instance())
