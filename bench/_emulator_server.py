"""The emulator in a child process, on an inherited loopback socket, for the emulator figures.

    python -m bench._emulator_server --fd N --db PATH --access-key AK --secret-key SK

The emulator's own app (``create_app``) with the database given, one key
pair, rate limits off (the benchmark calls faster than the documented
limits on purpose) and no job delay; otherwise its defaults (signature
checks and request validation on).
"""

from __future__ import annotations

import argparse

from ._asgi import serve

__all__ = ["main"]


def main(argv: list[str] | None = None) -> None:
    from media_intelligence_emulator import Credential, EmulatorConfig, create_app

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fd", type=int)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--db", required=True)
    parser.add_argument("--access-key", required=True)
    parser.add_argument("--secret-key", required=True)
    args = parser.parse_args(argv)
    config = EmulatorConfig(
        db=args.db,
        credentials=(Credential(args.access_key, args.secret_key),),
        rate_limits=False,
        job_delay=0.0,
    )
    serve(create_app(config), args.fd, args.port)


if __name__ == "__main__":
    main()
