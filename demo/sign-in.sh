#!/usr/bin/env bash
# Prints an access token of a Cishan account, obtained the way the portal obtains one: the OAuth 2.1
# authorization code flow with PKCE, through identity-service's login form, as the public client
# cishan-portal. Needs curl and openssl.
#
#   TOKEN=$(demo/sign-in.sh finance@demo.cishan.org demo-finance-pass)
#   curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8080/api/donations/<id>
#
# CISHAN_IDENTITY_URL [http://127.0.0.1:8084]  where identity-service answers (its issuer)
# CISHAN_PORTAL_CALLBACK [http://127.0.0.1:8080/portal/callback]  a registered redirect URI
set -euo pipefail

if [[ $# -ne 2 || $1 == -h || $1 == --help ]]; then
  sed -n '2,10s/^# \{0,1\}//p' "$0" >&2
  echo "usage: $0 <login> <password>" >&2
  exit 2
fi
login=$1
password=$2
identity=${CISHAN_IDENTITY_URL:-http://127.0.0.1:8084}
callback=${CISHAN_PORTAL_CALLBACK:-http://127.0.0.1:8080/portal/callback}

fail() { echo "sign-in: $*" >&2; exit 1; }
urlencode() { local LC_ALL=C s=$1 c i; for ((i = 0; i < ${#s}; i++)); do c=${s:i:1}
  case $c in [a-zA-Z0-9.~_-]) printf '%s' "$c" ;; *) printf '%%%02X' "'$c" ;; esac; done; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
location() { sed -n 's/^[Ll]ocation: *\([^[:space:]]*\).*/\1/p' | tail -n1; }

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
verifier=$(openssl rand 32 | b64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)
state=$(openssl rand 16 | b64url)

authorize="$identity/oauth2/authorize?response_type=code&client_id=cishan-portal&scope=openid%20profile"
authorize+="&redirect_uri=$(urlencode "$callback")&state=$state"
authorize+="&code_challenge=$challenge&code_challenge_method=S256"

# 1. The authorization request redirects to the login form, which carries a CSRF token.
curl -fsS -o /dev/null -c "$jar" -b "$jar" "$authorize" || fail "identity-service at $identity does not answer"
form=$(curl -fsS -c "$jar" -b "$jar" "$identity/login") || fail "no login page at $identity/login"
csrf=$(sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' <<<"$form" | head -n1)
[[ -n $csrf ]] || fail "the login page has no CSRF token"

# 2. Signing in redirects back to the authorization request, which redirects to the callback.
next=$(curl -sS -o /dev/null -D - -c "$jar" -b "$jar" \
  --data-urlencode "username=$login" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$identity/login" | location)
[[ $next == *"/login?error"* || -z $next ]] && fail "login refused for $login"
for _ in 1 2 3 4 5; do
  [[ $next == "$callback"* ]] && break
  [[ $next == /* ]] && next="$identity$next"
  next=$(curl -sS -o /dev/null -D - -c "$jar" -b "$jar" "$next" | location)
done
[[ $next == "$callback"* ]] || fail "no redirect to $callback (got '$next')"
code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$next")
[[ $next == *"state=$state"* && -n $code ]] || fail "unexpected authorization response: $next"

# 3. The code and the PKCE verifier buy the access token.
answer=$(curl -fsS -X POST "$identity/oauth2/token" \
  --data-urlencode grant_type=authorization_code --data-urlencode "code=$code" \
  --data-urlencode "redirect_uri=$callback" --data-urlencode client_id=cishan-portal \
  --data-urlencode "code_verifier=$verifier") || fail "the token endpoint refused the code"
token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$answer")
[[ -n $token ]] || fail "no access_token in: $answer"
printf '%s\n' "$token"
