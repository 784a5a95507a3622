#!/usr/bin/env python3
"""Compares sitegen's site search with Pagefind's extended build on the same site.

Needs (installs nothing itself):
    pip install pagefind-bin-extended selenium
    apt-get install chromium chromium-driver

Usage, from the repository:
    swift build
    python3 Scripts/compare-search.py [--sitegen .build/debug/sitegen] [--content Content] [--templates Templates]
                                      [--query Q ...] [--no-ui-checks]

It builds the site with sitegen (timing the search index, which is made beside the pages), copies it under a
sub-path (…/alliance/), runs Pagefind on the copy (timed) over the same pages sitegen indexes
(their <main> marked data-pagefind-body), serves the folder with Python's http.server and, in
headless Chromium, runs each query with both engines' real JavaScript on a cold cache: the
number of results, whether every page whose own title or text holds the query was found, and
the bytes the query loaded (Performance API, encodedBodySize; sitegen's also gzipped, as a web
server would send them; Pagefind's files are compressed already). It then checks the search
page from disk (file:) and under the sub-path, and that without JavaScript the header's form
leads to the archive. Exit status 1 when sitegen finds fewer of those pages than Pagefind for
a query, or a check fails.
"""
import argparse
import functools
import glob
import gzip
import http.server
import json
import os
import re
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

DEFAULT_QUERIES = [
    # member names and places
    "淄博市技师学院", "阜阳技师学院", "阜阳", "上海", "合肥", "嘉善",
    # two-character words
    "联盟", "竞赛", "师资", "实训", "倡议",
    # one character
    "盟", "鲁",
    # substrings that are not words
    "师学院", "技工教",
    # mixed Chinese and Latin / digits
    "2027年", "93名选手", "2024年度", "5G基站", "AI",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sitegen", default=".build/debug/sitegen")
    parser.add_argument("--content", default="Content")
    parser.add_argument("--templates", default="Templates")
    parser.add_argument("--query", action="append", help="a query (repeatable); default: a fixed set")
    parser.add_argument("--no-ui-checks", action="store_true", help="skip the file:, sub-path and no-JavaScript checks")
    return parser.parse_args()


def build_site(args, work):
    output = os.path.join(work, "alliance")
    started = time.monotonic()
    run = subprocess.run(
        [args.sitegen, "build", "--content", args.content, "--templates", args.templates, "--output", output, "--timings", "--force", "--quiet"],
        capture_output=True, text=True,
    )
    wall = time.monotonic() - started
    if run.returncode != 0:
        sys.exit("sitegen build failed:\n" + run.stdout + run.stderr)
    steps = {}
    for line in run.stdout.splitlines():
        match = re.match(r"\s*(.+?)\s{2,}([\d.]+) s", line)
        if match:
            steps[match.group(1)] = float(match.group(2))
    return output, wall, steps


def read_documents(site):
    documents = {}
    for path in glob.glob(os.path.join(site, "search", "f", "*.js")):
        # A file holds consecutive documents, one call per line, then sitegenSearch.docs(n).
        for line in open(path, encoding="utf-8").read().splitlines():
            match = re.match(r"sitegenSearch\.doc\((\d+),(.*)\);$", line)
            if match:
                documents[int(match.group(1))] = json.loads(match.group(2))
    return documents


def normalized(text):
    """Lowercase, without spaces: how both engines compare (neither needs spaces in Chinese)."""
    return re.sub(r"[\s\u3000]+", "", text.lower())


def expected_pages(documents, query):
    """The pages whose own title or text holds every space-separated part of the query."""
    parts = [normalized(p) for p in query.split() if p.strip()]
    found = set()
    for document in documents.values():
        title, text = normalized(document["t"]), normalized(document["x"])
        if all(p in title or p in text for p in parts):
            found.add(document["u"])
    return found


def mark_pagefind_bodies(site, documents):
    for document in documents.values():
        path = os.path.join(site, urllib.parse.unquote(document["u"]))
        html = open(path, encoding="utf-8").read()
        html = html.replace('<main id="main" class="container">', '<main id="main" class="container" data-pagefind-body>', 1)
        open(path, "w", encoding="utf-8").write(html)


def run_pagefind(site):
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "pagefind_bin_extended", "--site", site], capture_output=True, text=True)
    seconds = time.monotonic() - started
    if run.returncode != 0:
        sys.exit("pagefind failed (pip install pagefind-bin-extended):\n" + run.stdout + run.stderr)
    match = re.search(r"Indexed (\d+) pages", run.stdout)
    return seconds, int(match.group(1)) if match else None


