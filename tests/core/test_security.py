"""Headers, login limits, uploads and deployment settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_pages_have_a_strict_content_security_policy(client, home):
    response = client.get("/en/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_public_pages_send_the_other_security_headers(client, home):
    response = client.get("/en/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_admin_gets_a_relaxed_policy_only_under_admin(admin_client, home):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


PASSWORD = "correct horse battery"


@pytest.fixture
def editors(db):
    """Two editors, "ed" and "ann", with the same password."""
    users = get_user_model().objects
    return [
        users.create_user(name, f"{name}@example.org", PASSWORD, is_staff=True)
        for name in ["ed", "ann"]
    ]


def login(username, password, address, forwarded=None):
    """A login from a fresh browser at ``address`` (REMOTE_ADDR, as the server sets it),
    with an X-Forwarded-For header if given."""
    client = Client()
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    response = client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        headers=headers,
    )
    response.logged_in = "_auth_user_id" in client.session
    return response


def assert_locked(response):
    assert response.status_code == 429
    assert not response.logged_in
    assert response["Retry-After"] == "3600"
    page = response.content.decode().replace("\xa0", " ")  # "1 hour" has a no-break space
    assert "Try again in 1 hour, after " in page
    assert '<html lang="en"' in page


@override_settings(AXES_ENABLED=True)
def test_failures_lock_a_user_name_only_from_the_address_they_came_from(editors, home):
    for _attempt in range(4):
        assert login("ed", "wrong", "10.0.0.1").status_code == 200  # the form again
    assert_locked(login("ed", "wrong", "10.0.0.1"))  # the fifth failure locks
    assert_locked(login("ed", PASSWORD, "10.0.0.1"))
    elsewhere = login("ed", PASSWORD, "10.0.0.2")
    assert elsewhere.status_code == 302
    assert elsewhere.logged_in
    assert_locked(login("ed", PASSWORD, "10.0.0.1"))  # the success elsewhere unlocks nothing
    other_user = login("ann", PASSWORD, "10.0.0.1")
    assert other_user.status_code == 302
    assert other_user.logged_in


@override_settings(AXES_ENABLED=True, PROXY_COUNT=1)
def test_behind_a_proxy_the_address_it_saw_is_counted(editors, home):
    """Every request comes from the proxy (REMOTE_ADDR); the client's own entries in
    X-Forwarded-For are ignored, the proxy's last one is used."""
    proxy = "192.168.1.1"
    for number in range(5):
        login("ed", "wrong", proxy, forwarded=f"172.16.0.{number}, 10.0.0.1")
    assert_locked(login("ed", PASSWORD, proxy, forwarded="172.16.9.9, 10.0.0.1"))
    assert login("ed", PASSWORD, proxy, forwarded="10.0.0.1, 10.0.0.2").logged_in
    assert login("ann", PASSWORD, proxy, forwarded="10.0.0.1").logged_in


@override_settings(AXES_ENABLED=True)
def test_without_a_proxy_a_forged_forwarded_header_is_ignored(editors, home):
    for number in range(5):
        login("ed", "wrong", "10.0.0.1", forwarded=f"172.16.0.{number}")
    assert_locked(login("ed", PASSWORD, "10.0.0.1", forwarded="172.16.9.9"))


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        (None, "10.0.0.9"),  # not through the proxy: its own address
        ("10.0.0.1", "10.0.0.1"),
        ("1.2.3.4, 10.0.0.1", "10.0.0.1"),
        ("not-an-address", "10.0.0.9"),
        ("10.0.0.1,", "10.0.0.1"),
    ],
)
def test_the_client_address_behind_one_proxy(rf, settings, forwarded, expected):
    from core.logins import client_address

    settings.PROXY_COUNT = 1
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    request = rf.post("/admin/login/", REMOTE_ADDR="10.0.0.9", headers=headers)
    assert client_address(request) == expected


@override_settings(AXES_ENABLED=True, AXES_COOLOFF_TIME=None)
def test_a_lockout_without_cool_off_sends_to_an_administrator(editors, home):
    for _attempt in range(5):
        login("ed", "wrong", "10.0.0.1")
    response = login("ed", PASSWORD, "10.0.0.1")
    assert response.status_code == 429
    assert not response.logged_in
    assert "ask an administrator" in response.content.decode()
    assert "Retry-After" not in response


def test_weak_passwords_are_refused(db):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ["password123", "12345678901234", "short"]:
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("a long and unusual passphrase")


