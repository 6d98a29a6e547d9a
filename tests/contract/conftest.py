"""The contract suite's Hypothesis profiles (see _settings.py).

tests/conftest.py owns the session-wide ``default`` and ``thorough``
profiles; the contract tests do not change them. They register their own
``contract`` and ``contract-thorough`` profiles here and read the active
profile's name to decide their budget, so ``make test-thorough``
(``pytest --hypothesis-profile=thorough``) runs ten times more examples here
as everywhere else.
"""

from __future__ import annotations

from . import _settings  # noqa: F401  (registers the profiles)
