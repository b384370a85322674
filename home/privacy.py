"""What the portal holds about a person, for the privacy export and for account deletion.

Each app registers a PersonalDataSource for the records it keeps about people (in its AppConfig.ready),
so that the export and the deletion never miss one: a new model that names a person adds a source.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


def _no_files(user) -> Iterable[tuple[str, Any]]:
    return ()


def _nothing_to_erase(user) -> None:
    return None


@dataclass(frozen=True)
class PersonalDataSource:
    """One kind of record about a person.

    name: the file stem in the export ZIP ("mentor_profile" → mentor_profile.json).
    export: returns JSON-serialisable data about ``user`` (a dict or a list of dicts).
    files: yields (path inside the ZIP, Django File/FieldFile) for files the person uploaded.
    erase: removes the person's personal data before their account is deleted, keeping anonymised
        records (an RSVP becomes a head count, a survey answer stays without a name). Runs inside the
        deletion's transaction, so a failure deletes nothing.
    """

    name: str
    export: Callable[[Any], Any]
    files: Callable[[Any], Iterable[tuple[str, Any]]] = field(default=_no_files)
    erase: Callable[[Any], None] = field(default=_nothing_to_erase)


_SOURCES: dict[str, PersonalDataSource] = {}


def register_personal_data(source: PersonalDataSource) -> None:
    _SOURCES[source.name] = source


def personal_data_sources() -> list[PersonalDataSource]:
    return list(_SOURCES.values())
