"""The surveys part of the demo content: schools and worksites, the "Surveys" page, a family survey in
every language, and about 500 answers to it.

``manage.py load_demo_content`` runs ``SurveysDemoLoader`` after the home and proposals loaders, in
the same transaction. Like them it is idempotent: schools are found by name, pages by slug under
their parent, and no responses are added to a survey that already has some. The survey's texts are
in ``demo_text``; the pages are translated through wagtail-localize (``home.demo.translate``).

The responses are generated with a fixed seed, over the weeks the survey has been open, and filed
exactly as the public form files them (see ``SurveyAnswer``): answers keyed by the English page's
block ids and choice codes, nothing for a question its condition hides.
"""

import datetime
import decimal
import functools
import random
import uuid

from django.utils import timezone

from wagtail.models import Page

from engagement.models import Audience, SurveyAnswer, SurveyIndexPage, SurveyPage, SurveyResponse
from engagement.surveys import demo_text
from home.choices import GradeBand
from home.demo import content as home_content
from home.demo.feature import FeatureDemoLoader
from home.demo.pages import existing_or_new_page, publish_created_pages
from home.demo.spec import SOURCE_LANGUAGE, PageSpec, localize, stream_blocks
from home.demo.translate import translate_object
from home.models import School

PAGE_MODELS = {model.__name__: model for model in (SurveyIndexPage, SurveyPage)}
INDEX_SLUG = "surveys"
RESPONSE_COUNT = 500
RESPONSE_SEED = 4

# Schools and worksites of the (invented) district: (name, kind, neighbourhood, address). A few have
# no building of their own, so that members there are counted too.
SCHOOLS = [
    ("Maple Street Elementary School", School.Kind.SCHOOL, "Riverside", "48 Maple Street"),
    ("Riverside Early Learning Center", School.Kind.SCHOOL, "Riverside", "12 Water Street"),
    ("Harriet Tubman Elementary School", School.Kind.SCHOOL, "Eastgate", "300 Freedom Avenue"),
    ("Eastgate High School", School.Kind.SCHOOL, "Eastgate", "1 Eastgate Plaza"),
    ("Cesar Chavez K-8 School", School.Kind.SCHOOL, "Southfield", "225 Union Road"),
    ("Southfield International High School", School.Kind.SCHOOL, "Southfield", "90 Station Street"),
    ("Oak Park Elementary School", School.Kind.SCHOOL, "Oak Park", "17 Acorn Lane"),
    ("Lincoln Heights Middle School", School.Kind.SCHOOL, "Lincoln Heights", "640 Summit Avenue"),
    ("Phillis Wheatley Elementary School", School.Kind.SCHOOL, "Lincoln Heights", "75 Poet's Way"),
    ("Harbor View Middle School", School.Kind.SCHOOL, "Harbor View", "3 Lighthouse Road"),
    ("Harbor View Early Childhood Center", School.Kind.SCHOOL, "Harbor View", "41 Pier Street"),
    ("Mill Hill Elementary School", School.Kind.SCHOOL, "Mill Hill", "150 Loom Street"),
    ("Dr. Mae Jemison STEM Academy", School.Kind.SCHOOL, "Cedar Heights", "500 Orbit Drive"),
    ("Cedar Heights Elementary School", School.Kind.SCHOOL, "Cedar Heights", "28 Cedar Street"),
    ("Lower Falls Community School", School.Kind.SCHOOL, "Lower Falls", "9 Falls Road"),
    ("Central High School", School.Kind.SCHOOL, "Downtown", "200 Main Street"),
    ("Pathways Alternative Program", School.Kind.PROGRAM, "Downtown", "55 Court Street, 2nd floor"),
    ("Evening Adult Learning Program", School.Kind.PROGRAM, "Mill Hill", "150 Loom Street, east wing"),
    ("Hospital and Home Instruction Program", School.Kind.PROGRAM, "Oak Park", "City Children's Hospital, 4 Elm Drive"),
    ("District Central Office", School.Kind.CENTRAL_OFFICE, "Downtown", "100 Civic Center Plaza"),
    ("Itinerant Special Education Services", School.Kind.ITINERANT, "", ""),
    ("Itinerant English Learner Support Team", School.Kind.ITINERANT, "", ""),
]
NEIGHBOURHOODS = sorted({neighbourhood for _name, _kind, neighbourhood, _address in SCHOOLS if neighbourhood})


