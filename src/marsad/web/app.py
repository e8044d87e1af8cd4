"""The web application: a JSON API under ``/api/`` and an Arabic (right-to-left) UI over one store.

``create_app(path)`` opens the store read-only (one connection per worker thread), so ``marsad ingest``
can keep writing while analysts read. Every asset is served from this package: no CDN, no network.
"""
from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..store import Store

HERE = Path(__file__).resolve().parent
LANGS = ("ar", "en")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, str]]:
    return json.loads((HERE / "static" / "labels.json").read_text(encoding="utf-8"))


class StoreHolder:
    """One read-only store connection per thread on the file at ``path``."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        Store.open(path, create=False, readonly=True).close()   # fail early on a missing or broken file

    def get(self) -> Store:
        st = getattr(self._local, "store", None)
        if st is None:
            st = self._local.store = Store.open(self.path, create=False, readonly=True)
        return st


def env() -> Environment:
    e = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True, trim_blocks=True,
                    lstrip_blocks=True)
    e.globals["version"] = __version__
    e.filters["num"] = num
    e.filters["q"] = lambda v: quote(str(v), safe="")
    return e


def num(v: Any) -> str:
    """Numbers as an analyst reads them: 3,800,000,000 (lists joined with commas)."""
    if isinstance(v, (list, tuple)):
        return ", ".join(num(x) for x in v)
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f"{v:,}"
    return str(v)


def lang_of(request: Request) -> str:
    q = request.query_params.get("lang")
    if q in LANGS:
        return q
    c = request.cookies.get("lang")
    return c if c in LANGS else "ar"


def page_url(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for k, v in changes.items():
        if v is None or v == "":
            params.pop(k, None)
        else:
            params[k] = str(v)
    return request.url.path + ("?" + urlencode(params) if params else "")


def render(request: Request, template: str, status_code: int = 200, *, json_url: str | None = None,
           **ctx: Any) -> HTMLResponse:
    """A page of the UI in the reader's language, with a link to its JSON twin."""
    lang = lang_of(request)
    words = labels()[lang]

    def t(key: Any, default: Any = None) -> str:
        return words.get(str(key), str(key) if default is None else str(default))

    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    html = request.app.state.env.get_template(template).render(
        request=request, lang=lang, dir="rtl" if lang == "ar" else "ltr", t=t, json_url=json_url,
        other_lang="en" if lang == "ar" else "ar", switch_url=page_url(request, lang="en" if lang == "ar" else "ar"),
        page_url=lambda **c: page_url(request, **c), params=params, **ctx)
    resp = HTMLResponse(html, status_code=status_code)
    if request.query_params.get("lang") in LANGS:
        resp.set_cookie("lang", request.query_params["lang"], max_age=365 * 86400, samesite="lax")
    return resp


def _message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        got = err.get("input")
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg')}" + (f" (got {got!r})" if got is not None else ""))
    return "; ".join(parts)


def create_app(db_path: str) -> FastAPI:
    """The application serving the store at ``db_path`` (raises StoreError when it cannot be opened)."""
    from . import api, views

    app = FastAPI(title="marsad", version=__version__, docs_url=None, redoc_url=None,
                  description="Events (PLOVER) coded from Arabic news, each field with its evidence offsets in the "
                              "document text. Lists are paginated (limit ≤ 500, offset) and carry `total` and `next`.")
    app.state.stores = StoreHolder(db_path)
    app.state.env = env()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(views.router)

    @app.middleware("http")
    async def headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        resp = await call_next(request)
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        return resp

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):  # type: ignore[no-untyped-def]
        msg = _message(exc)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": msg, "errors": json.loads(json.dumps(exc.errors(), default=str))},
                                status_code=422)
        return render(request, "error.html", 400, title_key="bad_request", message=msg)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):  # type: ignore[no-untyped-def]
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/") \
                or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        key = "not_found" if exc.status_code == 404 else "bad_request"
        status = 400 if exc.status_code == 422 else exc.status_code
        return render(request, "error.html", status, title_key=key, message=str(exc.detail))

    return app
