"""Factories for the tests: small, explicit trees instead of the full demo content."""

import datetime
import uuid

from wagtail.models import Locale, Page, Site

import factory
import wagtail_factories

from home.models import (
    FooterContent,
    HomePage,
    NavigationItem,
    NavigationMenu,
    NewsIndexPage,
    NewsPage,
    NewsTopic,
    StandardPage,
    User,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = "Alex"
    last_name = "Rivera"
    password = factory.PostGenerationMethodCall("set_password", "a-long-test-password")


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Common Good"
    slug = "home"
    lead = "Schools our students deserve, built together."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"About us {n}")
    intro = "Who we are and what we do."


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News item {n}")
    summary = "What happened, in two lines."
    author = "Communications team"
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))


class NewsTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsTopic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


def make_site(hostname="testserver"):
    """A home page in English as the default site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(hostname=hostname, port=80, root_page=home, is_default_site=True, site_name="Common Good")
    return home


def translate_page(page, language_code, **fields):
    """Publish a translation of ``page`` with the given fields changed."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation.specific_class.objects.get(pk=translation.pk)


# Short real texts in every language of the site, for tests that walk the site in each of them.
# The news titles in the same position are translations of one another.
SITE_TEXT = {
    "en": {
        "home": "Common Good",
        "lead": "Schools our students deserve, built together.",
        "news": "News",
        "summary": "What happened and what comes next.",
        "footer": "Together for public schools.",
        "news_titles": [
            "Teachers and families rally for smaller classes",
            "New library hours at every school",
            "Bargaining update: the first session",
        ],
    },
    "es": {
        "home": "Bien Común",
        "lead": "Las escuelas que nuestros estudiantes merecen, construidas juntos.",
        "news": "Noticias",
        "summary": "Qué pasó y qué viene ahora.",
        "footer": "Juntos por las escuelas públicas.",
        "news_titles": [
            "Docentes y familias se movilizan por clases más pequeñas",
            "Nuevo horario de biblioteca en todas las escuelas",
            "Novedades de la negociación: la primera sesión",
        ],
    },
    "ht": {
        "home": "Byen Komen",
        "lead": "Lekòl elèv nou yo merite, nou bati yo ansanm.",
        "news": "Nouvèl",
        "summary": "Sa k te pase ak sa k ap vini.",
        "footer": "Ansanm pou lekòl piblik yo.",
        "news_titles": [
            "Pwofesè ak fanmi yo mache pou klas ki pi piti",
            "Nouvo orè bibliyotèk nan chak lekòl",
            "Nouvèl negosyasyon: premye sesyon an",
        ],
    },
    "pt": {
        "home": "Bem Comum",
        "lead": "As escolas que nossos alunos merecem, construídas juntos.",
        "news": "Notícias",
        "summary": "O que aconteceu e o que vem a seguir.",
        "footer": "Juntos pelas escolas públicas.",
        "news_titles": [
            "Professores e famílias se mobilizam por turmas menores",
            "Novo horário da biblioteca em todas as escolas",
            "Atualização da negociação: a primeira sessão",
        ],
    },
    "vi": {
        "home": "Lợi Ích Chung",
        "lead": "Những ngôi trường học sinh xứng đáng có, cùng nhau xây dựng.",
        "news": "Tin tức",
        "summary": "Điều gì đã xảy ra và điều gì sắp tới.",
        "footer": "Cùng nhau vì trường công.",
        "news_titles": [
            "Giáo viên và phụ huynh vận động cho lớp học nhỏ hơn",
            "Giờ mở cửa thư viện mới tại mọi trường",
            "Cập nhật thương lượng: phiên họp đầu tiên",
        ],
    },
    "zh-hans": {
        "home": "共同利益",
        "lead": "共同建设学生应得的学校。",
        "news": "新闻",
        "summary": "发生了什么，接下来会怎样。",
        "footer": "携手支持公立学校。",
        "news_titles": [
            "教师和家长呼吁缩小班级规模",
            "各校图书馆开放新时间",
            "谈判进展：第一次会议",
        ],
    },
    "ar": {
        "home": "الصالح العام",
        "lead": "مدارس يستحقها طلابنا، نبنيها معًا.",
        "news": "الأخبار",
        "summary": "ما الذي حدث وما الخطوة التالية.",
        "footer": "معًا من أجل المدارس العامة.",
        "news_titles": [
            "المعلمون والعائلات يطالبون بفصول أصغر",
            "مواعيد جديدة للمكتبة في كل مدرسة",
            "مستجدات المفاوضات: الجلسة الأولى",
        ],
    },
}


def make_multilingual_news_site(text=SITE_TEXT):
    """A home page, a news index and news items, published in every language of ``text``.

    English (the source) must be in ``text``. Also makes a translated main menu that links to the
    news index, and a translated footer. Returns ``{"home": {code: page}, "news_index": {code:
    page}, "news": [{code: page}, ...]}``, the news oldest first.
    """
    source = text["en"]
    home = make_site()
    home.title, home.lead = source["home"], source["lead"]
    home.save_revision().publish()
    news_index = NewsIndexPageFactory(parent=home, title=source["news"])
    news = [
        NewsPageFactory(parent=news_index, title=title, summary=source["summary"], author="Marisol Díaz")
        for title in source["news_titles"]
    ]
    pages = {"home": {"en": home}, "news_index": {"en": news_index}, "news": [{"en": item} for item in news]}
    for code, words in text.items():
        if code == "en":
            continue
        pages["home"][code] = translate_page(home, code, title=words["home"], lead=words["lead"])
        pages["news_index"][code] = translate_page(news_index, code, title=words["news"])
        for item, translations, title in zip(news, pages["news"], words["news_titles"], strict=True):
            translations[code] = translate_page(item, code, title=title, summary=words["summary"])
    make_translated_menu("main", pages["news_index"])
    make_translated_footer({code: words["footer"] for code, words in text.items()})
    return pages


def make_translated_menu(slug, page_by_language):
    """A navigation menu with one link, to the given page in each language."""
    translation_key = uuid.uuid4()
    item_key = uuid.uuid4()
    for code, page in page_by_language.items():
        locale = Locale.objects.get(language_code=code)
        menu = NavigationMenu.objects.create(locale=locale, translation_key=translation_key, name=slug, slug=slug)
        NavigationItem.objects.create(menu=menu, locale=locale, translation_key=item_key, link_page=page)


def make_translated_footer(text_by_language, slug="footer"):
    """The footer snippet in each language, its text a paragraph."""
    translation_key = uuid.uuid4()
    for code, text in text_by_language.items():
        FooterContent.objects.create(
            locale=Locale.objects.get(language_code=code),
            translation_key=translation_key,
            slug=slug,
            text=f"<p>{text}</p>",
        )