def ensure_demo_schools():
    """The demo's schools and worksites, creating the missing ones (existing ones are left as they are)."""
    schools = []
    for name, kind, neighbourhood, address in SCHOOLS:
        school, _created = School.objects.get_or_create(
            name=name, defaults={"kind": kind, "neighbourhood": neighbourhood, "address": address}
        )
        schools.append(school)
    return schools


def survey_pages(now):
    """The "Surveys" page with the family survey under it; the survey opened six weeks before ``now``."""
    today = timezone.localtime(now).date()
    opens_at = timezone.make_aware(datetime.datetime.combine(today - datetime.timedelta(weeks=6), datetime.time(8)))
    closes_at = timezone.make_aware(datetime.datetime.combine(today + datetime.timedelta(weeks=13), datetime.time(17)))
    survey = PageSpec(
        model="SurveyPage",
        slug=demo_text.SURVEY_SLUG,
        title=demo_text.SURVEY_TITLE,
        fields={
            "intro": demo_text.SURVEY_INTRO,
            "questions": stream_blocks(demo_text.QUESTIONS, demo_text.SURVEY_SLUG),
            "thank_you": demo_text.THANK_YOU,
            "results_intro": demo_text.RESULTS_INTRO,
            "opens_at": opens_at,
            "closes_at": closes_at,
            "audience_mode": SurveyPage.AudienceMode.ASK,
            "ask_profile": True,
            "collect_contact": True,
            "results_published": True,
        },
    )
    return PageSpec(
        model="SurveyIndexPage",
        slug=INDEX_SLUG,
        title=demo_text.INDEX_TITLE,
        fields={"intro": demo_text.INDEX_INTRO},
        children=[survey],
    )


class SurveysDemoLoader(FeatureDemoLoader):
    """Loads the surveys demo under the home page that ``home_loader`` has loaded."""

    def __init__(self, home_loader, now=None):
        super().__init__(home_loader)
        self.now = now or timezone.now()
        self.pages_by_slug = {}
        self.created_page_ids = set()
        self.responses_created = 0

    def load(self):
        schools = ensure_demo_schools()
        home_spec = home_content.HOME
        home = Page.objects.get(pk=self.home_loader.pages_by_slug[home_spec.slug].pk).specific
        pages = self._page_tree(home, survey_pages(self.now))

        report = self.summary.translation
        # Parents before children: a translated page is created under its translated parent.
        for spec, page in pages:
            translate_object(page, self.home_loader.page_values(spec, page), self.target_locales, report)
        # A new child changes the home page's source for wagtail-localize: sync it now (a no-op when
        # nothing was added), or the next run would, with new revisions (see ProposalsDemoLoader).
        translate_object(home, self.home_loader.page_values(home_spec, home), self.target_locales, report)

        self.summary.pages.extend(page for _spec, page in pages)
        survey = SurveyPage.objects.get(pk=self.pages_by_slug[demo_text.SURVEY_SLUG].pk)
        self.responses_created = add_demo_responses(survey, schools, now=self.now)
        return self.summary

    def _page_tree(self, home, index_spec):
        pages = []
        for spec, parent_spec in index_spec.walk():
            parent = home if parent_spec is None else self.pages_by_slug[parent_spec.slug]
            page = existing_or_new_page(
                parent, spec, PAGE_MODELS[spec.model], self.source_locale, localize(spec.fields, SOURCE_LANGUAGE)
            )
            if page.pk is None:
                parent.add_child(instance=page)
                self.created_page_ids.add(page.pk)
            self.pages_by_slug[spec.slug] = page
            pages.append((spec, page))
        return publish_created_pages(pages, self.created_page_ids, self._page_id, self.summary)

    def _page_id(self, slug):
        return self.pages_by_slug[slug].pk


# Generated responses

