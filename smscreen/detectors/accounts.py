"""The ``account`` detector: publishing through a school-service account with no recorded approval.

A post comes from a *school-service* account when

- ``account.kind`` is ``official`` (the post is screened as the school's own), or
- (option ``detect_service``, default true) its handle contains one of the school's names run together
  (``@HGA_Year6``, ``@HollinsGreenPE``), or its bio presents it as the school's or a department's account
  (``official account``, ``class page``, ``department``, ``news from``, ``PTA``) and names the school.

Such an account must be one of ``official_accounts`` in school.yaml (platform and handle); otherwise the
detector reports a whole-post hit (start/end None). An official post with no handle cannot be checked and is
reported with confidence 0.5 (option ``require_handle``, default true).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar, Final

from smscreen.detectors.base import Hit, PostContext, Triggers, register_detector, require_profile
from smscreen.detectors.names import key_of
from smscreen.detectors.school import school_index
from smscreen.profile.model import SchoolProfile

__all__ = ["AccountDetector"]

_SERVICE_BIO: Final = re.compile(
    r"\b(?:official(?:\s+account)?|class\s+(?:page|account|blog)|year\s?\d\s+(?:page|account|blog|news)|"
    r"department|dept|news\s+from|updates\s+from|pta|friends\s+of|school\s+(?:news|page|account)|"
    r"team\s+page|club\s+(?:page|account))\b",
    re.IGNORECASE,
)


@register_detector("account")
class AccountDetector:
    """School-service accounts that are not in ``official_accounts`` (see the module docstring)."""

    name: ClassVar[str]
    requires_profile: ClassVar[bool] = True

    def __init__(self, *, options: Mapping[str, Any], profile: SchoolProfile | None) -> None:
        profile = require_profile("account", profile, options, ("detect_service", "require_handle"))
        self.detect_service = bool(options.get("detect_service", True))
        self.require_handle = bool(options.get("require_handle", True))
        self.profile = profile
        info = profile.school
        # School names run together as they appear inside handles ("hollinsgreen", "hga").
        keys = {key_of(n) for n in (info.name, *info.aliases)}
        keys |= {key_of(h) for h in info.handles}
        self._handle_keys = frozenset(k for k in keys if len(k) >= 3)
        self._school = school_index(profile)
        # Reads account metadata only: an official post, or an account with a handle or a bio to look at.
        self.triggers = Triggers(fields=frozenset({"official", "handle", "bio"}))

    def find(self, ctx: PostContext) -> list[Hit]:
        account = ctx.post.account
        official = account.kind == "official"
        if not official and not (self.detect_service and self._looks_like_service(ctx)):
            return []
        if account.handle is None:
            if official and self.require_handle:
                return [Hit(None, None, label="an official post with no account handle to check",
                            confidence=0.5, evidence={"account": ""})]
            return []
        if self.profile.is_official_account(account.platform, account.handle):
            return []
        where = f"{account.platform} " if account.platform else ""
        return [
            Hit(
                None,
                None,
                label=f"{where}account {account.handle} is not an approved school account",
                confidence=0.95 if official else 0.8,
                evidence={"account": account.handle, "platform": account.platform or ""},
            )
        ]

    def _looks_like_service(self, ctx: PostContext) -> bool:
        account = ctx.post.account
        if account.handle:
            handle = key_of(account.handle)
            # A long name anywhere ("hollinsgreenpe"); a short one only at the start ("hga_year6"), since
            # "@helenw_hga" is a person's own account that happens to carry the initials.
            if any(k in handle if len(k) >= 6 else handle.startswith(k) for k in self._handle_keys):
                return True
        bio = account.bio
        return bool(bio and _SERVICE_BIO.search(bio) and self._school.bio_spans(bio))
