"""Object storage for `make stack`: moto's S3 server keeps objects in memory, so the stack
copies the bucket to disk when it stops and back when it starts (a restart keeps the media,
as a real bucket would).

    stack_s3.py restore DIR   create the bucket (AWS_* from the environment), upload DIR's files
    stack_s3.py save DIR      replace DIR with the bucket's current objects

Uploads are public-read, like the ones the app makes on the stack (AWS_DEFAULT_ACL)."""

import os
import shutil
import sys
from pathlib import Path

import boto3


def bucket():
    s3 = boto3.resource(
        "s3",
        endpoint_url=os.environ["AWS_S3_ENDPOINT_URL"],
        region_name=os.environ["AWS_S3_REGION_NAME"],
    )
    return s3.Bucket(os.environ["AWS_STORAGE_BUCKET_NAME"])


def restore(folder: Path) -> None:
    media = bucket()
    if media.creation_date is None:
        media.create()
    files = [path for path in folder.rglob("*") if path.is_file()] if folder.is_dir() else []
    for path in files:
        media.upload_file(
            str(path), path.relative_to(folder).as_posix(), ExtraArgs={"ACL": "public-read"}
        )
    print(f"Bucket {media.name} ready ({len(files)} files restored)")


def save(folder: Path) -> None:
    saving = folder.with_name(folder.name + ".saving")
    shutil.rmtree(saving, ignore_errors=True)
    count = 0
    for item in bucket().objects.all():
        target = saving / item.key
        target.parent.mkdir(parents=True, exist_ok=True)
        item.Object().download_file(str(target))
        count += 1
    saving.mkdir(parents=True, exist_ok=True)
    # Swap only once every object is on disk, so an interrupted save keeps the last good copy.
    shutil.rmtree(folder, ignore_errors=True)
    saving.rename(folder)
    print(f"Saved {count} media files to {folder}")


if __name__ == "__main__":
    {"restore": restore, "save": save}[sys.argv[1]](Path(sys.argv[2]))