def upload_document(admin_client, name, content):
    return admin_client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"),
        ("tool.exe", b"MZ\x90\x00"),
        ("disguised.pdf", b"<html><script>alert(1)</script></html>"),
        ("disguised.docx", b"%PDF-1.4 not a zip"),
    ],
)
def test_forbidden_documents_are_refused(admin_client, home, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 200  # the form again, with its error
    assert not get_document_model().objects.exists()


@override_settings(DOCUMENT_MAX_UPLOAD_SIZE=1024)
def test_oversized_documents_are_refused(admin_client, home):
    response = upload_document(admin_client, "big.pdf", b"%PDF-1.4\n" + b"0" * 2048)
    assert response.status_code == 200
    assert "too big" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_a_real_pdf_is_accepted(admin_client, home):
    response = upload_document(admin_client, "resolution.pdf", b"%PDF-1.4\n%%EOF\n")
    assert response.status_code == 302
    assert get_document_model().objects.count() == 1


def test_multiple_upload_refuses_a_disguised_document(admin_client, home):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("x.pdf", b"<html></html>")},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code in (200, 400)
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"),
        ("fake.png", b"<html><script>alert(1)</script></html>"),
    ],
)
def test_svg_and_fake_images_are_refused(admin_client, home, name, content):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def image_bytes(kind, size=(64, 64)):
    """A real image of ``kind`` (a Pillow format name), noisy so it does not compress away."""
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.effect_noise(size, 50).convert("RGB").save(buffer, kind)
    return buffer.getvalue()


HTML = b"<html><script>alert(1)</script></html>" * 4
UNDECODABLE_IMAGES = {
    "html-after-png-signature.png": b"\x89PNG\r\n\x1a\n" + HTML,
    "truncated.png": image_bytes("PNG")[:6000],  # whole header, half the pixels
    "garbage.gif": b"GIF89a" + HTML,
    "garbage.jpg": b"\xff\xd8\xff\xe0" + HTML,
    "garbage.webp": b"RIFF\x00\x01\x00\x00WEBPVP8 " + HTML,
}
NOT_AN_IMAGE = "The file is not a valid image"


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def upload_images(client, name, content):
    """The multiple uploader's AJAX request, one file."""
    return client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )


@pytest.mark.parametrize("name", list(UNDECODABLE_IMAGES))
def test_an_image_that_cannot_be_decoded_is_a_form_error(admin_client, home, name):
    response = upload_image(admin_client, name, UNDECODABLE_IMAGES[name])
    assert response.status_code == 200  # the form again, with its error
    assert NOT_AN_IMAGE in response.content.decode()
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("name", list(UNDECODABLE_IMAGES))
def test_the_multiple_uploader_refuses_an_image_that_cannot_be_decoded(admin_client, home, name):
    response = upload_images(admin_client, name, UNDECODABLE_IMAGES[name])
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert NOT_AN_IMAGE in response.json()["error_message"]
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "GIF", "WEBP"])
def test_real_images_are_accepted_by_both_uploaders(admin_client, home, kind):
    name = f"photo.{kind.lower()}"
    assert upload_image(admin_client, name, image_bytes(kind)).status_code == 302
    assert upload_images(admin_client, name, image_bytes(kind)).json()["success"] is True
    assert get_image_model().objects.count() == 2


def test_replacing_an_image_with_an_undecodable_file_is_a_form_error(admin_client, home):
    upload_image(admin_client, "photo.png", image_bytes("PNG"))
    image = get_image_model().objects.get()
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": "photo",
            "file": SimpleUploadedFile("x.png", UNDECODABLE_IMAGES["truncated.png"]),
            "collection": 1,
        },
    )
    assert response.status_code == 200
    assert NOT_AN_IMAGE in response.content.decode()
    image.refresh_from_db()
    assert image.width == 64


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=10)
def test_oversized_images_are_refused(admin_client, home):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "x", "file": SimpleUploadedFile("x.png", PNG_1PX), "collection": 1},
    )
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_check_deploy_is_clean_with_production_settings():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k" * 20 + "Zq8!vX3@pL0#mN5$wR7%tY2^uI9&oP4*" + "s" * 20,
        "ALLOWED_HOSTS": "alliance.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_multiple_upload_accepts_a_real_pdf(admin_client, home):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("x.pdf", b"%PDF-1.4\n%%EOF\n")},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert get_document_model().objects.count() == 1


def test_the_map_tile_server_is_allowed_for_images(client, home, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    policy = directives(client.get("/en/")["Content-Security-Policy"])
    assert "https://tiles.example.org" in policy["img-src"]


# The policies as the site sent them before django-csp was used through its public API
# (core/security.py), directive by directive; the tile server is the default one.
PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", "https://tile.openstreetmap.org"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https://tile.openstreetmap.org"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", "https://nominatim.openstreetmap.org"],
    "frame-ancestors": ["'self'"],
}
TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