LANGUAGE_WEIGHTS = {"en": 38, "es": 30, "ht": 9, "pt": 8, "vi": 6, "zh-hans": 5, "ar": 4}
AUDIENCE_WEIGHTS = {
    Audience.FAMILY: 74,
    Audience.STUDENT: 7,
    Audience.EDUCATOR: 9,
    Audience.COMMUNITY: 8,
    Audience.PARTNER: 2,
}
GRADE_BAND_WEIGHTS = {
    GradeBand.EARLY_CHILDHOOD: 22,
    GradeBand.ELEMENTARY: 30,
    GradeBand.MIDDLE: 24,
    GradeBand.HIGH: 22,
    GradeBand.ADULT: 2,
}
ENTRY_METHOD_WEIGHTS = {
    SurveyResponse.EntryMethod.ONLINE: 86,
    SurveyResponse.EntryMethod.PAPER: 9,
    SurveyResponse.EntryMethod.PHONE: 3,
    SurveyResponse.EntryMethod.IN_PERSON: 2,
}
# The language a family answering in each language most often asks the school to use.
HOME_LANGUAGE = {
    "en": "english",
    "es": "spanish",
    "ht": "haitian-creole",
    "pt": "portuguese",
    "vi": "vietnamese",
    "zh-hans": "chinese",
    "ar": "arabic",
}

# How often an optional question is answered when it is shown.
ANSWER_RATE = {
    "class-size": 0.95,
    "school-life": 0.93,
    "children": 0.9,
    "iep-504": 0.92,
    "services": 0.95,
    "services-delivered": 0.9,
    "staff-needed": 0.9,
    "home-language": 0.96,
    "interpreter": 0.9,
    "more-of": 0.85,
    "after-school-ride": 0.85,
    "one-change": 0.55,
    "last-talk": 0.65,
    "anything-else": 0.3,
}
CHOICE_WEIGHTS = {
    "class-size": {"under-20": 9, "20-25": 33, "26-30": 34, "over-30": 16, "dont-know": 8},
    "iep-504": {"yes": 19, "no": 68, "requested": 5, "not-sure": 8},
    "interpreter": {"always": 30, "sometimes": 38, "never": 17, "no-meeting-yet": 15},
    "after-school-ride": {"yes": 52, "no": 28, "sometimes": 20},
    "services": {
        "speech": 30,
        "therapy": 18,
        "counselling": 22,
        "aide": 26,
        "small-group": 34,
        "special-class": 12,
        "transport": 10,
    },
    "staff-needed": {
        "nurse": 30,
        "counsellor": 28,
        "social-worker": 14,
        "psychologist": 10,
        "librarian": 9,
        "arts-teachers": 15,
        "family-liaison": 12,
        "aides": 18,
    },
    "more-of": {
        "art": 20,
        "music": 22,
        "sports": 24,
        "science-clubs": 18,
        "field-trips": 16,
        "tutoring": 21,
        "after-school": 19,
    },
    "priorities": {
        "smaller-classes": 3.0,
        "counsellors-and-nurses": 2.6,
        "safe-buildings": 1.8,
        "special-education": 1.3,
        "family-languages": 1.1,
        "enrichment": 1.5,
    },
}
# How many boxes people tick (before the question's own limits), and how often they add an "Other".
PICKS = {"services": (1, 3), "staff-needed": (1, 3), "more-of": (1, 4)}
OTHER_RATE = {"services": 0.06, "staff-needed": 0.04, "more-of": 0.04, "home-language": 0.03}
CHILDREN_WEIGHTS = {1: 44, 2: 33, 3: 14, 4: 6, 5: 2, 6: 1}
# How much a matrix row leans towards agreement, before the respondent's own mood.
ROW_LEANING = {"feels-safe": 0.6, "trusted-adult": 0.5, "building": -0.5, "homework": 0.2, "school-news": 0.5}
AGREEMENT_SCALE = ("strongly-disagree", "disagree", "agree", "strongly-agree")


