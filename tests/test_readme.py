"""README's table of environment variables names every variable the settings read."""

import re
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


def test_every_environment_variable_is_documented_in_the_readme():
    readme = (PROJECT_DIR / "README.md").read_text()
    read_in_settings = set()
    for module in (PROJECT_DIR / "config" / "settings").glob("*.py"):
        read_in_settings |= set(re.findall(r'env_(?:str|bool|int|list)\(\s*"([A-Z_]+)"', module.read_text()))
    assert read_in_settings, "no environment variables found: has config/env.py been renamed?"
    undocumented = sorted(name for name in read_in_settings if f"`{name}`" not in readme)
    assert not undocumented, f"Add these to README's table: {undocumented}"
