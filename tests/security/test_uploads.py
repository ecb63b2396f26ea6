"""Uploads that are not images, or are too big, are refused with a message."""

import io
import os

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.images import get_image_model


def png(width, height, mode="RGB"):
    buffer = io.BytesIO()
    PillowImage.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def noise_png(width, height):
    """A real PNG that random pixels keep from compressing (about 12 MB)."""
    image = PillowImage.frombytes(
        "RGB", (width, height), os.urandom(width * height * 3)
    )
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def upload(client, name, content, content_type="image/png"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content, content_type)},
    )


def error_text(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(
        node.get_text(" ", strip=True) for node in soup.select(".error-message")
    )


@pytest.fixture
def uploader(hostile_client, admin_user):
    hostile_client.force_login(admin_user)
    return hostile_client


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.png", b"This is plain text, not a picture.", "Upload a valid image"),
        (
            "script.svg",
            b"<svg onload='alert(1)'></svg>",
            "Not a supported image format",
        ),
        (
            "page.html",
            b"<html><script>alert(1)</script></html>",
            "Not a supported image format",
        ),
        ("empty.jpg", b"", "The submitted file is empty"),
        ("huge.png", noise_png(2_000, 2_000), "too big"),
        ("bomb.png", png(12_000, 12_000, mode="1"), "pixels"),
    ],
)
def test_refused_with_a_message(uploader, name, content, message):
    response = upload(uploader, name, content)
    assert response.status_code == 200
    assert message.lower() in error_text(response).lower()
    assert not get_image_model().objects.exists()


def test_a_real_image_is_accepted(uploader):
    response = upload(uploader, "photo.png", png(40, 30))
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 40
