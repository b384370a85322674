"""Surveys for the tests: an index page and a survey with one question of every type.

``make_survey(index)`` builds the representative survey below (two steps, every question type, a
condition on a question and on a section). Tests find a question's block id with
``question_id(page, code)``; ``make_response`` files answers the way the public form does (per the
answer storage contract in engagement/models/surveys.py), for tests that only need rows to count.
"""

import copy
import datetime
import decimal

import factory
import wagtail_factories

from engagement.models import SurveyAnswer, SurveyIndexPage, SurveyPage, SurveyResponse
from tests.factories import translate_page


class SurveyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SurveyIndexPage

    title = "Surveys"
    slug = "surveys"
    intro = "<p>Tell us what our schools need.</p>"


class SurveyPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SurveyPage

    title = factory.Sequence(lambda n: f"Family survey {n}")
    intro = "<p>Ten minutes of your time help us bargain for what students need.</p>"
    thank_you = "<p>Thank you: your answers are counted with everyone else's.</p>"


def _choices(*pairs):
    return [{"label": label, "code": code} for code, label in pairs]


def _question(kind, code, question, *, required=False, help_text="", condition=None, publish=True, **extra):
    value = {
        "question": question,
        "help_text": help_text,
        "required": required,
        "code": code,
        "condition": condition or {"question_code": "", "operator": "equals", "choice_code": ""},
        "publish_results": publish,
        **extra,
    }
    return {"type": kind, "value": value}


def representative_questions():
    """Two steps with one question of every type; "bus-trouble" shows only to those who take the bus,
    and the "Arts and music" section at the end (its question "arts-detail") only to those who ticked
    the arts."""
    return [
        _question(
            "single_choice",
            "travel",
            "How does your child usually get to school?",
            required=True,
            choices=_choices(("walk", "Walking"), ("bus", "School bus"), ("car", "By car")),
            allow_other=True,
        ),
        _question(
            "short_text",
            "bus-trouble",
            "What would make the bus ride better?",
            required=True,
            condition={"question_code": "travel", "operator": "equals", "choice_code": "bus"},
            max_length=200,
            publish=False,
        ),
        _question(
            "multiple_choice",
            "priorities",
            "What should the next contract pay for first?",
            required=True,
            help_text="Think of the school your child goes to.",
            choices=_choices(
                ("smaller-classes", "Smaller classes"),
                ("counselors", "More counselors"),
                ("arts", "Arts and music"),
                ("libraries", "Open libraries"),
            ),
            allow_other=False,
            min_choices=1,
            max_choices=2,
        ),
        _question(
            "rating",
            "safety",
            "How safe does your child feel at school?",
            scale_size=5,
            low_label="Not safe at all",
            high_label="Completely safe",
        ),
        {"type": "step", "value": {"title": "What matters most"}},
        _question(
            "ranking",
            "investments",
            "Put these in order of importance.",
            choices=_choices(("nurses", "A nurse in every school"), ("libraries", "Librarians"), ("aides", "Aides")),
        ),
        _question(
            "matrix",
            "school-life",
            "How much do you agree?",
            rows=_choices(("homework", "Homework is manageable"), ("news", "The school keeps me informed")),
            columns=_choices(("agree", "Agree"), ("unsure", "Not sure"), ("disagree", "Disagree")),
        ),
        _question(
            "number",
            "children",
            "How many of your children go to our schools?",
            min_value=decimal.Decimal("1"),
            max_value=decimal.Decimal("12"),
            whole_numbers_only=True,
        ),
        _question("date", "last-visit", "When did you last visit the school?"),
        _question("long_text", "anything-else", "Anything else you want us to know?", max_length=3000, publish=False),
        {
            "type": "section",
            "value": {
                "heading": "Arts and music",
                "text": "<p>You told us the arts matter. One more question about them.</p>",
                "condition": {"question_code": "priorities", "operator": "includes", "choice_code": "arts"},
            },
        },
        _question(
            "short_text",
            "arts-detail",
            "Which arts activities should come back first?",
            max_length=200,
            publish=False,
        ),
    ]


def one_step_questions():
    """The representative questions on a single step (no step break)."""
    return [block for block in representative_questions() if block["type"] != "step"]


def make_survey_index(home_page, **fields):
    """The survey index under the home page, published."""
    index = SurveyIndexPageFactory.build(**fields)
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return SurveyIndexPage.objects.get(pk=index.pk)


