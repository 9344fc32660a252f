"""axe-core (the copy inside the axe-core-python wheel: 4.4, which knows the WCAG 2.1 rules; the one
in axe-selenium-python is 3.1 and does not) in headless Chromium, through Debian's chromedriver,
on every page of a served site, so every page type in both languages. The first page of each type is
checked again in the theme's dark, high-contrast and dark high-contrast variants, with Chromium told
the reader's setting through CDP (Emulation.setEmulatedMedia); the script first asserts the page's
matchMedia sees it, so a variant is never silently skipped. Fails on any WCAG 2.0/2.1 A or AA
violation. Prints `axe: N pages, R rules, 0 violations` when clean."""

import os
import sys
from collections import OrderedDict
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download a driver

import axe_core_python
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

AXE_SCRIPT = (Path(axe_core_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DARK = {"name": "prefers-color-scheme", "value": "dark"}
MORE = {"name": "prefers-contrast", "value": "more"}
# The reader's settings the theme answers, beyond the default light one.
VARIANTS = {"dark": [DARK], "high contrast": [MORE], "dark high contrast": [DARK, MORE]}


def page_type(relative: str) -> str:
    """`en/jurisdictions/ben-tre/index.html` and `en/jurisdictions/ninh-binh/index.html` are one type."""
    parts = relative.split("/")
    language = "en" if parts[0] == "en" else "vi"
    if language == "en":
        parts = parts[1:]
    if len(parts) >= 3:
        parts = [parts[0], "*"] + parts[2:]
    return language + ":" + "/".join(parts)


def every_page(site: Path) -> "OrderedDict[str, str]":
    """Every page, keyed by path, with its type: checking all of them costs under two minutes."""
    pages: "OrderedDict[str, str]" = OrderedDict()
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        pages[relative] = page_type(relative)
    return pages


def browser() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
        options.add_argument(argument)
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_script_timeout(300)  # axe on a long page takes a while on a busy two-core machine
    return driver


def run(driver: webdriver.Chrome) -> dict:
    script = ("var done = arguments[arguments.length - 1];"
              "axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(done, function (e) { done({error: String(e)}); });" % TAGS)
    results = driver.execute_async_script(script)
    if "error" in results:
        raise RuntimeError("axe-core failed: " + results["error"])
    return results


def emulate(driver: webdriver.Chrome, features: list) -> None:
    """Sets the media features pages see from now on."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": features})


def expect_media(driver: webdriver.Chrome, features: list) -> None:
    """Fails unless the loaded page matches every emulated feature."""
    for feature in features:
        query = "(%s: %s)" % (feature["name"], feature["value"])
        if not driver.execute_script("return matchMedia(arguments[0]).matches", query):
            raise RuntimeError("Chromium does not emulate " + query)


def check(driver: webdriver.Chrome, label: str, rules: set, findings: list) -> str:
    """axe on the loaded page; returns axe's version."""
    driver.execute_script(AXE_SCRIPT)
    results = run(driver)
    for group in ("passes", "violations", "incomplete", "inapplicable"):
        rules.update(rule["id"] for rule in results[group])
    for violation in results["violations"]:
        for node in violation["nodes"]:
            findings.append(f"{label}: {violation['id']} ({violation['impact']}): {violation['help']}\n    {node['target']} {node['html'][:160]}")
    return driver.execute_script("return axe.version")


def url_for(base: str, relative: str) -> str:
    path = relative[: -len("index.html")] if relative.endswith("index.html") else relative
    return base.rstrip("/") + "/" + path


def main() -> int:
    base, site = sys.argv[1], Path(sys.argv[2])
    pages = every_page(site)
    driver = browser()
    rules: set = set()
    findings = []
    driver_version = "?"
    seen_types: set = set()
    variant_checks = 0
    try:
        for relative, kind in pages.items():
            driver.get(url_for(base, relative))
            driver_version = check(driver, relative, rules, findings)
            if kind in seen_types:
                continue
            seen_types.add(kind)
            for name, features in VARIANTS.items():
                emulate(driver, features)
                driver.get(url_for(base, relative))
                expect_media(driver, features)
                check(driver, f"{relative} ({name})", rules, findings)
                variant_checks += 1
            emulate(driver, [])
    finally:
        driver.quit()
    for finding in findings:
        print("axe: " + finding, file=sys.stderr)
    version = driver_version
    print(f"axe-core {version}: {len(pages)} pages of {len(set(pages.values()))} types in both languages"
          f" + {variant_checks} in dark, high-contrast and both, {len(rules)} rules, {len(findings)} violations")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
