"""``python -m newsclean PAGE.txt``: print the article of a scraped page.

A small command for trying newsclean out: the title, a blank line, then the
body. ``--explain`` prints every line with its label and the reason for it.
Reads standard input when the file is ``-``.
"""

from __future__ import annotations

import argparse
import sys

from newsclean.pipeline import clean


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsclean", description=__doc__)
    parser.add_argument("page", help="a text file of a scraped page, or - for standard input")
    parser.add_argument(
        "--explain", action="store_true", help="print each line's label and the reason for it"
    )
    parser.add_argument("--encoding", default="utf-8", help="the file's encoding (utf-8)")
    args = parser.parse_args(argv)
    try:
        if args.page == "-":
            text = sys.stdin.read()
        else:
            with open(args.page, encoding=args.encoding) as f:
                text = f.read()
    except (OSError, UnicodeDecodeError) as error:
        print(f"newsclean: cannot read {args.page}: {error}", file=sys.stderr)
        return 1
    page = clean(text)
    if args.explain:
        print("\n".join(page.explain(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))))
    else:
        if page.article.title:
            print(page.article.title, end="\n\n")
        print(page.article.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