def test_the_public_and_admin_policies_directive_by_directive(client, admin_client, home, settings):
    settings.MAP_TILE_URL = TILES
    settings.CSP_IMAGE_URLS = []
    settings.CSP_ADMIN_CONNECT_URLS = ["https://nominatim.openstreetmap.org/"]
    assert directives(client.get("/en/")["Content-Security-Policy"]) == PUBLIC_POLICY
    assert directives(client.get("/admin/login/")["Content-Security-Policy"]) == ADMIN_POLICY
    assert directives(admin_client.get("/admin/")["Content-Security-Policy"]) == ADMIN_POLICY


def test_the_standard_setting_is_the_policy_public_pages_and_admin_alike(client, home, settings):
    settings.MAP_TILE_URL = TILES
    settings.CSP_IMAGE_URLS = ["https://images.example.org/x.png"]
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {
            "default-src": ["'self'"],
            "script-src": ["'self'", "https://scripts.example.org"],
            "img-src": ["'self'"],
            "report-uri": "/csp-reports/",
        },
    }
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {
        "DIRECTIVES": {"default-src": ["'none'"], "img-src": ["'self'"]},
    }
    public = client.get("/en/")
    assert directives(public["Content-Security-Policy"]) == {
        "default-src": ["'self'"],
        "script-src": ["'self'", "https://scripts.example.org"],
        "img-src": ["'self'", "https://tile.openstreetmap.org", "https://images.example.org"],
        "report-uri": ["/csp-reports/"],
    }
    # The report-only policy gets the same additions (no report for every map tile).
    assert directives(public["Content-Security-Policy-Report-Only"]) == {
        "default-src": ["'none'"],
        "img-src": ["'self'", "https://tile.openstreetmap.org", "https://images.example.org"],
    }
    admin = directives(client.get("/admin/login/")["Content-Security-Policy"])
    assert admin["script-src"] == [
        "'self'",
        "https://scripts.example.org",
        "'unsafe-inline'",
        "'unsafe-eval'",
    ]
    assert admin["report-uri"] == ["/csp-reports/"]
    assert admin["frame-ancestors"] == ["'self'"]


def test_excluded_prefixes_of_the_standard_setting_get_no_policy(client, home, settings):
    settings.CONTENT_SECURITY_POLICY = {
        **settings.CONTENT_SECURITY_POLICY,
        "EXCLUDE_URL_PREFIXES": ["/en/"],
    }
    assert "Content-Security-Policy" not in client.get("/en/")
    assert "Content-Security-Policy" in client.get("/admin/login/")


def test_a_nonce_asked_for_after_the_header_is_written_is_refused(rf):
    from csp.exceptions import CSPNonceError
    from django.http import HttpResponse

    from core.security import ContentSecurityPolicyMiddleware

    request = rf.get("/en/")
    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse())
    middleware.process_request(request)
    response = middleware.process_response(request, HttpResponse())
    assert "nonce" not in response["Content-Security-Policy"]
    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)


def inline_script(request):
    """A view with an inline script, allowed by the nonce (django-csp's documented way)."""
    from django.http import HttpResponse

    return HttpResponse(f'<script nonce="{request.csp_nonce}">go()</script>')


def plain(request):
    from django.http import HttpResponse

    return HttpResponse("<p>plain</p>")


def nonce_urls():
    from csp.constants import NONCE
    from csp.decorators import csp_update
    from django.urls import path

    return [
        path("inline/", csp_update({"script-src": [NONCE]})(inline_script)),
        path("plain/", plain),
    ]


urlpatterns = nonce_urls()  # for @pytest.mark.urls below


@pytest.mark.urls(__name__)
def test_a_page_with_a_nonce_is_never_served_from_the_cache(client, db, settings):
    import re

    from django.core.cache import cache

    cache.clear()
    settings.PAGE_CACHE_SECONDS = 600
    nonces = []
    for _ in range(3):
        response = client.get("/inline/")
        assert "X-Page-Cache" not in response  # neither stored nor served from the cache
        script_src = directives(response["Content-Security-Policy"])["script-src"]
        (body_nonce,) = re.findall(r'nonce="([^"]+)"', response.content.decode())
        assert script_src == ["'self'", f"'nonce-{body_nonce}'"]  # the script runs
        nonces.append(body_nonce)
    assert len(set(nonces)) == 3  # a new nonce every time
    # The same view without a nonce is stored, so the test above can fail.
    assert client.get("/plain/")["X-Page-Cache"] == "miss"
    assert client.get("/plain/")["X-Page-Cache"] == "hit"
    cache.clear()


def test_a_page_from_the_cache_keeps_the_policy_it_was_stored_with(client, home, settings):
    """The header is stored with the page (the policy middleware sits below the page
    cache): a hit costs no policy building, and page and header stay together."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.CSP_IMAGE_URLS = []
    first = client.get("/en/")
    settings.CSP_IMAGE_URLS = ["https://images.example.org/x.png"]
    second = client.get("/en/")
    assert second["X-Page-Cache"] == "hit"
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "images.example.org" not in second["Content-Security-Policy"]
