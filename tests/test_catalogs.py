"""The translation catalogs: complete, compiled, and actually used.

Every catalog under LOCALE_PATHS (``locale/``, our own strings, and ``locale_upstream/``, strings of
libraries that ship no catalog for some of our languages) must have no empty or fuzzy entry, the
plural rule we agreed for its language, and a committed .mo that matches its .po.
"""

import gettext
import shutil
import subprocess
from pathlib import Path

import django
from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

import allauth
import polib
import pytest

PLURAL_FORMS = {
    "es": "nplurals=2; plural=(n != 1);",
    "ht": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n != 1);",
    "vi": "nplurals=1; plural=0;",
    "zh_Hans": "nplurals=1; plural=0;",
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;",
}

BASE_DIR = Path(settings.BASE_DIR)
CATALOGS = sorted(po for root in settings.LOCALE_PATHS for po in Path(root).glob("*/LC_MESSAGES/django.po"))
TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _id(po_path):
    return str(po_path.relative_to(BASE_DIR))


def _upstream_po(lang):
    return polib.pofile(str(BASE_DIR / "locale_upstream" / lang / "LC_MESSAGES" / "django.po"))


def test_catalogs_are_found():
    roots = {po.parents[2].name for po in CATALOGS}
    assert roots == {"locale", "locale_upstream"}, "LOCALE_PATHS should list locale/ and locale_upstream/"
    own = {po.parents[1].name for po in CATALOGS if po.parents[2].name == "locale"}
    assert own == set(PLURAL_FORMS), "locale/ should hold one catalog per translated language"


@pytest.mark.parametrize("po_path", CATALOGS, ids=_id)
def test_catalog_is_complete(po_path):
    po = polib.pofile(str(po_path))
    lang = po_path.parents[1].name
    problems = []
    if po.metadata_is_fuzzy:
        problems.append("the header is marked fuzzy")
    if po.metadata.get("Language") != lang:
        problems.append(f"the Language header is {po.metadata.get('Language')!r}, not {lang!r}")
    if po.metadata.get("Plural-Forms") != PLURAL_FORMS[lang]:
        problems.append(f"the Plural-Forms header is {po.metadata.get('Plural-Forms')!r}")
    if not po.metadata.get("Language-Team") or "LANGUAGE" in po.metadata["Language-Team"]:
        problems.append("the Language-Team header is not filled in")
    nplurals = int(PLURAL_FORMS[lang].split(";")[0].split("=")[1])
    for entry in po:
        if entry.obsolete:
            continue
        where = f"{entry.msgid!r} ({', '.join(f'{f}:{n}' for f, n in entry.occurrences[:2])})"
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {where}")
        if entry.msgid_plural:
            forms = [entry.msgstr_plural.get(i, "") for i in range(nplurals)]
            if len(entry.msgstr_plural) != nplurals or not all(forms):
                problems.append(f"plural forms missing (needs {nplurals}): {where}")
        elif not entry.msgstr:
            problems.append(f"untranslated: {where}")
    assert not problems, f"{_id(po_path)}:\n  " + "\n  ".join(problems)


