#!/usr/bin/env bash
# Headless Chromium screenshots of the built sample site, opened from file://, at desktop
# (1280 px) and phone (390 px) widths. Run after `swift run pilothub build`.
#
#     docs/screenshots.sh [public]
set -euo pipefail
cd "$(dirname "$0")/.."
SITE=$(cd "${1:-public}" && pwd)
CHROME=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
METHOD=${METHOD:-methods/behovsanalys-digital-sakerhet}
PROJECT=${PROJECT:-projects/cybersaker-kust-halland}
shot() {  # name, page, width, height
  "$CHROME" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --allow-file-access-from-files --window-size="$3,$4" --screenshot="docs/$1.png" "file://$SITE/$2" 2>/dev/null
}
for page in "start:index.html" "method:$METHOD/index.html" "project:$PROJECT/index.html" "listing:methods/index.html"; do
  name=${page%%:*}; path=${page#*:}
  shot "$name-desktop" "$path" 1280 1100
  shot "$name-phone" "$path" 390 1100
done
ls -la docs/*.png
