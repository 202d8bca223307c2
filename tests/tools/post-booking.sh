#!/bin/sh
# Posts one correctly signed booking to Moulin's webhook receiver, as the
# restaurant's booking site must (X-Moulin-Signature: t=<unix>,v1=<hex
# HMAC-SHA256(secret, "<t>.<body>")>). For the site's developer, to test
# their side against a running Moulin (`moulin --serve`, webhooks on).
#
#   MOULIN_WEBHOOK_SECRET=... tests/tools/post-booking.sh URL [RESERVATION_ID] [PARTY_SIZE]
#
#   URL              e.g. http://127.0.0.1:8787/webhooks/website
#   RESERVATION_ID   default WEB-<unix time>
#   PARTY_SIZE       default 4
# Optional: MOULIN_RESTAURANT_ID (the connector's store id), MOULIN_BOOKING_DATE
# (ISO 8601 with offset; default tomorrow 20:00 local), MOULIN_EVENT_TYPE
# (reservation.created | reservation.updated | reservation.cancelled),
# MOULIN_GUEST_NAME, MOULIN_GUEST_PHONE.
# Needs curl and openssl. Exits non-zero when Moulin refuses the booking,
# after printing its JSON answer (the reason is in "message").
set -eu

usage() {
    sed -n '7,11p' "$0" >&2
    exit 2
}
[ $# -ge 1 ] || usage
url=$1
secret=${MOULIN_WEBHOOK_SECRET:-}
if [ -z "$secret" ]; then
    echo "post-booking.sh: set MOULIN_WEBHOOK_SECRET to the site's signing secret" >&2
    exit 2
fi
id=${2:-WEB-$(date +%s)}
party=${3:-4}
restaurant=${MOULIN_RESTAURANT_ID:-}
when=${MOULIN_BOOKING_DATE:-$(date -d 'tomorrow 20:00' +%Y-%m-%dT%H:%M:%S%:z)}
type=${MOULIN_EVENT_TYPE:-reservation.created}
name=${MOULIN_GUEST_NAME:-Élodie Dupré}
phone=${MOULIN_GUEST_PHONE:-+33 6 12 34 56 78}
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
event="evt_$(date +%s%N)"

body=$(printf '{"event_id":"%s","event_type":"%s","occurred_at":"%s","restaurant_id":"%s","reservation_id":"%s","platform":"website","customer":{"name":"%s","phone":"%s","email":"elodie.dupre@example.fr"},"date":"%s","party_size":%s,"special_requests":"Table près de la fenêtre"}' \
    "$event" "$type" "$now" "$restaurant" "$id" "$name" "$phone" "$when" "$party")
t=$(date +%s)
signature=$(printf '%s.%s' "$t" "$body" | openssl dgst -sha256 -hmac "$secret" -hex | sed 's/^.*= *//')

curl --silent --show-error --fail-with-body \
    --header "Content-Type: application/json" \
    --header "X-Moulin-Signature: t=$t,v1=$signature" \
    --data-binary "$body" "$url"
echo