def add_demo_responses(survey, schools, now=None, count=RESPONSE_COUNT, seed=RESPONSE_SEED):
    """``count`` generated responses to ``survey`` in every language it has; none if it has any already.

    Returns how many responses were created.
    """
    survey_key = survey.translation_key
    if SurveyResponse.objects.filter(survey_key=survey_key).exists():
        return 0
    now = now or timezone.now()
    pages = {
        page.locale.language_code: page
        for page in SurveyPage.objects.filter(translation_key=survey_key).select_related("locale")
    }
    # Answers are filed under the block ids and codes of the source page (the same in every language).
    source = pages.get(SOURCE_LANGUAGE, survey)
    maker = _ResponseMaker(random.Random(seed), source, schools, now)
    languages = {code: weight for code, weight in LANGUAGE_WEIGHTS.items() if code in pages}

    responses, answers_by_response = [], []
    for number in range(count):
        language = maker.pick(languages)
        response = maker.response(pages[language], language, number)
        responses.append(response)
        answers_by_response.append(maker.answers(language, response.submitted_at))
    # The rows of a response are made once it has its id (bulk_create sets it on SQLite and PostgreSQL).
    SurveyResponse.objects.bulk_create(responses, batch_size=500)
    rows = [
        row
        for response, answers in zip(responses, answers_by_response, strict=True)
        for row in maker.answer_rows(response, answers)
    ]
    SurveyAnswer.objects.bulk_create(rows, batch_size=2000)
    return len(responses)


class _Other(str):
    """An "Other (please specify)" answer: the text someone typed."""


