from tests.actions.conftest import comms_staff, data_steward, event  # noqa: F401
