"""The application version, shown in About and written into export packages."""
__version__ = "0.1.0"
