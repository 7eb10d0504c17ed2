"""The Processing provider ``incidenttracker`` and its algorithms (thin wrappers over ``core``)."""
