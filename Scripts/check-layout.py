#!/usr/bin/env python3
"""Check that no page of a built site scrolls sideways on a phone.

Opens every HTML page of Output/ (or --output) in headless Chromium, emulating a phone
screen of each --widths width, and reports the pages whose document is wider than the
screen (document.documentElement.scrollWidth > the screen's width), with the elements that stick
out. Exit status 0: no page scrolls sideways; 1: some do; 2: the check could not run.

Needs chromium, chromium-driver and `pip install selenium`.

    python3 Scripts/check-layout.py [--output Output] [--widths 360,390] [--large-text] [--limit N]
"""
import argparse
import pathlib
import shutil
import sys
import time

FIND_OVERFLOW = """
// On a phone, a page wider than the screen widens the layout viewport (innerWidth) too:
// compare with the screen's width instead.
const width = arguments[0];
const scrollWidth = document.documentElement.scrollWidth;
const culprits = [];
if (scrollWidth > width) {
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.right <= width + 0.5 || box.width === 0) continue;
    // Inside a container that scrolls (or clips) sideways, sticking out is that container's business.
    let clipped = false;
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== 'visible') { clipped = true; break; }
    }
    if (clipped) continue;
    // Only the outermost offender: skip elements whose parent sticks out as well.
    const parent = element.parentElement.getBoundingClientRect();
    if (parent.right > width + 0.5 && element.parentElement !== document.body) continue;
    let name = element.tagName.toLowerCase();
    if (element.className && typeof element.className === 'string') name += '.' + element.className.trim().split(/\\s+/).join('.');
    culprits.push(name + ' (right edge ' + Math.round(box.right) + ' px)');
    if (culprits.length >= 5) break;
  }
}
return [width, scrollWidth, culprits];
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--output', default='Output', help='the built site (default Output)')
    parser.add_argument('--widths', default='360,390', help='phone widths in CSS pixels (default 360,390)')
    parser.add_argument('--large-text', action='store_true', help='also check every page in the larger-text mode (html.large-text)')
    parser.add_argument('pages', nargs='*', help='pages to check, relative to the output folder (default all)')
    parser.add_argument('--limit', type=int, default=0, help='check only the first N pages (default all)')
    args = parser.parse_args()

    root = pathlib.Path(args.output).resolve()
    pages = sorted(p for p in root.rglob('*.html') if p.is_file())
    if args.pages:
        pages = [root / page for page in args.pages]
    if args.limit:
        pages = pages[:args.limit]
    if not pages:
        print(f'{root}: no HTML pages; build the site first (swift run sitegen build)', file=sys.stderr)
        return 2
    widths = [int(w) for w in args.widths.split(',') if w.strip()]

    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print('selenium is missing: pip install selenium', file=sys.stderr)
        return 2
    options = webdriver.ChromeOptions()
    for flag in ('--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--allow-file-access-from-files'):
        options.add_argument(flag)
    # The system's chromium and chromium-driver: Selenium must not download its own.
    chromium = shutil.which('chromium') or shutil.which('chromium-browser') or shutil.which('google-chrome')
    driver_path = shutil.which('chromedriver')
    if chromium:
        options.binary_location = chromium
    started = time.monotonic()
    driver = webdriver.Chrome(options=options, service=Service(driver_path) if driver_path else None)
    failures = 0
    modes = [False, True] if args.large_text else [False]
    try:
        for large, width in [(large, width) for large in modes for width in widths]:
            driver.execute_cdp_cmd('Emulation.setDeviceMetricsOverride', {
                'width': width, 'height': 800, 'deviceScaleFactor': 2, 'mobile': True})
            for page in pages:
                driver.get(page.as_uri())
                if large:
                    driver.execute_script("document.documentElement.classList.add('large-text')")
                inner, scroll, culprits = driver.execute_script(FIND_OVERFLOW, width)
                if scroll > inner:
                    failures += 1
                    where = page.relative_to(root)
                    mode = ' in larger text' if large else ''
                    print(f'{where}: scrolls sideways at {width} px{mode} (document {scroll} px wide)')
                    for culprit in culprits:
                        print(f'    {culprit}')
    finally:
        driver.quit()
    seconds = time.monotonic() - started
    checked = len(pages) * len(widths) * len(modes)
    print(f'{checked} page views checked ({len(pages)} pages at {", ".join(map(str, widths))} px'
          f'{", normal and larger text" if args.large_text else ""}) '
          f'in {seconds:.1f} s: {failures} scroll sideways')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