def folder_size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


def serve(root):
    handler = functools.partial(QuietHandler, directory=root)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


SERVED = []  # (path, bytes) of every file the server sent: workers' requests included


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def end_headers(self):
        # Nothing is cached, not even by Pagefind's web worker, which the page's settings miss.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        SERVED.append((urllib.parse.unquote(urllib.parse.urlparse(self.path).path), len(data)))


def browser(javascript=True):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return driver


SITEGEN_QUERY = """
const [query, limit, done] = arguments;
const script = document.createElement("script");
script.src = "assets/search.js";
script.onload = async () => {
  try {
    sitegenSearch.root = "";
    const found = await sitegenSearch.search(query);
    const shown = await Promise.all(found.results.slice(0, limit < 0 ? undefined : limit).map(r => sitegenSearch.document(r.id)));
    done({count: found.results.length, urls: shown.map(d => d.u)});
  } catch (e) { done({error: String(e)}); }
};
document.head.appendChild(script);
"""

PAGEFIND_QUERY = """
const [query, limit, done] = arguments;
(async () => {
  try {
    const pagefind = await import("./pagefind/pagefind.js");
    await pagefind.init();
    const search = await pagefind.search(query);
    const shown = await Promise.all(search.results.slice(0, limit < 0 ? undefined : limit).map(r => r.data()));
    done({count: search.results.length, urls: shown.map(d => d.url)});
  } catch (e) { done({error: String(e)}); }
})();
"""

def measure(driver, base, site, engine, query):
    """Runs one query on a fresh page with a cold cache and loads its first ten results, as a
    results page shows them; returns the result, and the files the server sent for it. Then,
    on another fresh page, every result (for recall, not measured)."""
    script = SITEGEN_QUERY if engine == "sitegen" else PAGEFIND_QUERY
    driver.get(base + "compare-blank.html")
    time.sleep(0.1)
    SERVED.clear()
    result = driver.execute_async_script(script, query, 10)
    if "error" in result:
        sys.exit(f"{engine} failed on {query!r}: {result['error']}")
    time.sleep(0.1)
    prefix = "/alliance/search/" if engine == "sitegen" else "/alliance/pagefind/"
    files = [(path, size) for path, size in SERVED if path.startswith(prefix) or (engine == "sitegen" and path == "/alliance/assets/search.js")]
    driver.get(base + "compare-blank.html")
    everything = driver.execute_async_script(script, query, -1)
    raw = sum(size for _, size in files)
    # A web server sends script files gzipped; Pagefind's index files are gzipped already.
    def sent(path, size):
        if not path.endswith(".js"):
            return size
        return len(gzip.compress(open(os.path.join(site, path.split("/alliance/", 1)[1]), "rb").read(), 6))
    gzipped = sum(sent(path, size) for path, size in files)
    return {"count": result["count"], "all": everything["urls"]}, len(files), raw, gzipped


@functools.lru_cache(maxsize=None)
def read_documents_cached(site):
    return read_documents(site)


def page_path(url):
    """A result's page, as a path below the site ("members/x/index.html")."""
    path = urllib.parse.unquote(urllib.parse.urlparse(url).path)
    path = path.split("/alliance/", 1)[-1]
    return path[:-1] + "/index.html" if path.endswith("/") else path


def ui_checks(site, base, query):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    problems = []
    driver = browser()
    try:
        for label, url in [("file:", "file://" + os.path.join(site, "search", "index.html")), ("sub-path", base + "search/index.html")]:
            driver.get(url + "?q=" + urllib.parse.quote(query))
            WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".search-result"))
            marks = driver.find_elements(By.CSS_SELECTOR, ".search-result mark")
            status = driver.find_element(By.CSS_SELECTOR, ".search-status").text
            print(f"  {label:9} search page: {status}; {len(marks)} highlights")
            if not marks:
                problems.append(f"{label}: no highlighted snippet")
            # The header's form, from a page two folders down, leads to the results page.
            start = url.replace("search/index.html", "archive/index.html")
            driver.get(start)
            box = driver.find_element(By.CSS_SELECTOR, "form.site-search input[name=q]")
            box.send_keys(query)
            box.submit()
            WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".search-result"))
            landed = driver.current_url
            print(f"  {label:9} header form → {urllib.parse.unquote(landed.split('alliance/')[-1])}")
            if "search/index.html?q=" not in landed:
                problems.append(f"{label}: header form went to {landed}")
    finally:
        driver.quit()
    driver = browser(javascript=False)
    try:
        driver.get("file://" + os.path.join(site, "announcements", "index.html"))
        box = driver.find_element(By.CSS_SELECTOR, "form.site-search input[name=q]")
        box.send_keys(query)
        box.submit()
        time.sleep(1)
        landed = driver.current_url
        title = driver.title
        print(f"  no JavaScript: header form → {urllib.parse.unquote(landed.split('alliance/')[-1])} ({title})")
        if "archive/index.html" not in landed or not driver.find_elements(By.CSS_SELECTOR, ".year-list"):
            problems.append(f"without JavaScript the form went to {landed}")
    finally:
        driver.quit()
    return problems