def make_survey(index, questions=None, **fields):
    """A published survey under ``index``; by default with ``representative_questions()``.

    Other fields (``audience_mode``, ``ask_profile``, ``collect_contact``, ``opens_at`` ...) are set
    as given; ``ask_profile`` defaults to False here so that tests only meet the questions they ask for.
    """
    fields.setdefault("ask_profile", False)
    survey = SurveyPageFactory.build(**fields)
    survey.questions = representative_questions() if questions is None else questions
    index.add_child(instance=survey)
    survey.save_revision().publish()
    return SurveyPage.objects.get(pk=survey.pk)


# What the representative survey says in other languages, by its English text. Titles, labels,
# help texts and headings are translated; codes and block ids stay as they are (wagtail-localize
# never sends them for translation).
SURVEY_TEXT = {
    "es": {
        "title": "Encuesta para familias",
        "How does your child usually get to school?": "¿Cómo llega su hijo o hija a la escuela normalmente?",
        "Walking": "Caminando",
        "School bus": "Autobús escolar",
        "By car": "En carro",
        "What would make the bus ride better?": "¿Qué mejoraría el viaje en autobús?",
        "What should the next contract pay for first?": "¿Qué debería financiar primero el próximo contrato?",
        "Think of the school your child goes to.": "Piense en la escuela de su hijo o hija.",
        "Smaller classes": "Clases más pequeñas",
        "More counselors": "Más consejeros",
        "Arts and music": "Artes y música",
        "Open libraries": "Bibliotecas abiertas",
        "How safe does your child feel at school?": "¿Qué tan seguro se siente su hijo o hija en la escuela?",
        "Not safe at all": "Nada seguro",
        "Completely safe": "Totalmente seguro",
        "What matters most": "Lo que más importa",
        "Put these in order of importance.": "Ordene estas opciones según su importancia.",
        "A nurse in every school": "Una enfermera en cada escuela",
        "Librarians": "Bibliotecarios",
        "Aides": "Asistentes",
        "How much do you agree?": "¿Qué tan de acuerdo está?",
        "Homework is manageable": "La tarea es razonable",
        "The school keeps me informed": "La escuela me mantiene informado",
        "Agree": "De acuerdo",
        "Not sure": "No estoy seguro",
        "Disagree": "En desacuerdo",
        "How many of your children go to our schools?": "¿Cuántos de sus hijos van a nuestras escuelas?",
        "When did you last visit the school?": "¿Cuándo visitó la escuela por última vez?",
        "Anything else you want us to know?": "¿Algo más que quiera contarnos?",
        "You told us the arts matter. One more question about them.": "Nos dijo que las artes importan.",
        "Which arts activities should come back first?": "¿Qué actividades artísticas deberían volver primero?",
    },
    "ht": {
        "title": "Sondaj pou fanmi yo",
        "How does your child usually get to school?": "Kijan pitit ou a konn ale lekòl?",
        "Walking": "A pye",
        "School bus": "Otobis lekòl",
        "By car": "An machin",
        "What would make the bus ride better?": "Kisa ki ta fè vwayaj otobis la pi bon?",
        "What should the next contract pay for first?": "Kisa pwochen kontra a ta dwe peye an premye?",
        "Think of the school your child goes to.": "Panse ak lekòl pitit ou a.",
        "Smaller classes": "Klas ki pi piti",
        "More counselors": "Plis konseye",
        "Arts and music": "La ak mizik",
        "Open libraries": "Bibliyotèk ki louvri",
        "How safe does your child feel at school?": "Èske pitit ou a santi l an sekirite lekòl la?",
        "Not safe at all": "Pa ditou an sekirite",
        "Completely safe": "Nèt an sekirite",
        "What matters most": "Sa ki pi enpòtan",
    },
    "ar": {
        "title": "استطلاع للعائلات",
        "How does your child usually get to school?": "كيف يذهب طفلك إلى المدرسة عادةً؟",
        "Walking": "سيرًا على الأقدام",
        "School bus": "الحافلة المدرسية",
        "By car": "بالسيارة",
        "What should the next contract pay for first?": "ما الذي يجب أن يموّله العقد القادم أولًا؟",
        "Smaller classes": "فصول أصغر",
        "More counselors": "مزيد من المرشدين",
        "Arts and music": "الفنون والموسيقى",
        "Open libraries": "مكتبات مفتوحة",
        "What matters most": "ما يهم أكثر",
    },
}

_TRANSLATED_KEYS = ("question", "help_text", "label", "low_label", "high_label", "heading", "title")


