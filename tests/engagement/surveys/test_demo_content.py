"""The surveys demo: schools and worksites, the family survey in every language, and 500 responses
that fit the survey's questions the way the public form would have filed them.

The home demo and then the surveys demo load once for the class (``setUpTestData``); each test runs
in a transaction of its own on top of that. ``load_demo_content`` as a whole, a second run of it
included, is checked in tests/home and tests/proposals.
"""

import collections
import datetime

from django.test import TestCase
from django.utils import timezone

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from engagement.blocks import SurveyQuestionsBlock
from engagement.models import Audience, SurveyAnswer, SurveyIndexPage, SurveyPage, SurveyResponse
from engagement.models.surveys import condition_errors
from engagement.surveys import demo_text
from engagement.surveys.demo import SurveysDemoLoader, ensure_demo_schools
from home import pdf_publishing
from home.demo.loader import DemoLoader
from home.models import HomePage, School
from tests.demo import LANGUAGE_CODES, TRANSLATED_LANGUAGE_CODES, row_counts


def load_surveys_demo():
    """The home demo (the surveys go under its home page), then the surveys demo; the surveys loader."""
    with pdf_publishing.renders_paused():
        home_loader = DemoLoader()
        home_loader.load(admin_password="demo-password")
        loader = SurveysDemoLoader(home_loader)
        loader.load()
    return loader


def structure(page):
    """What must be the same in every language: block ids, types, codes, conditions, rules."""
    shape = []
    for child in page.questions:
        value = child.value
        item = [child.id, child.block_type]
        if child.block_type not in ("section", "step"):
            item += [value["code"], value["required"], value["publish_results"], dict(value["condition"])]
            for name in ("choices", "rows", "columns"):
                if name in value:
                    item.append([(option.id, option.value["code"]) for option in value[name].bound_blocks])
            for name in ("allow_other", "min_choices", "max_choices", "scale_size"):
                item.append(value.get(name))
        shape.append(item)
    return shape


def option_labels(page):
    """The labels of every choice, matrix row and column, in order."""
    return [
        option["label"]
        for question in page.question_blocks()
        for name in ("choices", "rows", "columns")
        for option in question.value.get(name, [])
    ]


def chosen_codes(rows):
    return {row.choice for row in rows if row.choice}


def condition_met(condition, rows_by_code):
    """Whether a question may be shown, as engagement.surveys.structure documents conditions; a
    question whose condition does not hold gets no answer."""
    if not condition["question_code"]:
        return True
    rows = rows_by_code.get(condition["question_code"], [])
    codes = chosen_codes(rows)
    if condition["operator"] == "not_equals":
        return bool(rows) and condition["choice_code"] not in codes
    if condition["operator"] == "includes":
        return condition["choice_code"] in codes
    return codes == {condition["choice_code"]}


class SurveysDemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.loader = load_surveys_demo()
        cls.survey = SurveyPage.objects.get(locale__language_code="en", slug=demo_text.SURVEY_SLUG)
        cls.surveys = {
            page.locale.language_code: page
            for page in SurveyPage.objects.filter(translation_key=cls.survey.translation_key).select_related("locale")
        }

    def questions(self):
        return self.survey.question_blocks()

    def test_schools_and_worksites_include_the_ones_without_a_building(self):
        schools = School.objects.all()
        self.assertGreaterEqual(schools.count(), 20)
        kinds = collections.Counter(school.kind for school in schools)
        self.assertGreaterEqual(kinds[School.Kind.SCHOOL], 14)
        for kind in (School.Kind.PROGRAM, School.Kind.CENTRAL_OFFICE, School.Kind.ITINERANT):
            self.assertGreaterEqual(kinds[kind], 1, kind)
        self.assertGreaterEqual(len({school.neighbourhood for school in schools if school.neighbourhood}), 6)

    def test_ensuring_the_schools_again_creates_none(self):
        before = list(School.objects.order_by("pk").values_list("pk", flat=True))
        School.objects.filter(name="Central High School").update(address="moved")
        schools = ensure_demo_schools()
        self.assertEqual(sorted(school.pk for school in schools), before)
        self.assertEqual(School.objects.get(name="Central High School").address, "moved")

    def test_the_surveys_page_is_under_the_home_page_in_every_language(self):
        for code in LANGUAGE_CODES:
            with self.subTest(code):
                index = SurveyIndexPage.objects.live().get(locale__language_code=code)
                self.assertIsInstance(index.get_parent().specific, HomePage)
                self.assertEqual(index.slug, "surveys")
                self.assertTrue(index.intro)
                self.assertEqual(list(SurveyPage.objects.child_of(index).live()), [self.surveys[code]])

    def test_the_survey_is_live_open_and_publishes_results_in_every_language(self):
        now = timezone.now()
        self.assertEqual(set(self.surveys), set(LANGUAGE_CODES))
        for code, survey in self.surveys.items():
            with self.subTest(code):
                self.assertTrue(survey.live)
                self.assertTrue(survey.is_open(now))
                self.assertGreater(survey.closes_at - now, datetime.timedelta(days=60))
                self.assertEqual(survey.audience_mode, SurveyPage.AudienceMode.ASK)
                self.assertTrue(survey.ask_profile and survey.results_published)
                self.assertFalse(survey.require_invitation)
                self.assertTrue(survey.intro and survey.thank_you and survey.results_intro)

    def test_every_language_has_the_same_blocks_codes_and_conditions(self):
        english = structure(self.survey)
        for code in TRANSLATED_LANGUAGE_CODES:
            with self.subTest(code):
                self.assertEqual(structure(self.surveys[code]), english)

    def test_every_question_and_heading_is_translated(self):
        english = [child.value for child in self.survey.questions]
        for code in TRANSLATED_LANGUAGE_CODES:
            survey = self.surveys[code]
            with self.subTest(code):
                self.assertNotEqual(survey.title, self.survey.title)
                self.assertNotEqual(survey.intro, self.survey.intro)
                for child, source in zip(survey.questions, english, strict=True):
                    for name in ("question", "heading", "title", "low_label", "high_label"):
                        if source.get(name):
                            self.assertNotEqual(child.value[name], source[name])
                # A few words are the same in both languages ("No" in Spanish).
                pairs = zip(option_labels(survey), option_labels(self.survey), strict=True)
                same = sum(label == source for label, source in pairs)
                self.assertLess(same, 3)

    def test_every_question_type_and_a_few_steps_are_used(self):
        block_types = [child.block_type for child in self.survey.questions]
        self.assertEqual(set(block_types), set(SurveyQuestionsBlock.base_blocks))
        self.assertGreaterEqual(len(self.questions()), 12)
        self.assertGreaterEqual(block_types.count("step"), 2)

    def test_conditions_refer_to_a_choice_of_an_earlier_question(self):
        questions = self.questions()
        conditioned = [question for question in questions if question.value["condition"]["question_code"]]
        self.assertGreaterEqual(len(conditioned), 3)
        self.assertEqual(
            {question.value["condition"]["operator"] for question in conditioned}, {"equals", "not_equals", "includes"}
        )
        positions = {question.value["code"]: index for index, question in enumerate(questions)}
        for question in conditioned:
            condition = question.value["condition"]
            target = questions[positions[condition["question_code"]]]
            self.assertLess(positions[condition["question_code"]], positions[question.value["code"]])
            self.assertIn(target.block_type, ("single_choice", "multiple_choice"))
            self.assertIn(condition["choice_code"], [option["code"] for option in target.value["choices"]])
        for code, survey in self.surveys.items():
            with self.subTest(code):
                self.assertEqual(condition_errors(survey.questions), [])
                survey.full_clean()

    def test_the_survey_offers_other_and_publishes_most_of_its_charts(self):
        values = [question.value for question in self.questions()]
        self.assertTrue(any(value.get("allow_other") for value in values))
        published = [value["code"] for value in values if value["publish_results"]]
        self.assertGreaterEqual(len(published), 8)
        self.assertNotIn("anything-else", published)

    def test_both_pages_are_fully_translated_through_wagtail_localize(self):
        sources = TranslationSource.objects.filter(
            object_id__in=[self.survey.translation_key, self.survey.get_parent().translation_key],
            locale__language_code="en",
        )
        self.assertEqual(sources.count(), 2)
        for source in sources:
            for code in TRANSLATED_LANGUAGE_CODES:
                with self.subTest(source=source.object_repr, language=code):
                    translation = Translation.objects.get(source=source, target_locale__language_code=code)
                    total, translated = translation.get_progress()
                    self.assertGreater(total, 0)
                    self.assertEqual(translated, total)
        self.assertEqual(self.loader.summary.translation.missing, [])

    def test_five_hundred_responses_in_every_language(self):
        responses = SurveyResponse.objects.filter(survey_key=self.survey.survey_key).select_related("survey_page")
        self.assertEqual(responses.count(), 500)
        by_language = collections.Counter(response.language for response in responses)
        self.assertEqual(set(by_language), set(LANGUAGE_CODES))
        self.assertEqual({code for code, _count in by_language.most_common(2)}, {"en", "es"})
        self.assertGreaterEqual(min(by_language.values()), 10)
        for response in responses:
            self.assertEqual(response.survey_page.translation_key, self.survey.translation_key)
            self.assertEqual(response.survey_page.locale_id, self.surveys[response.language].locale_id)

    def test_responses_come_from_every_audience_over_the_weeks_the_survey_has_been_open(self):
        responses = list(SurveyResponse.objects.filter(survey_key=self.survey.survey_key))
        self.assertEqual({response.audience for response in responses}, set(Audience.values))
        self.assertGreater(sum(response.audience == Audience.FAMILY for response in responses), 300)
        dates = [response.submitted_at for response in responses]
        self.assertTrue(all(self.survey.opens_at <= date <= timezone.now() for date in dates))
        self.assertGreaterEqual(len({date.date() for date in dates}), 20)
        self.assertGreaterEqual(len({response.school_id for response in responses}), 15)
        methods = collections.Counter(response.entry_method for response in responses)
        self.assertGreater(methods[SurveyResponse.EntryMethod.ONLINE], 350)
        self.assertTrue(methods[SurveyResponse.EntryMethod.PAPER] and methods[SurveyResponse.EntryMethod.PHONE])

    def test_responses_name_nobody_without_consent(self):
        responses = SurveyResponse.objects.filter(survey_key=self.survey.survey_key)
        named = [response for response in responses if response.names_a_person]
        self.assertTrue(0 < len(named) < 50)
        self.assertTrue(all(response.consent_to_contact for response in named))
        self.assertEqual(responses.filter(consent_to_contact=True).count(), len(named))

    def test_every_answer_fits_the_question_it_answers(self):
        """Per the answer storage contract: valid codes, limits and ranks; nothing for a hidden question."""
        questions = self.questions()
        ids = {question.id for question in questions}
        answers = SurveyAnswer.objects.filter(response__survey_key=self.survey.survey_key).order_by("pk")
        self.assertEqual(set(answers.values_list("survey_key", flat=True)), {self.survey.survey_key})
        self.assertLessEqual(set(answers.values_list("question_id", flat=True)), ids)
        rows_by_response = collections.defaultdict(lambda: collections.defaultdict(list))
        for answer in answers:
            rows_by_response[answer.response_id][answer.question_id].append(answer)
        self.assertEqual(len(rows_by_response), 500)
        submitted = dict(SurveyResponse.objects.values_list("pk", "submitted_at"))
        for response_id, rows_by_id in rows_by_response.items():
            rows_by_code = {question.value["code"]: rows_by_id.get(question.id, []) for question in questions}
            with self.subTest(response=response_id):
                for question in questions:
                    rows = rows_by_id.get(question.id, [])
                    if not condition_met(question.value["condition"], rows_by_code):
                        self.assertEqual(rows, [], f"{question.value['code']} is hidden")
                    elif rows:
                        self.assert_fits(question, rows, submitted[response_id])
                    else:
                        self.assertFalse(question.value["required"], f"{question.value['code']} is required")

    def assert_fits(self, question, rows, submitted_at):
        value, block_type = question.value, question.block_type
        codes = [option["code"] for option in value.get("choices", [])]
        if block_type in ("single_choice", "multiple_choice"):
            if block_type == "single_choice":
                self.assertEqual(len(rows), 1)
            for row in rows:
                if row.choice:
                    self.assertIn(row.choice, codes)
                else:
                    self.assertTrue(value["allow_other"] and row.text)
            picked = [row.choice or row.text for row in rows]
            self.assertEqual(len(picked), len(set(picked)))
            self.assertGreaterEqual(len(rows), value.get("min_choices") or 1)
            self.assertLessEqual(len(rows), value.get("max_choices") or len(codes) + 1)
        elif block_type == "rating":
            (row,) = rows
            self.assertEqual(row.choice, str(int(row.number)))
            self.assertTrue(1 <= row.number <= value["scale_size"])
        elif block_type == "ranking":
            self.assertEqual(sorted(row.rank for row in rows), list(range(1, len(codes) + 1)))
            self.assertEqual(sorted(row.choice for row in rows), sorted(codes))
        elif block_type == "matrix":
            row_codes = [row.row for row in rows]
            self.assertEqual(len(row_codes), len(set(row_codes)))
            self.assertLessEqual(set(row_codes), {option["code"] for option in value["rows"]})
            self.assertLessEqual({row.choice for row in rows}, {option["code"] for option in value["columns"]})
        elif block_type in ("short_text", "long_text"):
            (row,) = rows
            self.assertTrue(0 < len(row.text) <= value["max_length"])
        elif block_type == "number":
            (row,) = rows
            self.assertTrue(value["min_value"] <= row.number <= value["max_value"])
            self.assertEqual(row.number, int(row.number))
        elif block_type == "date":
            (row,) = rows
            self.assertLessEqual(row.date, timezone.localtime(submitted_at).date())
        else:
            self.fail(f"An answer to a {block_type} block")

    def test_every_question_and_choice_has_answers(self):
        answers = SurveyAnswer.objects.filter(survey_key=self.survey.survey_key)
        for question in self.questions():
            with self.subTest(question.value["code"]):
                rows = answers.filter(question_id=question.id)
                self.assertGreaterEqual(rows.count(), 10)
                for option in question.value.get("choices", []):
                    self.assertTrue(rows.filter(choice=option["code"]).exists(), option["code"])
        self.assertTrue(answers.filter(choice="", text__gt="", row="", rank=None, number=None).exists())

    def test_open_answers_are_written_in_the_language_of_the_response(self):
        pools = collections.defaultdict(set)
        for by_language in [*demo_text.OPEN_ANSWERS.values(), *demo_text.OTHER_ANSWERS.values()]:
            for code, texts in by_language.items():
                pools[code].update(texts)
        texts = SurveyAnswer.objects.filter(survey_key=self.survey.survey_key).exclude(text="")
        languages = set()
        for text, language in texts.values_list("text", "response__language"):
            self.assertIn(text, pools[language])
            languages.add(language)
        self.assertEqual(languages, set(LANGUAGE_CODES))

    def test_a_second_run_adds_nothing(self):
        models = [Page, Revision, StringTranslation, School, SurveyResponse, SurveyAnswer]
        before = row_counts(models)
        loader = load_surveys_demo()
        self.assertEqual(row_counts(models), before)
        self.assertEqual(loader.responses_created, 0)
        report = loader.summary.translation
        self.assertEqual((loader.summary.pages_created, report.strings_created, report.targets_saved), (0, 0, 0))
