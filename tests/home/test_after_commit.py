"""Background work is queued only once the transaction commits, and a queue failure never undoes it."""

import logging

from django.db import transaction

import pytest

from home.after_commit import enqueue_after_commit


class RecordingTask:
    name = "recording_task"

    def __init__(self, fails=False):
        self.calls = []
        self.fails = fails

    def enqueue(self, *args):
        if self.fails:
            raise ConnectionError("the queue is down")
        self.calls.append(args)


@pytest.mark.django_db
def test_it_is_queued_after_the_commit_with_its_arguments(django_capture_on_commit_callbacks):
    task = RecordingTask()
    with django_capture_on_commit_callbacks(execute=True):
        enqueue_after_commit(task, 7, "es")
        assert task.calls == []  # not before the commit
    assert task.calls == [(7, "es")]


@pytest.mark.django_db(transaction=True)
def test_nothing_is_queued_when_the_transaction_rolls_back():
    task = RecordingTask()
    with pytest.raises(RuntimeError), transaction.atomic():
        enqueue_after_commit(task, 1)
        raise RuntimeError("the save failed")
    assert task.calls == []


@pytest.mark.django_db
def test_a_queue_that_cannot_be_reached_is_logged_not_raised(django_capture_on_commit_callbacks, caplog):
    with (
        caplog.at_level(logging.ERROR, logger="home.after_commit"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        enqueue_after_commit(RecordingTask(fails=True), 3)
    assert "Could not enqueue recording_task(3,)" in caplog.text
