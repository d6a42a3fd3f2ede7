#!/usr/bin/env bash
# Builds the Teams app package (a zip of manifest.json, color.png and outline.png) for one deployment.
#   ./package.sh --bot-id <MicrosoftAppId> --domain <tthc.example.gov.vn> [--app-id <GUID>] [--version 1.0.0]
#                [--publisher "Trung tâm Công nghệ thông tin"] [--out internaltthc-teams.zip]
# --bot-id is the Azure Bot's MicrosoftAppId; --domain the host people reach the service at (Service__PublicBaseUrl's);
# --app-id the Teams app's own id (defaults to the bot id, which Teams allows). Upload the zip in the Teams admin centre
# (Manage apps > Upload new app) or in Teams (Apps > Manage your apps > Upload an app).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

bot_id="" domain="" app_id="" version="1.0.0" publisher="Trung tâm Công nghệ thông tin" out="internaltthc-teams.zip"
while [ $# -gt 0 ]; do
  case "$1" in
    --bot-id) bot_id="$2"; shift 2 ;;
    --domain) domain="$2"; shift 2 ;;
    --app-id) app_id="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --publisher) publisher="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$bot_id" =~ $guid ]] || { echo "--bot-id must be the bot's MicrosoftAppId, a GUID" >&2; exit 2; }
app_id="${app_id:-$bot_id}"
[[ "$app_id" =~ $guid ]] || { echo "--app-id must be a GUID" >&2; exit 2; }
# A host name only: no scheme, port or path (Teams' validDomains and the https links are made from it).
[[ "$domain" =~ ^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$ ]] \
  || { echo "--domain must be a host name such as tthc.example.gov.vn" >&2; exit 2; }
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "--version must read like 1.0.0" >&2; exit 2; }
[[ "$publisher" =~ ^[^\"\\]{1,32}$ ]] || { echo "--publisher: 1 to 32 characters, no quotes or backslashes" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Every value was checked above to hold none of sed's or JSON's special characters but '|' is still kept out of them.
sed -e "s|\${BOT_ID}|$bot_id|g" -e "s|\${TEAMS_APP_ID}|$app_id|g" -e "s|\${DOMAIN}|$domain|g" \
    -e "s|\${APP_VERSION}|$version|g" -e "s|\${PUBLISHER}|${publisher//|/}|g" \
    "$here/manifest.template.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"

case "$out" in /*) target="$out" ;; *) target="$PWD/$out" ;; esac
rm -f "$target"
# The three files at the root of the zip, as Teams requires.
if command -v zip >/dev/null; then
  (cd "$work" && zip -q -X "$target" manifest.json color.png outline.png)
else
  python3 - "$target" "$work" <<'PY'
import sys, zipfile, os
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(sys.argv[2], name), name)
PY
fi
echo "$target"
