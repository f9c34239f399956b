"""Shared UI: the worker and operations, page and form bases, tables, dialogs, preview."""