def _messages(mo_path):
    with open(mo_path, "rb") as mo:
        return gettext.GNUTranslations(mo)._catalog


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="msgfmt (GNU gettext) is not installed")
@pytest.mark.parametrize("po_path", CATALOGS, ids=_id)
def test_committed_mo_matches_po(po_path, tmp_path):
    """The .mo is what Django reads, so it must be a fresh compile of the .po (compilemessages).

    File times say nothing after a git checkout, so the bytes are compared with a compile made now.
    """
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{_id(mo_path)} is missing: run `manage.py compilemessages`"
    fresh = tmp_path / "django.mo"
    result = subprocess.run(
        ["msgfmt", "--check-format", "-o", str(fresh), str(po_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"msgfmt rejects {_id(po_path)}:\n{result.stderr}"
    if mo_path.read_bytes() != fresh.read_bytes():
        committed, expected = _messages(mo_path), _messages(fresh)
        changed = sorted(str(k) for k in expected.keys() | committed.keys() if expected.get(k) != committed.get(k))
        pytest.fail(
            f"{_id(mo_path)} is out of date with its .po: run `manage.py compilemessages`. "
            f"Entries that differ: {changed[:10] or 'none (only the file layout differs)'}"
        )


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
@pytest.mark.parametrize("message", ["Skip to main content", "Search", "Page not found"])
def test_site_strings_are_translated(language, message):
    with translation.override(language):
        assert _(message) != message


@pytest.mark.parametrize("po_path", CATALOGS, ids=_id)
def test_django_serves_every_translation(po_path):
    """No catalog of Django or of an app hides one of ours (Django keeps catalogs with different plural
    rules apart, which can change who wins), and LOCALE_PATHS lists locale/ before locale_upstream/."""
    lang = po_path.parents[1].name
    ours_first = set()
    if po_path.parents[2].name == "locale_upstream":  # locale/ wins over locale_upstream/ on purpose
        ours_first = {
            (e.msgctxt, e.msgid)
            for e in polib.pofile(str(BASE_DIR / "locale" / lang / po_path.parts[-2] / "django.po"))
        }
    plural_index = gettext.c2py(PLURAL_FORMS[lang].split("plural=", 1)[1].rstrip(";"))
    hidden = []
    with translation.override(translation.to_language(lang)):
        for entry in polib.pofile(str(po_path)):
            if entry.obsolete or (entry.msgctxt, entry.msgid) in ours_first:
                continue
            if entry.msgid_plural:
                for n in (0, 1, 2, 3, 11, 100):
                    served = (
                        translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n)
                        if entry.msgctxt
                        else translation.ngettext(entry.msgid, entry.msgid_plural, n)
                    )
                    if served != entry.msgstr_plural[plural_index(n)]:
                        hidden.append(f"{entry.msgid!r} (n={n}) comes out as {served!r}")
            else:
                served = translation.pgettext(entry.msgctxt, entry.msgid) if entry.msgctxt else _(entry.msgid)
                if served != entry.msgstr:
                    hidden.append(f"{entry.msgid!r} comes out as {served!r}")
    assert not hidden, f"{_id(po_path)}:\n  " + "\n  ".join(hidden)


@pytest.mark.parametrize("language", ["pt", "vi"])
@pytest.mark.parametrize("message", ["Sign In", "Forgot your password?", "Sign Out", "Password Reset"])
def test_allauth_strings_come_from_locale_upstream(language, message):
    """django-allauth ships pt_BR and pt_PT but no pt, and no vi: locale_upstream fills the gap."""
    expected = _upstream_po(language).find(message).msgstr
    with translation.override(language):
        assert _(message) == expected != message


def test_django_form_errors_come_out_in_haitian_creole():
    """Django ships no Haitian Creole: locale_upstream/ht translates its form and password errors."""
    expected = _upstream_po("ht").find("This field is required.").msgstr
    with translation.override("ht"):
        assert _("This field is required.") == expected != "This field is required."
        with pytest.raises(forms.ValidationError) as error:
            forms.CharField().clean("")
        assert error.value.messages == [expected]  # lazy: read while the language is still active


def _upstream_msgids(*catalogs):
    msgids = set()
    for catalog in catalogs:
        msgids |= {(e.msgctxt, e.msgid, e.msgid_plural) for e in polib.pofile(str(catalog)) if not e.obsolete}
    return msgids


def test_locale_upstream_msgids_still_exist_upstream():
    """After an upgrade, an entry whose msgid upstream changed or dropped is dead: delete or re-key it."""
    allauth_en = Path(allauth.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "django.po"
    django_en = [
        Path(django.__file__).parent / "conf" / "locale" / "en" / "LC_MESSAGES" / "django.po",
        Path(django.__file__).parent / "contrib" / "auth" / "locale" / "en" / "LC_MESSAGES" / "django.po",
    ]
    sources = {"pt": [allauth_en], "vi": [allauth_en], "ht": django_en}
    assert {po.parents[1].name for po in CATALOGS if po.parents[2].name == "locale_upstream"} == set(sources)
    for lang, catalogs in sources.items():
        known = _upstream_msgids(*catalogs)
        dead = [e.msgid for e in _upstream_po(lang) if (e.msgctxt, e.msgid, e.msgid_plural) not in known]
        assert not dead, f"locale_upstream/{lang} has msgids upstream no longer uses: {dead}"
