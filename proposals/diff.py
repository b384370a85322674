"""What changed in a proposal's contract language since the version published before it.

"Before it" is the latest earlier published version whose contract language differs: publishing a
new status or a typo fix elsewhere on the page must not hide the change. Works on the revisions'
stored content, so it costs two queries and no page rebuilding, and it works the same in every
language (each translation is published, and so revised, on its own).
"""

import difflib
import re
from dataclasses import dataclass

from wagtail.models import PageLogEntry, Revision

from bs4 import BeautifulSoup

# Chinese (and Japanese) text has no spaces between words: compare it character by character;
# other scripts word by word, keeping spaces and punctuation as their own tokens.
TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|\w+|\s+|[^\w\s]", re.UNICODE)
BLOCK_TAGS = ["p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"]


@dataclass(frozen=True)
class DiffPart:
    kind: str  # "same", "added" or "removed"
    text: str


@dataclass(frozen=True)
class ContractChanges:
    previous_published_at: object
    published_at: object
    parts: list

    @property
    def has_changes(self):
        return any(part.kind != "same" for part in self.parts)


def rich_text_to_plain(html):
    """Rich text as plain text, one line per paragraph or list item."""
    soup = BeautifulSoup(html or "", "html.parser")
    for tag in soup.find_all(BLOCK_TAGS):
        tag.append("\n")
    return re.sub(r"\n\s*\n+", "\n", soup.get_text()).strip()


def diff_text(old, new):
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    parts = []
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if operation == "equal":
            parts.append(DiffPart("same", "".join(new_tokens[new_start:new_end])))
            continue
        if operation in ("replace", "delete"):
            parts.append(DiffPart("removed", "".join(old_tokens[old_start:old_end])))
        if operation in ("replace", "insert"):
            parts.append(DiffPart("added", "".join(new_tokens[new_start:new_end])))
    return parts


def published_revisions(page, limit=2):
    """The page's most recently published revisions, newest first."""
    revision_ids = (
        PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish", revision__isnull=False)
        .order_by("-timestamp", "-pk")
        .values_list("revision_id", flat=True)[: limit * 4]
    )
    seen, ordered = set(), []
    for revision_id in revision_ids:  # a revision can be published more than once
        if revision_id not in seen:
            seen.add(revision_id)
            ordered.append(revision_id)
    revisions = {r.pk: r for r in Revision.objects.filter(pk__in=ordered[:limit])}
    return [revisions[pk] for pk in ordered[:limit] if pk in revisions]


# How far back to look for the last different wording: a proposal is republished a handful of times.
REVISIONS_COMPARED = 10


def contract_language_changes(page, field_name="contract_language"):
    """The changes from the last published wording that differs from the current one, or None."""
    revisions = published_revisions(page, limit=REVISIONS_COMPARED)
    if len(revisions) < 2:
        return None
    newest, *earlier = revisions
    new = rich_text_to_plain(newest.content.get(field_name, ""))
    for previous in earlier:
        old = rich_text_to_plain(previous.content.get(field_name, ""))
        if old != new:
            return ContractChanges(
                previous_published_at=previous.created_at, published_at=newest.created_at, parts=diff_text(old, new)
            )
    return None
