"""Dialogs of the 党建经费 page: the entry form, reversing, the journal, budgets, figures,
the Party dues calculator and the funds settings. The page itself is ui/funds/page.py."""
