"""Where applicants' documents are kept: outside the public media, never at an address.

``PRIVATE_MEDIA_ROOT`` (settings) is a folder the web server does not serve; the files
are read only by ``prize.admin_views.document``, which checks who asks. The folder is
read from the settings at each use, so tests can point it at a temporary folder.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None  # no public address: url() refuses

    def url(self, name):
        raise ValueError("Private files have no public address.")


def private_storage():
    """The storage of the applications' documents (a callable: migrations name it)."""
    return PrivateStorage()
