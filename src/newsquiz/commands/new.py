"""`newsquiz new`: start a pack from an article."""

from __future__ import annotations

import argparse

HELP = "start a pack from an article (pack.yaml + article.txt)"
DESCRIPTION = """\
Create SLUG/pack.yaml and SLUG/article.txt from an article saved as text.
The article is normalised to one paragraph a line (wrapped lines joined,
smart quotes kept) and trailing page furniture such as "Leave a Comment" or
"bloggers like this" is dropped and listed. The pack starts with one drafted
question, so `newsquiz check SLUG` passes straight away."""
EPILOG = """\
examples:
  newsquiz new austin-shoigu-call ~/Downloads/story.txt
  newsquiz new austin-shoigu-call --article ~/Downloads/story.txt --outlet CNN --date 2022-05-13
  newsquiz draft austin-shoigu-call --into austin-shoigu-call
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "slug",
        metavar="SLUG",
        help="the pack id and folder name, like my-pack (or a path ending in it, like packs/my-pack)",
    )
    # Not required by argparse: `newsquiz new story.txt` gets a hint naming the pack instead.
    parser.add_argument(
        "article_file", nargs="?", metavar="ARTICLE", help="the article as text (or --article)"
    )
    parser.add_argument("--article", metavar="FILE", help="the article as text (required)")
    parser.add_argument("--dir", default=".", metavar="D", help="where to make the pack folder")
    parser.add_argument("--headline", help="the pack title (default: the article's first line)")
    parser.add_argument("--outlet", help="who published the article")
    parser.add_argument("--url", help="where the article was published")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="when it was published")
    parser.add_argument("--force", action="store_true", help="overwrite an existing pack")


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from newsquiz.authoring.files import InputError
    from newsquiz.authoring.new import ArticleInfo, create_pack

    if args.article is not None and args.article_file is not None:
        print(
            f"newsquiz new: two articles given ({args.article_file} and --article "
            f"{args.article}); give one",
            file=sys.stderr,
        )
        return 2
    article = args.article if args.article is not None else args.article_file
    if article is None:
        print(f"newsquiz new: {_article_needed(args.slug)}", file=sys.stderr)
        return 2
    info = ArticleInfo(args.headline, args.outlet, args.url, args.date)
    # `newsquiz new packs/my-pack`: the folder's path, as an author types it, names the
    # pack by its last part and makes it in the rest (where --dir does not say otherwise).
    slug, parent = args.slug, Path(args.dir)
    typed = Path(args.slug)
    if len(typed.parts) > 1 and args.dir == ".":
        slug, parent = typed.name, typed.parent
    try:
        made = create_pack(slug, Path(article), parent, info, args.force)
    except InputError as err:
        print(f"newsquiz new: {err}", file=sys.stderr)
        return 1
    for line in made.dropped:
        print(f"dropped page boilerplate: {line}", file=sys.stderr)
    print(f"created {made.folder / 'pack.yaml'} and {made.folder / 'article.txt'}")
    if made.first_question == "drafted":
        print("it holds one drafted question; for more:")
    else:
        print("no facts were found to draft from; it holds a placeholder question. Next:")
    print(f"  newsquiz draft {made.folder} --into {made.folder}")
    print(f"  newsquiz check {made.folder}")
    return 0


def _article_needed(slug: str) -> str:
    """What to type instead, where `--article` is missing: an author who names the article
    file alone (`newsquiz new story.txt`) is shown a pack name made from it."""
    import shlex
    from pathlib import Path

    typed = Path(slug)
    if typed.is_file():
        from newsquiz.authoring.draft import slugify

        named = slugify(typed.stem)
        return (
            f"`{slug}` is the article; name the pack too, like "
            f"`newsquiz new {named} {shlex.quote(slug)}`"
        )
    return f"give the article as text: `newsquiz new {shlex.quote(slug)} ARTICLE`"
