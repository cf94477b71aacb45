"""Lines of program code: a documentation page's samples hold the words boilerplate is made of
("continue;", '{ category: "Fruits" },', "</div>", "image: nginx:1.14.2"), and no rule or
heuristic takes such a line for a page's furniture.

A leaf module (it imports nothing of boilerstrip's), so that the heuristics and
:mod:`boilerstrip.text.document` can both import it whatever is imported first.
"""

from __future__ import annotations

import re
from typing import Final

#: A line of program code: it ends as a statement or a block does, or opens with a brace or a
#: markup tag. Rules name boilerplate in prose ("continue", "category: ...", "name"); a line of a
#: code sample that holds the same words is the documentation's, never a rule's line.
CODE_ENDS: Final = (";", "{", "};", "});", ");", "},", "],", "=>", "/>")
#: A configuration file's "key: value" line (YAML's "image: nginx:1.14.2", "replicas: 3"): a
#: lower-case key and a value of one token.
CODE_LINE: Final = re.compile(
    r"^(?:[{}]\s*$|\{\s*[\"']?[\w$-]+[\"']?\s*:|</?[A-Za-z][\w.-]*(?:[\s>/]|$)|[a-z][\w.-]*: \S+$)"
)


def is_code(text: str) -> bool:
    """Whether *text* (a stripped line) reads as a line of code (see CODE_ENDS, CODE_LINE).

    >>> is_code("continue;"), is_code('{ category: "Fruits", price: "$1" },'), is_code("</div>")
    (True, True, True)
    >>> is_code("image: nginx:1.14.2"), is_code("Image: Reuters"), is_code("image: Jane Doe/Reuters")
    (True, False, False)
    >>> is_code("Read more"), is_code("<< Previous"), is_code("{ 7 comments… read them below or add one }")
    (False, False, False)
    """
    return text.endswith(CODE_ENDS) or CODE_LINE.match(text) is not None
