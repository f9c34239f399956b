"""The Qt user interface. Thin: every rule lives in models/."""
