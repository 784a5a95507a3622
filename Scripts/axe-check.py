#!/usr/bin/env python3
"""Accessibility check of a built site with axe-core (WCAG 2.1 A/AA).

Usage: python3 Scripts/axe-check.py [Output] [--width 1280 --width 390] [--limit N]

Builds nothing: it serves an existing Output folder over a local HTTP server, opens every
HTML page in headless Chromium (Debian's chromium + chromium-driver, driven by Selenium),
runs the axe-core bundled with the PyPI package axe-selenium-python on it and prints each
violation as `page: rule (impact) — target — help URL`.

Rules: every axe rule tagged wcag2a, wcag2aa, wcag21a or wcag21aa, plus `target-size`
(WCAG 2.2 AA, tap targets of at least 24 px) and the best-practice rules in EXTRA_RULES
(headings in order, one main landmark, every page has an h1, content inside landmarks).

Every page is checked, so every kind of page is covered for as long as the site makes it;
the pages are checked at each --width (default: a desktop and a phone width), since the
phone layout has targets and colours of its own.

Exit status: 0 no violation, 1 violations, 2 the check could not run (missing Selenium,
axe-selenium-python, Chromium or its driver, no pages). It never skips silently.
"""

import argparse
import functools
import http.server
import io
import json
import os
import pathlib
import re
import shutil
import sys
import threading
import time
import urllib.parse

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
EXTRA_RULES = ["target-size", "heading-order", "landmark-one-main", "page-has-heading-one", "region"]
MINIMUM_AXE = (4, 5)  # target-size appeared in axe-core 4.5
DEFAULT_WIDTHS = [1280, 390]


def cannot_run(message):
    print(f"axe-check: error: {message}", file=sys.stderr)
    sys.exit(2)


def load_tools():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        cannot_run("Selenium is not installed (python3 -m pip install selenium)")
    try:
        import axe_selenium_python
    except ImportError:
        cannot_run("axe-selenium-python is not installed "
                   "(python3 -m pip install --no-deps --ignore-requires-python axe-selenium-python==3.0.0)")
    axe_script = pathlib.Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
    if not axe_script.is_file():
        cannot_run(f"axe-selenium-python ships no axe-core at {axe_script}")
    return webdriver, Service, axe_script.read_text(encoding="utf-8")


def find_browser():
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not chromium:
        cannot_run("Chromium is not installed (apt-get install chromium)")
    if not driver:
        cannot_run("chromedriver is not installed (apt-get install chromium-driver)")
    return chromium, driver


def html_pages(root):
    pages = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))
    if not pages:
        cannot_run(f"no HTML pages under {root}: build the site first (swift run sitegen build)")
    return pages


def site_base_url(root):
    """The site's absolute address (its home page's canonical URL), or None without base_url."""
    home = root / "index.html"
    if not home.is_file():
        return None
    match = re.search(rb'<link rel="canonical" href="([^"]+)"', home.read_bytes())
    return match.group(1) if match else None


class LocalSiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves Output; in HTML, the site's absolute address is served as `/`, so that pages whose
    links are absolute (404.html) load this build's stylesheet instead of the published one."""
    base_url = None

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if self.base_url is None or not path.endswith(".html") or not os.path.isfile(path):
            return super().send_head()
        with open(path, "rb") as file:
            body = file.read().replace(self.base_url, b"/")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format, *args):
        pass


def serve(root):
    handler = functools.partial(LocalSiteHandler, directory=str(root))
    LocalSiteHandler.base_url = site_base_url(root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def page_url(base, page):
    if page.endswith("index.html"):
        page = page[: -len("index.html")]
    return base + urllib.parse.quote(page)


def open_browser(webdriver, Service, chromium, driver_path):
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--force-device-scale-factor=1", "--lang=zh-CN"]:
        options.add_argument(argument)
    try:
        return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    except Exception as error:  # the driver's own message says what is wrong
        cannot_run(f"cannot start Chromium through {driver_path}: {error}".splitlines()[0])


def axe_version(browser):
    version = browser.execute_script("return window.axe && axe.version")
    if not version:
        cannot_run("axe-core did not load into the page")
    numbers = tuple(int(part) for part in version.split(".")[:2])
    if numbers < MINIMUM_AXE:
        cannot_run(f"axe-core {version} is too old (needs {MINIMUM_AXE[0]}.{MINIMUM_AXE[1]} or newer for "
                   "target-size): install axe-selenium-python 3.0.0 or newer")
    return version


def run_axe(browser):
    options = {
        "runOnly": {"type": "tag", "values": WCAG_TAGS},
        "rules": {rule: {"enabled": True} for rule in EXTRA_RULES},
        "resultTypes": ["violations"],
    }
    script = ("const done = arguments[arguments.length - 1];"
              "axe.run(document, arguments[0]).then(r => done(r.violations), e => done({error: String(e)}));")
    result = browser.execute_async_script(script, options)
    if isinstance(result, dict) and "error" in result:
        cannot_run(f"axe-core failed: {result['error']}")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="Output", help="the built site (default: Output)")
    parser.add_argument("--width", type=int, action="append", help="viewport width(s) in CSS pixels")
    parser.add_argument("--limit", type=int, default=0, help="check only the first N pages (0: all)")
    arguments = parser.parse_args()

    root = pathlib.Path(arguments.output).resolve()
    if not root.is_dir():
        cannot_run(f"{arguments.output} is not a folder: build the site first (swift run sitegen build)")
    webdriver, Service, axe_script = load_tools()
    chromium, driver_path = find_browser()
    pages = html_pages(root)
    if arguments.limit:
        pages = pages[: arguments.limit]
    widths = arguments.width or DEFAULT_WIDTHS

    started = time.monotonic()
    server = serve(root)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    browser = open_browser(webdriver, Service, chromium, driver_path)
    browser.set_script_timeout(60)
    counts = {}
    version = None
    try:
        for width in widths:
            browser.set_window_size(width, 900)
            for page in pages:
                browser.get(page_url(base, page))
                browser.execute_script(axe_script)
                version = version or axe_version(browser)
                for violation in run_axe(browser):
                    rule = violation["id"]
                    counts[rule] = counts.get(rule, 0) + len(violation["nodes"])
                    for node in violation["nodes"]:
                        target = " ".join(json.dumps(part, ensure_ascii=False) if not isinstance(part, str) else part
                                          for part in node["target"])
                        print(f"{page} @{width}px: {rule} ({violation.get('impact')}) — {target} — "
                              f"{violation['help']} — {violation['helpUrl']}")
    finally:
        browser.quit()
        server.shutdown()

    seconds = time.monotonic() - started
    checked = f"{len(pages)} pages at {', '.join(f'{w}px' for w in widths)} with axe-core {version} in {seconds:.0f} s"
    if counts:
        summary = ", ".join(f"{rule} {count}" for rule, count in sorted(counts.items()))
        print(f"axe-check: {sum(counts.values())} violations ({summary}); {checked}")
        return 1
    print(f"axe-check: 0 violations; {checked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
