"""The main window and what surrounds it: login, settings, backups, the home page."""
