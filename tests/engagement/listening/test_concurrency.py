"""Under many sign-ups at once, a session never holds more confirmed people than seats (PostgreSQL)."""

import threading

from django.db import connection, connections

import pytest

from engagement.listening import services
from engagement.models.listening import ListeningRegistration, RegistrationStatus
from tests.engagement.listening.factories import make_index, make_session, person_fields
from tests.factories import make_site

SEATS = 50
PEOPLE = 200
THREADS = 16


# serialized_rollback: the flush after this test leaves the database as the browser tests expect it
# (migration data put back, not recreated by post_migrate with new ids).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite serialises writes; row locks are PostgreSQL's")
def test_200_simultaneous_registrations_for_50_seats_confirm_exactly_50():
    session = make_session(make_index(make_site()), capacity=SEATS)
    queue = list(range(PEOPLE))
    lock = threading.Lock()
    errors = []
    barrier = threading.Barrier(THREADS)

    def worker():
        try:
            barrier.wait()
            while True:
                with lock:
                    if not queue:
                        return
                    number = queue.pop()
                services.register(session, person_fields(email=f"person{number}@example.org", name=f"Person {number}"))
        except Exception as error:  # noqa: BLE001 - shown by the assertion below
            errors.append(error)
        finally:
            connections.close_all()  # each thread had its own connection

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    registrations = ListeningRegistration.objects.filter(session=session)
    assert registrations.count() == PEOPLE
    assert registrations.filter(status=RegistrationStatus.CONFIRMED).count() == SEATS
    assert registrations.filter(status=RegistrationStatus.WAITLISTED).count() == PEOPLE - SEATS
