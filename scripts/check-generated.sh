#!/usr/bin/env bash
# Fails when a committed generated file no longer matches the config: types, admin import map, GraphQL schema,
# and the SQL migrations (a schema change without its migration would break a production start).
set -euo pipefail
cd "$(dirname "$0")/.."
postgres_uri=${POSTGRES_URI:-postgres://postgres@127.0.0.1:5432/test}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

npm run --silent generate >/dev/null
DATABASE_URI="file:$scratch/check.db" npm run --silent migrate:create -- --skip-empty >/dev/null
DATABASE_URI="$postgres_uri" npm run --silent migrate:create -- --skip-empty >/dev/null

generated=(payload-types.ts src/documents.ts 'src/app/(payload)/admin/importMap.js' schema.graphql migrations)
stale=$(git diff --name-only -- "${generated[@]}"; git ls-files --others --exclude-standard -- "${generated[@]}")
if [ -n "$stale" ]; then
  echo "Generated files are stale; run 'npm run generate' (and 'npm run migrate:create' for each SQL adapter) and commit:"
  echo "$stale"
  exit 1
fi
echo "Generated files are current."
