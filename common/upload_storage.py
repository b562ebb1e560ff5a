"""Object storage for uploads (django-storages' S3), under the same rules as the uploads the
app serves itself (common/media.py): a file that is not a plain picture is stored to be
downloaded, never shown as a page from the bucket's (or the media CDN's) address."""

import mimetypes
import posixpath

from storages.backends.s3 import S3Storage

from .media import INLINE_IMAGE_TYPES, attachment


class UploadStorage(S3Storage):
    """S3Storage that stores each object with its type and, unless it is an inline image
    type, `Content-Disposition: attachment`."""

    def get_object_parameters(self, name: str) -> dict:
        parameters = super().get_object_parameters(name)
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        parameters["ContentType"] = content_type
        if content_type not in INLINE_IMAGE_TYPES:
            parameters["ContentDisposition"] = attachment(posixpath.basename(name))
        return parameters
