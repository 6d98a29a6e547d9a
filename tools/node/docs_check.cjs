// Open an API reference page in headless Chromium, show every tag's section,
// and report which operations were drawn. Usage:
//   node docs_check.cjs PAGE.html TAGS.json SCREENSHOT.png
// TAGS.json: [{"name": "tag", "operations": N}, ...] in the page's order. Prints one JSON object:
// {sections: [...], external: [...], errors: [...]}. Judging is left to the caller.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

// The flags this machine's Chromium needs (no sandbox as root, no background traffic).
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

async function main() {
  const [pagePath, tagsPath, shotPath] = process.argv.slice(2);
  const tags = JSON.parse(fs.readFileSync(tagsPath, "utf8"));
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  const browser = await chromium.launch({ executablePath, args: ARGS });
  const external = [];
  const errors = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("request", (r) => {
      if (!/^(file|data|blob|about):/.test(r.url())) external.push(r.url());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto("file://" + path.resolve(pagePath));
    await page.waitForSelector("[data-section-id]", { timeout: 60000 });
    const drawn = new Set();
    const collect = async () => {
      const ids = await page.$$eval("[data-section-id]", (els) =>
        els.filter((e) => e.getBoundingClientRect().height > 0).map((e) => e.getAttribute("data-section-id")),
      );
      ids.forEach((id) => drawn.add(id));
    };
    for (const tag of tags) {
      // Redoc draws a tag's operations once its entry in the navigation is opened; wait until they are
      // all there (or a minute has passed: the caller reports what is missing).
      const link = page.getByRole("link", { name: tag.name, exact: true }).first();
      if (await link.count()) await link.click();
      await page
        .waitForFunction(
          (n) => {
            const prefix = decodeURIComponent(window.location.hash.slice(1)) + "/";
            const drawn = [...document.querySelectorAll("[data-section-id]")].filter(
              (e) => e.getAttribute("data-section-id").startsWith(prefix) && e.getBoundingClientRect().height > 0,
            );
            return prefix.length > 2 && drawn.length >= n;
          },
          tag.operations,
          { timeout: 60000 },
        )
        .catch(() => {});
      await collect();
    }
    if (tags.length) {
      const first = page.getByRole("link", { name: tags[0].name, exact: true }).first();
      if (await first.count()) await first.click();
      await page.waitForTimeout(500);
    }
    fs.mkdirSync(path.dirname(shotPath), { recursive: true });
    await page.screenshot({ path: shotPath });
    process.stdout.write(JSON.stringify({ sections: [...drawn], external, errors }));
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(1);
});
