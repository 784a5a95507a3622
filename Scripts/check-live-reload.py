#!/usr/bin/env python3
"""Drives `sitegen serve` with a real browser: headless Chromium (Debian's chromium and
chromium-driver, PyPI selenium) opens an announcement of a copy of the example site, then the
script saves the file three times and expects the page to follow by itself:

1. a paragraph added  -> the page reloads and shows it;
2. broken front matter -> the error overlay appears, naming the file, line and column;
3. the error fixed    -> the overlay goes and the page shows the fixed text.

Finally Ctrl-C (SIGINT) must stop the server with exit status 0. Exits 1 on any failure.

    python3 Scripts/check-live-reload.py [path/to/sitegen]     (default: .build/debug/sitegen)
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
except ImportError:
    sys.exit("check-live-reload: selenium is missing: pip install selenium (and apt-get install chromium chromium-driver)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANNOUNCEMENT = "announcements/2024-12-18-zibo-exchange.md"
PAGE = "announcements/zibo-exchange/"


def fail(message):
    print("check-live-reload: FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def wait_for(what, condition, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if condition():
                return
        except Exception:  # the page may be reloading
            pass
        time.sleep(0.1)
    fail("timed out waiting for " + what)


def main():
    sitegen = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/sitegen"))
    if not os.access(sitegen, os.X_OK):
        fail(sitegen + " is not an executable; build it first (swift build)")
    work = tempfile.mkdtemp(prefix="sitegen-live-")
    shutil.copytree(os.path.join(ROOT, "Content"), os.path.join(work, "Content"))
    shutil.copytree(os.path.join(ROOT, "Templates"), os.path.join(work, "Templates"))
    source = os.path.join(work, "Content", ANNOUNCEMENT)
    with open(source, encoding="utf-8") as file:
        original = file.read()

    server = subprocess.Popen([sitegen, "serve", "--port", "0", "--base-path", "/alliance/"], cwd=work,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    browser = None
    try:
        address = None
        deadline = time.time() + 120
        while time.time() < deadline and address is None:
            line = server.stdout.readline()
            if not line:
                fail("sitegen serve ended before serving: " + server.stderr.read())
            match = re.search(r" at (http://\S+) — Ctrl-C to stop", line)
            if match:
                address = match.group(1)
        if address is None:
            fail("no 'Serving … at …' line")

        options = Options()
        for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
            options.add_argument(argument)
        browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        browser.get(address + PAGE)
        wait_for("the live-reload script", lambda: browser.execute_script(
            "return !!document.querySelector('script[src*=\"__sitegen/live.js\"]')"))
        # A marker the reload clears: the same window, a new document.
        browser.execute_script("window.__sitegenMarker = 1")

        added = "实时预览：保存后自动刷新的一段文字。"
        with open(source, "w", encoding="utf-8") as file:
            file.write(original + "\n" + added + "\n")
        wait_for("the page to reload with the saved paragraph", lambda: added in browser.find_element("tag name", "body").text)
        if browser.execute_script("return window.__sitegenMarker === 1"):
            fail("the new text appeared without a reload")
        print("saved paragraph: the page reloaded and shows it")

        broken = original.replace("title: ", "title: [未闭合\n", 1)
        with open(source, "w", encoding="utf-8") as file:
            file.write(broken)
        wait_for("the error overlay", lambda: browser.execute_script(
            "var o = document.getElementById('sitegen-error-overlay'); return o ? o.innerText : ''"))
        overlay = browser.execute_script("return document.getElementById('sitegen-error-overlay').innerText")
        located = [line for line in overlay.splitlines() if re.search(r"2024-12-18-zibo-exchange\.md:\d+:\d+", line)]
        if not located or "error" not in overlay:
            fail("the overlay does not locate the error (file:line:column): " + overlay)
        print("broken front matter: the overlay shows " + located[0].strip()[:120])

        fixed = original.replace("title: ", "title: 修改后：", 1)
        with open(source, "w", encoding="utf-8") as file:
            file.write(fixed)
        wait_for("the fixed page without the overlay", lambda: "修改后：" in browser.find_element("tag name", "h1").text
                 and not browser.execute_script("return !!document.getElementById('sitegen-error-overlay')"))
        print("error fixed: the overlay is gone and the page shows the new title")
    finally:
        if browser is not None:
            browser.quit()
        if server.poll() is None:
            server.send_signal(signal.SIGINT)
        try:
            status = server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            fail("sitegen serve did not stop within 20 s of SIGINT")
        shutil.rmtree(work, ignore_errors=True)
    if status != 0:
        fail("sitegen serve exited with %d after SIGINT" % status)
    print("check-live-reload: the preview follows saves in a real browser; Ctrl-C stops it (exit 0)")


if __name__ == "__main__":
    main()
