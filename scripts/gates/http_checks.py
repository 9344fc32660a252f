"""Checks a served site's HTTP answers: every file's content type by extension, and the 404 page
(status 404, the site's own 404.html) for a missing path. Prints `http: N files, …` when clean."""

import sys
import urllib.error
import urllib.request
from pathlib import Path

TYPES = {
    ".html": "text/html", ".css": "text/css", ".svg": "image/svg+xml", ".csv": "text/csv",
    ".json": "application/json", ".xml": "text/xml", ".txt": "text/plain", ".js": "text/javascript",
}


def fetch(url: str):
    try:
        with urllib.request.urlopen(url) as answer:
            return answer.status, answer.headers.get_content_type(), answer.headers.get_content_charset(), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), error.headers.get_content_charset(), error.read()


def main() -> int:
    base, site = sys.argv[1].rstrip("/"), Path(sys.argv[2])
    problems = []
    files = sorted(path for path in site.rglob("*") if path.is_file())
    for path in files:
        relative = path.relative_to(site).as_posix()
        expected = TYPES.get(path.suffix)
        if expected is None:
            problems.append(f"{relative}: no content type is known for '{path.suffix}'")
            continue
        status, kind, charset, _ = fetch(f"{base}/{relative}")
        if status != 200 or kind != expected:
            problems.append(f"{relative}: {status} {kind}, expected 200 {expected}")
        elif expected.startswith("text/") and charset != "utf-8":
            problems.append(f"{relative}: charset {charset}, expected utf-8")
    status, kind, _, body = fetch(f"{base}/no/such/page/")
    if status != 404 or kind != "text/html" or body != (site / "404.html").read_bytes():
        problems.append(f"a missing path answered {status} {kind}, not 404 with the site's 404.html")
    for problem in problems:
        print("http: " + problem, file=sys.stderr)
    print(f"http: {len(files)} files with their content types, the 404 page, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
