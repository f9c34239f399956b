"""Keep personal data out of log files: ID-number-like strings are masked in every record.

Whatever reaches a log handler passes through `ScrubPersonalData`: the message (with its
arguments merged in), the formatted traceback and the stack. An exception message can
carry a 公民身份号码 the code never meant to log (PostgreSQL's "Key (id_number)=(…)" or
"Failing row contains (…)" details), so scrubbing the text is the one place that catches
them all; engines are also created with hide_parameters (models/db.py) so SQL parameters
never appear in an exception's text in the first place.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

# 18 characters: 6 digits of area, 8 of birth date, 3 of sequence, a digit or X; not part
# of a longer run of digits or letters (an amount in fen, a hash).
ID_LIKE = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[0-9Xx])(?![0-9A-Za-z])")
FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def scrub(text: str) -> str:
    """`text` with every ID-number-like string masked as the app shows it (6 + 4)."""
    return ID_LIKE.sub(lambda m: f"{m[1]}{'*' * 8}{m[2]}", text)


class ScrubPersonalData(logging.Filter):
    """A handler filter (a logger's own filter would miss records of child loggers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = scrub(record.getMessage()), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def private_handlers(log_file: Path) -> list[logging.Handler]:
    """The app's log file and console, both scrubbed."""
    handlers: list[logging.Handler] = [logging.FileHandler(log_file, encoding="utf-8"),
                                       logging.StreamHandler()]
    for handler in handlers:
        handler.addFilter(ScrubPersonalData())
        handler.setFormatter(logging.Formatter(FORMAT))
    return handlers
