"""Build the API reference pages, one self-contained HTML file per contract, with no network.

Redocly CLI (npm, pinned in package.json) renders each OpenAPI document at the
repository root (``openapi.yaml`` -> ``build/docs/index.html``, any other
``<name>.yaml`` whose top level has ``openapi:`` -> ``build/docs/<name>.html``).
Its page imports the Redoc bundle from a CDN; this module inlines the same
bundle, which the pinned CLI ships (``lib/chunks/redoc.standalone.js``), so
the page renders from disk, offline, in any browser. The bundle's version must
be the one the page asks for, or the build fails.

    python tools/build_docs.py [--out build/docs] [DOCUMENT ...]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / "node_modules" / ".bin" / "redocly"
BUNDLE = ROOT / "node_modules" / "@redocly" / "cli" / "lib" / "chunks" / "redoc.standalone.js"
# The page's only network dependency: `import { hydrate } from "<cdn>/redoc/v<version>/bundles/redoc.standalone.js";`
IMPORT = re.compile(
    r'import \{ hydrate \} from "https://[^"]+/redoc/v(?P<version>[0-9][^/"]*)/bundles/redoc\.standalone\.js";'
)
BUNDLE_VERSION = re.compile(r"^\* Version: (\S+)$", re.MULTILINE)
BUNDLE_EXPORT = "export{RedocStandalone,hydrate,init};"
PRELOAD = re.compile(r'<link rel="modulepreload" href="(?P<url>[^"]+)" integrity="(?P<integrity>[^"]+)"[^>]*>\s*')
# The page may load nothing from anywhere: everything it needs is inline. (Redoc's footer logo, an image
# on a CDN, is refused here and hides itself.)
CSP = (
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
    "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; worker-src blob:; connect-src 'none'\">"
)


class DocsError(Exception):
    pass


def documents(root: Path = ROOT) -> list[Path]:
    """The OpenAPI documents at the root: openapi.yaml first, then the others by name."""
    found = []
    for path in sorted(root.glob("*.yaml")):
        with path.open(encoding="utf-8") as stream:
            head = stream.read(4096)
        if re.search(r"^openapi: ", head, re.MULTILINE):
            found.append(path)
    return sorted(found, key=lambda p: (p.name != "openapi.yaml", p.name))


def page_name(document: Path) -> str:
    return "index.html" if document.name == "openapi.yaml" else f"{document.stem}.html"


def operation_count(document: Path) -> int:
    spec = yaml.safe_load(document.read_text(encoding="utf-8"))
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in spec.get("paths", {}).values() for m in item if m in methods)


def _sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def inline_bundle(html: str, bundle: str) -> str:
    """Replace the page's CDN import of the Redoc bundle with the bundle itself (the very file it names)."""
    found = IMPORT.search(html)
    if not found:
        raise DocsError("the page does not import the Redoc bundle the way this tool expects")
    have = BUNDLE_VERSION.search(bundle[:1000])
    if not have or have.group(1) != found["version"]:
        raise DocsError(f"the page asks for Redoc {found['version']}, the pinned bundle is {have and have.group(1)}")
    preload = PRELOAD.search(html)
    if preload and preload["integrity"] != _sri(bundle.encode("utf-8")):
        raise DocsError(f"the pinned Redoc bundle does not match the integrity {preload['integrity']} the page names")
    if not bundle.rstrip().endswith(BUNDLE_EXPORT):
        raise DocsError("the Redoc bundle does not end with the export this tool expects")
    # Inside the page's module script the bundle's declarations are in scope; the export is not needed,
    # and a "</script" inside it would end the script element early.
    code = bundle.rstrip()[: -len(BUNDLE_EXPORT)].replace("</script", "<\\/script")
    html = html[: found.start()] + code + "\n" + html[found.end() :]
    if preload:
        html = PRELOAD.sub("", html, count=1)
    if "<head>" not in html:
        raise DocsError("the page has no <head>")
    return html.replace("<head>", "<head>\n  " + CSP, 1)


def build(document: Path, out_dir: Path) -> Path:
    if not CLI.exists() or not BUNDLE.exists():
        raise DocsError("Redocly CLI is not installed: run `make node-tools` (npm ci)")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / page_name(document)
    # No telemetry, no update check: the build must not reach the network.
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    done = subprocess.run(
        [str(CLI), "build-docs", str(document), "-o", str(target)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise DocsError(f"redocly build-docs {document.name} failed:\n{(done.stdout + done.stderr)[-3000:]}")
    html = inline_bundle(target.read_text(encoding="utf-8"), BUNDLE.read_text(encoding="utf-8"))
    target.write_text(html, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "docs")
    parser.add_argument("documents", nargs="*", type=Path)
    args = parser.parse_args(argv)
    try:
        for document in args.documents or documents():
            target = build(document.resolve(), args.out)
            print(f"{document.name}: {operation_count(document)} operations -> {target.relative_to(ROOT)}")
    except DocsError as exc:
        print(f"docs: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
