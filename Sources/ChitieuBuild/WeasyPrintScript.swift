/// The Python that turns one built page into a PDF through WeasyPrint. It is passed to the
/// interpreter with `-c` and its inputs as arguments, so no shell ever sees them. Its URL fetcher
/// serves only files inside the built site: anything else (another host, a `file://` path, `..`
/// out of the folder, a missing file) is refused, so a page cannot make it read the network or
/// the disk. It prints the number of pages; exit status 3 means WeasyPrint is not installed.
enum WeasyPrintScript {
    static let source = #"""
import mimetypes, os, sys
from urllib.parse import unquote, urlsplit
try:
    import weasyprint
except ImportError:
    sys.exit(3)
page, root, origin, prefix, target = sys.argv[1:6]
root = os.path.realpath(root)
site = urlsplit(origin)

def fetch(url):
    parts = urlsplit(url)
    if (parts.scheme, parts.netloc) != (site.scheme, site.netloc) or not parts.path.startswith(prefix):
        raise ValueError("not a file of the built site: " + url)
    path = os.path.realpath(os.path.join(root, unquote(parts.path[len(prefix):])))
    if os.path.commonpath([root, path]) != root or not os.path.isfile(path):
        raise ValueError("not a file of the built site: " + url)
    with open(path, "rb") as file:
        data = file.read()
    return {"string": data, "mime_type": mimetypes.guess_type(path)[0] or "application/octet-stream", "redirected_url": url}

with open(os.path.join(root, page), "rb") as file:
    html = file.read()
base = origin + prefix + os.path.dirname(page) + "/"
document = weasyprint.HTML(string=html, base_url=base, url_fetcher=fetch).render()
document.write_pdf(target)
print(len(document.pages))
"""#
}