def main():
    args = parse_args()
    queries = args.query or DEFAULT_QUERIES
    work = tempfile.mkdtemp(prefix="compare-search-")
    site, build_seconds, steps = build_site(args, work)
    documents = read_documents_cached(site)
    index_bytes = folder_size(os.path.join(site, "search"))
    mark_pagefind_bodies(site, documents)
    pagefind_seconds, pagefind_pages = run_pagefind(site)
    pagefind_bytes = folder_size(os.path.join(site, "pagefind"))
    open(os.path.join(site, "compare-blank.html"), "w").write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>compare</title></head><body></body></html>\n")

    server = serve(work)
    base = f"http://127.0.0.1:{server.server_address[1]}/alliance/"
    print(f"Site: {args.content}, {len(documents)} pages indexed by sitegen, {pagefind_pages} by Pagefind")
    print(f"Index build: sitegen's search index {steps.get('search index, on its own', float('nan')):.2f} s "
          f"(whole build {build_seconds:.2f} s), Pagefind {pagefind_seconds:.2f} s")
    print(f"Index on disk: sitegen {index_bytes / 1024:.0f} KB, Pagefind {pagefind_bytes / 1024:.0f} KB\n")

    failures = []
    driver = browser()
    rows = []
    try:
        for query in queries:
            truth = expected_pages(documents, query)
            ours, ours_files, ours_raw, ours_gz = measure(driver, base, site, "sitegen", query)
            theirs, their_files, their_raw, their_gz = measure(driver, base, site, "pagefind", query)
            ours_pages = {page_path(u) for u in ours["all"]}
            their_pages = {page_path(u) for u in theirs["all"]}
            truth_pages = {urllib.parse.unquote(u) for u in truth}
            ours_hit = len(truth_pages & ours_pages)
            their_hit = len(truth_pages & their_pages)
            rows.append((query, len(truth_pages), ours["count"], ours_hit, theirs["count"], their_hit, ours_files, ours_raw, ours_gz, their_files, their_raw, their_gz))
            if ours_hit < their_hit:
                failures.append(f"{query}: sitegen found {ours_hit} of the {len(truth_pages)} pages, Pagefind {their_hit}")
    finally:
        driver.quit()

    print("| query | pages holding it | sitegen: results | found of those | Pagefind: results | found of those | sitegen: loaded (files) | gzipped | Pagefind: loaded (files) | gzipped |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for q, truth, oc, oh, tc, th, of_, oraw, ogz, tf, traw, tgz in rows:
        print(f"| {q} | {truth} | {oc} | {oh} | {tc} | {th} | {oraw / 1024:.1f} KB ({of_}) | {ogz / 1024:.1f} KB | {traw / 1024:.1f} KB ({tf}) | {tgz / 1024:.1f} KB |")
    total_truth = sum(r[1] for r in rows)
    print(f"\nFound of the pages holding the query: sitegen {sum(r[3] for r in rows)}/{total_truth}, Pagefind {sum(r[5] for r in rows)}/{total_truth}")
    median = lambda values: sorted(values)[len(values) // 2]
    print(f"Median loaded per query: sitegen {median([r[7] for r in rows]) / 1024:.1f} KB ({median([r[8] for r in rows]) / 1024:.1f} KB gzipped), "
          f"Pagefind {median([r[10] for r in rows]) / 1024:.1f} KB ({median([r[11] for r in rows]) / 1024:.1f} KB gzipped)")

    if not args.no_ui_checks:
        print("\nChecks in the browser:")
        failures += ui_checks(site, base, queries[0])
    server.shutdown()
    shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
