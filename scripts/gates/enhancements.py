"""The theme's scripts at work in headless Chromium, on the served site: the search page finds a name
typed without diacritics in both languages, and a table sorts by a numeric column both ways using the
raw numbers of data-sort, with aria-sort stating the order. Any script error in the console fails.
Prints `enhancements: N checks, 0 failures` when clean."""

import sys
import time

from selenium.webdriver.common.by import By

from axe_pages import browser


def wait_for(predicate, seconds: float = 10.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return predicate()


def search_finds(driver, base: str, prefix: str, query: str, href: str) -> str:
    driver.get(f"{base}/{prefix}search/")
    box = wait_for(lambda: next(iter(driver.find_elements(By.CSS_SELECTOR, "form[data-index]:not([hidden]) input")), None))
    if box is None:
        return f"{prefix}search/: the search form never appeared"
    box.send_keys(query)
    found = wait_for(lambda: [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a")])
    if not any(link.endswith(href) for link in found):
        return f"{prefix}search/: '{query}' does not find {href} (found {found[:5]})"
    return ""


def sorts(driver, base: str, path: str, table: str, column: int) -> list:
    driver.get(f"{base}/{path}")
    failures = []
    for order in ("ascending", "descending"):
        header = driver.find_elements(By.CSS_SELECTOR, f"#{table} thead th")[column]
        header.find_element(By.CSS_SELECTOR, "button").click()
        values = [float(cell.get_attribute("data-sort")) for cell in
                  driver.find_elements(By.CSS_SELECTOR, f"#{table} tbody tr > :nth-child({column + 1})[data-sort]")]
        expected = sorted(values, reverse=order == "descending")
        if len(values) < 2 or values != expected:
            failures.append(f"{path}#{table}: column {column} is not {order}: {values}")
        if header.get_attribute("aria-sort") != order:
            failures.append(f"{path}#{table}: aria-sort is {header.get_attribute('aria-sort')}, not {order}")
    return failures


def main() -> int:
    base = sys.argv[1].rstrip("/")
    driver = browser()
    failures: list = []
    checks = 0
    try:
        for prefix, query, href in [("", "ninh binh", "/jurisdictions/ninh-binh/"), ("en/", "dak lak", "/en/jurisdictions/dak-lak/"),
                                    ("", "Đắk", "/jurisdictions/dak-lak/")]:
            failures += [f for f in [search_finds(driver, base, prefix, query, href)] if f]
            checks += 1
        for prefix in ("", "en/"):
            failures += sorts(driver, base, f"{prefix}indicators/units_with_social_workers_pct/", "compare-2021-2025", 1)
            checks += 4
        errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE" and entry["source"] != "network"]
        failures += [f"console: {message}" for message in errors]
    finally:
        driver.quit()
    for failure in failures:
        print("enhancements: " + failure, file=sys.stderr)
    print(f"enhancements: {checks} checks of search and sorting in both languages, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