def _translate_value(value, words):
    """A deep copy of a block's raw value with every translatable string looked up in ``words``."""
    if isinstance(value, dict):
        return {
            key: (
                words.get(item, item)
                if key in _TRANSLATED_KEYS and isinstance(item, str)
                else _translate_value(item, words)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_translate_value(item, words) for item in value]
    return copy.deepcopy(value)


def translate_survey(page, language_code, words=None, **fields):
    """Publish ``page`` (and its parents) in ``language_code``, its texts translated by ``words``.

    ``words`` maps English text to the translation (``SURVEY_TEXT[language_code]`` by default;
    texts without one stay in English). Block ids and codes are kept, as wagtail-localize keeps them.
    """
    words = SURVEY_TEXT.get(language_code, {}) if words is None else words
    raw = page.questions.get_prep_value()
    translated = [{**child, "value": _translate_value(child["value"], words)} for child in raw]
    fields.setdefault("title", words.get("title", page.title))
    return translate_page(page, language_code, questions=translated, **fields)


def question_id(page, code):
    """The StreamField block id of the question whose code is ``code``."""
    for child in page.questions:
        if child.block_type not in ("section", "step") and child.value["code"] == code:
            return child.id
    raise KeyError(code)


def form_data(page, answers, **extra):
    """POST data for the survey form from ``answers`` by question code (shapes as in ``make_response``).

    Only the given questions are filled in; ``extra`` adds other fields (``audience="family"``,
    ``step="1"``...).
    """
    blocks = {child.value["code"]: child for child in page.questions if child.block_type not in ("section", "step")}
    data = {}
    for code, answer in answers.items():
        child = blocks[code]
        name = f"q-{child.id}"
        kind = child.block_type
        if kind in ("single_choice", "multiple_choice"):
            picks = answer if isinstance(answer, list) else [answer]
            data[name] = [pick if isinstance(pick, str) else "__other__" for pick in picks]
            for pick in picks:
                if isinstance(pick, dict):
                    data[f"{name}-other"] = pick["other"]
        elif kind == "ranking":
            codes = [option["code"] for option in child.value["choices"]]
            for index, code_ in enumerate(codes, start=1):
                data[f"{name}-{index}"] = str(answer.index(code_) + 1) if code_ in answer else ""
        elif kind == "matrix":
            rows = [option["code"] for option in child.value["rows"]]
            for row, column in answer.items():
                data[f"{name}-{rows.index(row) + 1}"] = column
        else:
            data[name] = str(answer)
    data.update({key: str(value) for key, value in extra.items()})
    return data


def make_response(page, answers=None, *, language=None, **response_fields):
    """A saved response with ``answers`` filed as the public form files them.

    ``answers`` maps a question code to: a choice code (single choice, rating as int), a list of
    codes (multiple choice; ranking, most important first), a dict row → column (matrix), a str
    (text), a number, or a date. ``{"other": "..."}`` is an "Other (please specify)" answer.
    """
    blocks = {child.value["code"]: child for child in page.questions if child.block_type not in ("section", "step")}
    response = SurveyResponse.objects.create(
        survey_key=page.survey_key,
        survey_page=page,
        language=language or page.locale.language_code,
        **response_fields,
    )
    rows = []
    for code, answer in (answers or {}).items():
        child = blocks[code]
        base = {"response": response, "survey_key": page.survey_key, "question_id": child.id}
        kind = child.block_type
        if isinstance(answer, dict) and "other" in answer:
            rows.append(SurveyAnswer(**base, text=answer["other"]))
        elif kind == "single_choice":
            rows.append(SurveyAnswer(**base, choice=answer))
        elif kind == "multiple_choice":
            for choice in answer:
                other = isinstance(choice, dict)
                rows.append(
                    SurveyAnswer(**base, text=choice["other"]) if other else SurveyAnswer(**base, choice=choice)
                )
        elif kind == "rating":
            rows.append(SurveyAnswer(**base, choice=str(answer), number=answer))
        elif kind == "ranking":
            rows.extend(SurveyAnswer(**base, choice=choice, rank=rank) for rank, choice in enumerate(answer, 1))
        elif kind == "matrix":
            rows.extend(SurveyAnswer(**base, row=row, choice=column) for row, column in answer.items())
        elif kind in ("short_text", "long_text"):
            rows.append(SurveyAnswer(**base, text=answer))
        elif kind == "number":
            rows.append(SurveyAnswer(**base, number=decimal.Decimal(str(answer))))
        elif kind == "date":
            date = answer if isinstance(answer, datetime.date) else datetime.date.fromisoformat(answer)
            rows.append(SurveyAnswer(**base, date=date))
    SurveyAnswer.objects.bulk_create(rows)
    return response
