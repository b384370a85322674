"""Query-string values that go into database filters."""

from django.test import RequestFactory

from home.query import query_text


def get(**params):
    return RequestFactory().get("/", params)


def test_a_plain_value_comes_back_cut_to_its_length():
    assert query_text(get(topic="school-funding"), "topic") == "school-funding"
    assert query_text(get(topic="x" * 500), "topic", max_length=80) == "x" * 80


def test_a_missing_value_is_the_default():
    assert query_text(get(), "topic") == ""
    assert query_text(get(), "batch", default="*") == "*"


def test_a_value_with_a_control_character_counts_as_not_given():
    assert query_text(get(topic="a\x00b"), "topic") == ""
    assert query_text(get(batch="spring\x07"), "batch", default="*") == "*"


def test_letters_of_every_language_are_kept():
    assert query_text(get(theme="tamaño-de-clase"), "theme") == "tamaño-de-clase"
    assert query_text(get(theme="班级人数"), "theme") == "班级人数"
