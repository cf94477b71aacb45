"""Rules: lexicons of boilerplate phrasing, by language and category, kept as data.

- :mod:`~boilerstrip.rules.loader` reads and checks rule files (``data/<lang>/<category>.txt``
  shipped in the package, and the user's own);
- :mod:`~boilerstrip.rules.matcher` compiles a set of rules and finds the one a line matches;
- :mod:`~boilerstrip.rules.check` holds the checks of the data itself (sorted, no duplicates).
"""

from __future__ import annotations

from boilerstrip.rules.loader import (
    CATEGORIES as CATEGORIES,
)
from boilerstrip.rules.loader import (
    EVIDENCE_PREFIX as EVIDENCE_PREFIX,
)
from boilerstrip.rules.loader import (
    Kind as Kind,
)
from boilerstrip.rules.loader import (
    Rule as Rule,
)
from boilerstrip.rules.loader import (
    RuleError as RuleError,
)
from boilerstrip.rules.loader import (
    load_rules as load_rules,
)
from boilerstrip.rules.loader import (
    parse_rule_file as parse_rule_file,
)
from boilerstrip.rules.loader import (
    shipped_languages as shipped_languages,
)
from boilerstrip.rules.loader import (
    shipped_rule_files as shipped_rule_files,
)
from boilerstrip.rules.loader import (
    user_rule_category as user_rule_category,
)
from boilerstrip.rules.matcher import Match as Match
from boilerstrip.rules.matcher import RuleSet as RuleSet
