#!/usr/bin/env bash
# WeasyPrint (the delivery packet's PDF) draws text with Pango, and needs a font: install
# Debian's packages when they are missing. Run by `make install`, so by `make run` and `make test`.
set -euo pipefail
MISSING=()
ldconfig -p | grep -q 'libpango-1.0.so.0' || MISSING+=(libpango-1.0-0)
ldconfig -p | grep -q 'libpangoft2-1.0.so.0' || MISSING+=(libpangoft2-1.0-0)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || MISSING+=(fonts-dejavu-core)
if [ ${#MISSING[@]} -gt 0 ]; then
    echo "Installing Debian's ${MISSING[*]} for the delivery packet's PDF"
    SUDO=""
    [ "$(id -u)" = "0" ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${MISSING[@]}" >/dev/null
fi