class _ResponseMaker:
    """Makes plausible responses: a person's mood colours their ratings, their language their needs."""

    def __init__(self, rng, source, schools, now):
        self.rng = rng
        self.now = now
        self.survey_key = source.translation_key
        self.questions = source.question_blocks()
        self.opens_at = source.opens_at or now - datetime.timedelta(weeks=6)
        self.closes_at = min(now, source.closes_at or now)
        self.buildings = [school for school in schools if school.kind == School.Kind.SCHOOL]
        self.worksites = list(schools)
        self.mood = 0.0

    def pick(self, weights):
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def chance(self, probability):
        return self.rng.random() < probability

    # The response itself: who, where, when and how

    def response(self, page, language, number):
        audience = self.pick(AUDIENCE_WEIGHTS)
        school = self._school(audience)
        if school is not None:
            neighbourhood = school.neighbourhood
        else:
            neighbourhood = self.rng.choice(NEIGHBOURHOODS) if self.chance(0.6) else ""
        method = self.pick(ENTRY_METHOD_WEIGHTS)
        response = SurveyResponse(
            survey_key=self.survey_key,
            survey_page=page,
            language=language,
            audience=audience,
            school=school,
            grade_band=self._grade_band(audience),
            neighbourhood=neighbourhood,
            submitted_at=self._submitted_at(),
            entry_method=method,
            submission_token=uuid.UUID(int=self.rng.getrandbits(128), version=4),
        )
        if page.collect_contact and method == SurveyResponse.EntryMethod.ONLINE and self.chance(0.04):
            response.contact_name = self.rng.choice(demo_text.CONTACT_NAMES[language])
            response.contact_email = f"demo-family-{number + 1}@example.org"
            if self.chance(0.5):
                response.contact_phone = f"555-01{self.rng.randrange(100):02d}"
            response.consent_to_contact = True
        return response

    def _school(self, audience):
        if audience in (Audience.FAMILY, Audience.STUDENT):
            return self.rng.choice(self.buildings) if self.chance(0.92) else None
        if audience == Audience.EDUCATOR:
            return self.rng.choice(self.worksites) if self.chance(0.95) else None
        return self.rng.choice(self.buildings) if self.chance(0.4) else None

    def _grade_band(self, audience):
        if audience == Audience.STUDENT:
            return self.rng.choice([GradeBand.MIDDLE, GradeBand.HIGH]).value
        answered = {Audience.FAMILY: 0.9, Audience.EDUCATOR: 0.6}.get(audience, 0.25)
        return self.pick(GRADE_BAND_WEIGHTS).value if self.chance(answered) else ""

    def _submitted_at(self):
        """Most answers come in the first week and after the reminder two weeks later."""
        span = max(0, (self.closes_at - self.opens_at).total_seconds())
        wave = self.pick({(0.0, 0.2): 35, (0.45, 0.6): 25, (0.0, 1.0): 40})
        return self.opens_at + datetime.timedelta(seconds=span * self.rng.uniform(*wave))

    # The answers, by question code: {code: answer}, as the form would have received them

    def answers(self, language, submitted_at):
        self.mood = self.rng.gauss(0, 1)  # how things are going for this family, from -2 (badly) to 2 (well)
        given, chosen = {}, {}
        for question in self.questions:
            value = question.value
            code = value["code"]
            if not _condition_met(value["condition"], chosen):
                continue
            if not value["required"] and not self.chance(ANSWER_RATE.get(code, 0.85)):
                continue
            answer = self._answer(question.block_type, code, value, language, given, submitted_at)
            if answer in (None, [], {}, ""):
                continue
            given[code] = answer
            chosen[code] = _codes_chosen(question.block_type, answer)
        return given

    def _answer(self, block_type, code, value, language, given, submitted_at):
        if block_type == "single_choice":
            return self._single_choice(code, value, language, given)
        if block_type == "multiple_choice":
            return self._multiple_choice(code, value, language, given)
        if block_type == "rating":
            return self._rating(code, value, given)
        if block_type == "ranking":
            return self._ranking(code, value, language, given)
        if block_type == "matrix":
            return self._matrix(value, language)
        if block_type in ("short_text", "long_text"):
            pool = demo_text.OPEN_ANSWERS.get(code, {})
            texts = pool.get(language) or pool.get(SOURCE_LANGUAGE)
            return self.rng.choice(texts)[: value.get("max_length") or None] if texts else None
        if block_type == "number":
            return self._number(value)
        if block_type == "date":
            days = min(240, 1 + int(self.rng.expovariate(1 / 35)))
            return timezone.localtime(submitted_at).date() - datetime.timedelta(days=days)
        return None

    def _weights(self, code, value, list_name="choices"):
        codes = [option["code"] for option in value[list_name]]
        weights = CHOICE_WEIGHTS.get(code, {})
        return {choice: weights.get(choice, 1) for choice in codes}

    def _other_text(self, code, value, language):
        if not value.get("allow_other") or not self.chance(OTHER_RATE.get(code, 0)):
            return None
        pool = demo_text.OTHER_ANSWERS.get(code, {})
        texts = pool.get(language) or pool.get(SOURCE_LANGUAGE)
        return _Other(self.rng.choice(texts)) if texts else None

    def _single_choice(self, code, value, language, given):
        other = self._other_text(code, value, language)
        if other:
            return other
        weights = self._weights(code, value)
        if code == "home-language":
            usual = HOME_LANGUAGE[language]
            weights = dict.fromkeys(weights, 1)
            weights[usual] = weights.get(usual, 0) + 60
            weights["english"] = weights.get("english", 0) + 6
            if language == "pt":  # many Portuguese-reading families speak Cape Verdean Creole at home
                weights["cape-verdean-creole"] = weights.get("cape-verdean-creole", 0) + 15
        elif code == "class-size" and self.mood < -0.8:
            weights["over-30"] = weights.get("over-30", 0) * 2
        return self.pick({choice: weight for choice, weight in weights.items() if choice in _codes(value)})

    def _multiple_choice(self, code, value, language, given):
        weights = self._weights(code, value)
        if code == "staff-needed" and language != SOURCE_LANGUAGE and "family-liaison" in weights:
            weights["family-liaison"] *= 3
        low, high = PICKS.get(code, (0, 3))
        low = max(low, value.get("min_choices") or 0)
        high = min(high, value.get("max_choices") or len(weights))
        wanted = self.rng.randint(low, max(low, high))
        other = self._other_text(code, value, language) if wanted else None
        picks = _weighted_sample(self.rng, weights, wanted - 1 if other else wanted)
        return picks + [other] if other else picks

    def _rating(self, code, value, given):
        size = value["scale_size"]
        if code == "services-delivered":
            centre = 2.9 + 0.8 * self.mood
        else:
            centre = 3.4 + 0.9 * self.mood
            centre += {"over-30": -0.6, "under-20": 0.4}.get(given.get("class-size"), 0)
        point = round((centre - 1) * (size - 1) / 4 + 1 + self.rng.gauss(0, 0.5))
        return min(size, max(1, point))

    def _ranking(self, code, value, language, given):
        weights = self._weights(code, value)
        if given.get("iep-504") == "yes" and "special-education" in weights:
            weights["special-education"] *= 3
        if given.get("home-language") not in (None, "english") and "family-languages" in weights:
            weights["family-languages"] *= 2.5
        return _weighted_sample(self.rng, weights, len(weights))

    def _matrix(self, value, language):
        columns = _codes(value, "columns")
        scale = [column for column in AGREEMENT_SCALE if column in columns] or columns
        answers = {}
        for row in _codes(value, "rows"):
            if self.chance(0.03):
                continue  # a row left blank
            if "not-sure" in columns and self.chance(0.06):
                answers[row] = "not-sure"
                continue
            leaning = ROW_LEANING.get(row, 0)
            if row == "school-news" and language != SOURCE_LANGUAGE:
                leaning = -0.4
            score = leaning + 0.8 * self.mood + self.rng.gauss(0, 0.7)
            position = 0 if score < -1.0 else 1 if score < 0 else 2 if score < 1.1 else 3
            answers[row] = scale[min(position, len(scale) - 1)]
        return answers

    def _number(self, value):
        number = self.pick(CHILDREN_WEIGHTS)
        if value.get("min_value") is not None:
            number = max(number, int(value["min_value"]))
        if value.get("max_value") is not None:
            number = min(number, int(value["max_value"]))
        return number

    # The rows, as SurveyAnswer stores them

    def answer_rows(self, response, answers):
        rows = []
        for question in self.questions:
            answer = answers.get(question.value["code"])
            if answer is None:
                continue
            row = functools.partial(
                SurveyAnswer, response=response, survey_key=self.survey_key, question_id=question.id
            )
            block_type = question.block_type
            if block_type in ("single_choice", "multiple_choice"):
                picks = answer if isinstance(answer, list) else [answer]
                rows.extend(row(text=str(pick)) if isinstance(pick, _Other) else row(choice=pick) for pick in picks)
            elif block_type == "rating":
                rows.append(row(choice=str(answer), number=decimal.Decimal(answer)))
            elif block_type == "ranking":
                rows.extend(row(choice=choice, rank=rank) for rank, choice in enumerate(answer, start=1))
            elif block_type == "matrix":
                rows.extend(row(row=row_code, choice=column) for row_code, column in answer.items())
            elif block_type in ("short_text", "long_text"):
                rows.append(row(text=answer))
            elif block_type == "number":
                rows.append(row(number=decimal.Decimal(answer)))
            elif block_type == "date":
                rows.append(row(date=answer))
        return rows


