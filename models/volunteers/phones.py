"""Phone numbers of residents: masked wherever they are listed, like ID numbers."""
from __future__ import annotations


def mask_phone(number: str | None) -> str:
    """138****5678 for a mobile; a landline keeps its area code and last four digits.

    Short numbers keep only their last two characters."""
    if not number:
        return ""
    if len(number) >= 11:
        return number[:3] + "*" * (len(number) - 7) + number[-4:]
    if len(number) >= 7:
        head = number.split("-", 1)[0] + "-" if "-" in number else ""
        return head + "*" * (len(number) - len(head) - 4) + number[-4:]
    return "*" * (len(number) - 2) + number[-2:]
