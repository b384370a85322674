"""The demo content that ``manage.py load_demo_content`` (``make demo``) loads, in every language.

- ``spec.py``: the shapes the content is written in (a text in every language, a page, a menu...).
- ``content.py``: the content itself, English and its six translations side by side.
- ``loader.py``: builds the English pages and snippets, the site and the admin account.
- ``translate.py``: translates them through wagtail-localize, as the translation editor would.
"""