def _codes(value, list_name="choices"):
    return [option["code"] for option in value[list_name]]


def _codes_chosen(block_type, answer):
    """The choice codes an answer gives, which later questions' conditions look at."""
    if block_type == "single_choice":
        return set() if isinstance(answer, _Other) else {answer}
    if block_type == "multiple_choice":
        return {pick for pick in answer if not isinstance(pick, _Other)}
    if block_type == "rating":
        return {str(answer)}
    return set()


def _condition_met(condition, chosen):
    """Whether a question is shown, given the codes chosen so far (``chosen``: question code → set).

    As the form decides (engagement.surveys.structure): "equals" is exactly that choice, "includes"
    that choice among others, "not_equals" answered with something else. An earlier question left
    unanswered, or answered only with "Other", counts as shown to nobody here: the form may show the
    question after an "Other", and leaving it unanswered is right either way.
    """
    question_code = condition.get("question_code") if condition else ""
    if not question_code:
        return True
    codes = chosen.get(question_code)
    if not codes:
        return False
    operator, choice_code = condition.get("operator"), condition.get("choice_code")
    if operator == "not_equals":
        return choice_code not in codes
    if operator == "includes":
        return choice_code in codes
    return codes == {choice_code}


def _weighted_sample(rng, weights, size):
    """``size`` distinct keys of ``weights``, drawn one after the other in proportion to their weight."""
    remaining = dict(weights)
    picks = []
    for _ in range(min(size, len(remaining))):
        choice = rng.choices(list(remaining), weights=list(remaining.values()))[0]
        picks.append(choice)
        del remaining[choice]
    return picks
