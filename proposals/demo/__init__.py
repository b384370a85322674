"""The proposals part of the demo content (``manage.py load_demo_content`` loads it after ``home.demo``).

- ``spec.py``: the shapes beyond ``home.demo.spec``: planks, timeline steps, proposals, sessions.
- ``content/``: the vision, platform, proposals, bargaining sessions and agreement, in every language.
- ``loader.py``: builds the English pages and snippets, translates them through wagtail-localize
  (``home.demo.translate``) and adds the pages to the main menu.
"""
