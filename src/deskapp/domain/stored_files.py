"""Files kept by the desk (documents, board and activity photos): what may be kept, and the type a
file is opened as. The bytes live in a content-addressed folder beside the database (store/file_store.py)."""
from __future__ import annotations

import mimetypes

FIELD = "文件"  # the form field every refusal names
MAX_BYTES = 200 * 1024 * 1024  # a scanned rulebook is large; a video of a whole activity is not a document
NAME_MAX = 200


def media_type(name: str) -> str:
    """The media type from the file name's ending (the OS opens the file by its ending anyway)."""
    kind, _ = mimetypes.guess_type(name, strict=False)
    return kind or "application/octet-stream"


def kept_name(name: str) -> str:
    """The original name as recorded: the last path part, cut to the column's width keeping the ending."""
    if len(name) <= NAME_MAX:
        return name
    stem, dot, ending = name.rpartition(".")
    if not dot or len(ending) > 16:
        return name[:NAME_MAX]
    return stem[:NAME_MAX - len(ending) - 1] + "." + ending
