"""Widgets: the plugin object, dock and dialogs. Thin: the work is done in ``core``."""
