"""What Organizers plan a session with: head counts by interpretation language, children by age,
and the registrations as CSV (formula injection escaped with engagement.surveys.exports).

Counts are a few aggregate queries, whatever the number of registrations.
"""

import csv
from collections import Counter
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from engagement.models.listening import Connection, ListeningRegistration, RegistrationStatus
from home.choices import SpokenLanguage
from home.csv_export import escape_formula


@dataclass
class Plan:
    confirmed: int
    waitlisted: int
    walk_ins: int
    checked_in: int
    interpretation: list  # (label, confirmed, waitlisted)
    children_by_age: list  # (age, count) for confirmed people
    children_total: int
    connections: list  # (label, count)
    accessibility_needs: list  # texts, without names


def session_plan(source):
    rows = list(
        ListeningRegistration.objects.filter(session=source)
        .exclude(status=RegistrationStatus.CANCELLED)
        .values_list(
            "status",
            "walk_in",
            "checked_in_at",
            "interpretation_language",
            "children_ages",
            "connection",
            "accessibility_needs",
        )
    )
    interpretation = {}
    children = Counter()
    connections = Counter()
    needs = []
    confirmed = waitlisted = walk_ins = checked_in = 0
    for status, walk_in, checked_in_at, language, ages, connection, accessibility in rows:
        is_confirmed = status == RegistrationStatus.CONFIRMED
        if walk_in:
            walk_ins += 1
        elif is_confirmed:
            confirmed += 1
        else:
            waitlisted += 1
        if checked_in_at:
            checked_in += 1
        if language:
            counts = interpretation.setdefault(language, [0, 0])
            counts[0 if is_confirmed else 1] += 1
        if is_confirmed:
            children.update(age for age in (ages or []) if isinstance(age, int))
            connections[connection] += 1
            if accessibility:
                needs.append(accessibility)
    language_labels = dict(SpokenLanguage.choices)
    connection_labels = dict(Connection.choices)
    return Plan(
        confirmed=confirmed,
        waitlisted=waitlisted,
        walk_ins=walk_ins,
        checked_in=checked_in,
        interpretation=[
            (language_labels.get(code, code), counts[0], counts[1])
            for code, counts in sorted(interpretation.items(), key=lambda item: -item[1][0])
        ],
        children_by_age=sorted(children.items()),
        children_total=sum(children.values()),
        connections=[(connection_labels.get(code, code), count) for code, count in connections.most_common()],
        accessibility_needs=needs,
    )


def _local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def registrations_csv(source):
    """Every registration of the session (cancelled ones too, marked so), in English headers."""
    with translation.override("en"):
        header = [
            _("Name"),
            _("E-mail"),
            _("Mobile number"),
            _("Status"),
            _("Walk-in"),
            _("Preferred language"),
            _("Interpretation needed"),
            _("Children"),
            _("Ages of children"),
            _("Accessibility needs"),
            _("Connected as"),
            _("May be contacted again"),
            _("Check-in code"),
            _("Registered"),
            _("Checked in"),
        ]
        statuses = dict(RegistrationStatus.choices)
        languages = dict(SpokenLanguage.choices)
        connections = dict(Connection.choices)
        rows = [
            [
                registration.name,
                registration.email,
                registration.phone,
                str(statuses.get(registration.status, registration.status)),
                _("yes") if registration.walk_in else "",
                registration.language,
                str(languages.get(registration.interpretation_language, registration.interpretation_language)),
                registration.children_count,
                ", ".join(str(age) for age in registration.children_ages),
                registration.accessibility_needs,
                str(connections.get(registration.connection, registration.connection)),
                _("yes") if registration.consent_to_contact else _("no"),
                registration.checkin_code,
                _local(registration.created_at),
                _local(registration.checked_in_at),
            ]
            for registration in ListeningRegistration.objects.filter(session=source).order_by("created_at", "pk")
        ]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(source.slug) or "session"}-registrations.csv"'
    response.write("\ufeff")  # Excel reads UTF-8 only with a byte-order mark
    writer = csv.writer(response)
    writer.writerow(header)
    for row in rows:
        writer.writerow([escape_formula(value) for value in row])
    return response
