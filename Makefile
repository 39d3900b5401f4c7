# Tandem: everyday commands. `make help` lists them.
#
# Every target that runs Maven first finds a JDK 21+ (scripts/find-jdk.sh; the machine's default
# `java` may be older) and makes sure PostgreSQL has our role and databases (scripts/ensure-db.sh),
# because the build runs the tests and the app migrates its schema at start.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

# Puts the JDK that find-jdk.sh chose into JAVA_HOME for the rest of a recipe line, and stops the
# line (with find-jdk's explanation) when there is none.
WITH_JDK = JAVA_HOME="$$(scripts/find-jdk.sh)" && export JAVA_HOME &&

HTTP_PORT ?= $(or $(TANDEM_HTTP_PORT),8080)
# `make run` signs tokens with this key; a key set in the environment wins.
SIGNING_KEY_FILE := .tandem/keys/signing-key.pem
TANDEM_JWT_SIGNING_KEY_LOCATION ?= $(CURDIR)/$(SIGNING_KEY_FILE)

SPECTRAL_VERSION := 6.16.3
SPECTRAL := .tools/node_modules/.bin/spectral
# Reinstalls when the pinned version changes.
SPECTRAL_STAMP := .tools/.spectral-$(SPECTRAL_VERSION)

.PHONY: help run dev test lint openapi openapi-check client-check db jdk tools webhook-tools clean distclean bench bench-quick two-instances bench-notifications push-testing

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

jdk: ## Show the JDK 21+ that builds use (fails if there is none)
	@home="$$(scripts/find-jdk.sh)" && echo "JDK: $$home" && "$$home/bin/java" -version 2>&1 | head -n1

db: ## Make sure PostgreSQL is running with Tandem's role and databases
	@scripts/ensure-db.sh

# The jar runs in the prod profile, as it would be deployed, but with plain-text logs for a person
# at a terminal (set TANDEM_LOG_JSON=true for production's JSON lines), and with the JVM options
# every launcher shares (scripts/java-opts.sh). After a build, scripts/aot-cache.sh trains the JDK 25
# AOT cache that halves the start-up (~30 s; TANDEM_AOT=off skips it).
run: jdk db $(SIGNING_KEY_FILE) ## Build the jar and run it (prod profile) on port 8080
	$(WITH_JDK) ./mvnw -B -DskipTests package
	$(WITH_JDK) scripts/aot-cache.sh
	@echo
	@echo "  Tandem is starting at http://localhost:$(HTTP_PORT)"
	@echo "    Swagger UI:   http://localhost:$(HTTP_PORT)/q/swagger-ui"
	@echo "    OpenAPI:      http://localhost:$(HTTP_PORT)/q/openapi"
	@echo "    Readiness:    http://localhost:$(HTTP_PORT)/q/health/ready"
	@echo "    Signing in:   see README: Demo tenant"
	@echo "    Webhooks:     to a local receiver that verifies every signature (docs/webhooks.md#try-it):"
	@echo "      T=\$$(curl -s localhost:$(HTTP_PORT)/api/v1/auth/token -d grant_type=client_credentials \\"
	@echo "          -d client_id=demo-sis -d client_secret=demo-sis-secret | python3 -c 'import sys,json;print(json.load(sys.stdin)[\"access_token\"])')"
	@echo "      S=\$$(curl -s localhost:$(HTTP_PORT)/api/v1/webhook-endpoints -H \"Authorization: Bearer \$$T\" -H 'Content-Type: application/json' \\"
	@echo "          -d '{\"url\":\"http://127.0.0.1:9400/hooks\",\"eventTypes\":[\"goal.agreed\",\"message.posted\"]}' | python3 -c 'import sys,json;print(json.load(sys.stdin)[\"secret\"])')"
	@echo "      make webhook-tools && node tools/webhooks/receiver.mjs --port 9400 --secret \$$S"
	@echo "      (the demo accepts http and local receivers: TANDEM_WEBHOOKS_ALLOW_HTTP / _ALLOW_PRIVATE_ADDRESSES)"
	@echo "    Changes feed: curl -H \"Authorization: Bearer \$$T\" localhost:$(HTTP_PORT)/api/v1/changes"
	@echo "  Stop with Ctrl-C."
	@echo
	$(WITH_JDK) opts="$$(scripts/java-opts.sh)" && \
	  TANDEM_HTTP_PORT=$(HTTP_PORT) \
	  TANDEM_JWT_SIGNING_KEY_LOCATION="$(TANDEM_JWT_SIGNING_KEY_LOCATION)" \
	  TANDEM_LOG_JSON="$${TANDEM_LOG_JSON:-false}" \
	  TANDEM_DEMO="$${TANDEM_DEMO:-true}" \
	  TANDEM_MAIL_LOG_BODIES="$${TANDEM_MAIL_LOG_BODIES:-$${TANDEM_DEMO:-true}}" \
	  TANDEM_WEBHOOKS_ALLOW_HTTP="$${TANDEM_WEBHOOKS_ALLOW_HTTP:-$${TANDEM_DEMO:-true}}" \
	  TANDEM_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES="$${TANDEM_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES:-$${TANDEM_DEMO:-true}}" \
	  exec "$$JAVA_HOME/bin/java" $$opts -jar target/quarkus-app/quarkus-run.jar

# openssl genpkey writes PKCS#8 ("BEGIN PRIVATE KEY"), the form the app reads. Private: 0600.
$(SIGNING_KEY_FILE):
	@command -v openssl >/dev/null || { echo "openssl is needed to create $@ (apt-get install openssl)"; exit 1; }
	@mkdir -p $(dir $@) && chmod 700 .tandem $(dir $@)
	@umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $@ 2>/dev/null
	@echo "Created a token signing key at $@ (kept out of git)"

dev: jdk db ## Live-reload development mode (quarkus:dev)
	$(WITH_JDK) ./mvnw quarkus:dev

test: jdk db push-testing webhook-tools ## Run the whole test suite
	$(WITH_JDK) ./mvnw -B verify

push-testing: ## Install web-push-testing (tools/web-push-testing, pinned by its lock file) for the Web Push end-to-end test
	@command -v npm >/dev/null || { echo "npm is needed for the Web Push end-to-end test (apt-get install nodejs npm)"; exit 1; }
	@test -f tools/web-push-testing/node_modules/web-push-testing/src/bin/server.js \
	  || npm ci --prefix tools/web-push-testing --no-audit --no-fund --loglevel=error

openapi: jdk db ## Regenerate openapi/openapi.yaml and .json from the code, and the Postman collection from them
	$(WITH_JDK) ./mvnw -B -DskipTests package
	@if command -v node >/dev/null; then node clients/postman/generate.mjs; else echo "node not found: clients/postman/ not regenerated"; fi

client-check: ## Build the TypeScript client from openapi/openapi.yaml and run its scenario against the jar (after make openapi)
	clients/typescript/run-scenario.sh

# CI runs this: the committed document must be exactly what the code generates.
openapi-check: openapi ## Fail if openapi/ differs from what the code generates
	@git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "openapi-check needs a git checkout"; exit 1; }
	@if ! git diff --quiet -- openapi/ clients/postman/; then \
	  git --no-pager diff --stat -- openapi/ clients/postman/; \
	  git --no-pager diff -- openapi/openapi.yaml | head -n 200 || true; \
	  echo; \
	  echo "ERROR: openapi/ (or clients/postman/) is out of date with the code. Run 'make openapi' and commit them."; \
	  exit 1; \
	fi
	@untracked="$$(git ls-files --others --exclude-standard -- openapi/)"; \
	if [[ -n "$$untracked" ]]; then \
	  echo "$$untracked"; \
	  echo; \
	  echo "ERROR: the build wrote files in openapi/ that are not committed. Commit them ('git add openapi/')."; \
	  exit 1; \
	fi
	@echo "openapi/ matches the code."

lint: $(SPECTRAL_STAMP) ## Lint openapi/openapi.yaml with Spectral (.spectral.yaml)
	$(SPECTRAL) lint openapi/openapi.yaml --ruleset .spectral.yaml --fail-severity error

tools: $(SPECTRAL_STAMP) ## Install the linting tools into .tools/

# The tests verify webhook signatures with an implementation independent of the Java library that
# signs them: npm standardwebhooks, pinned by tools/webhooks/package-lock.json.
WEBHOOK_TOOLS_STAMP := tools/webhooks/node_modules/standardwebhooks/package.json
webhook-tools: $(WEBHOOK_TOOLS_STAMP) ## Install the Standard Webhooks verifier (npm standardwebhooks) into tools/webhooks/

$(WEBHOOK_TOOLS_STAMP): tools/webhooks/package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed to install the webhook signature verifier (apt-get install nodejs npm)"; exit 1; }
	npm ci --prefix tools/webhooks --no-audit --no-fund --loglevel=error
	@touch $@

$(SPECTRAL_STAMP):
	@command -v npm >/dev/null || { echo "npm is needed to install Spectral (apt-get install nodejs npm)"; exit 1; }
	npm install --prefix .tools --no-audit --no-fund --loglevel=error @stoplight/spectral-cli@$(SPECTRAL_VERSION)
	@rm -f .tools/.spectral-* && touch $@

# The messaging benchmark (docs/performance.md). Needs wrk, node and pgbench besides the JDK and
# PostgreSQL; builds the jar when the sources are newer. The data sets are generated once into
# template databases (tandem_bench_{small,full}_tpl, ~6 min for the full one) and cloned per run.
bench: jdk db ## The benchmark at district scale (~25 min, ~40 the first time), the announcement to 2,000 families included; writes docs/performance.md
	bench/scripts/run.sh full

bench-quick: jdk db ## A ~2 minute benchmark on the small data set (results in bench/results/)
	bench/scripts/run.sh quick

# An announcement to 2,000 families delivered to a local SMTP server (GreenMail), every ledger row final,
# timed with the application's scheduled workers (docs/notifications.md). Not part of `make test`.
bench-notifications: jdk db ## Notifications: an announcement to 2,000 families mailed, every ledger row final (~3 min)
	$(WITH_JDK) bench/scripts/notifications.sh $(CURDIR)/bench/results/$$(date -u +%Y%m%dT%H%M%SZ)-notifications

# Two instances on one database behind nginx (installed from the distribution when missing), no
# Docker: throughput of one versus two, one instance stopped and started under load, and the
# idempotency keys, sign-in throttle and scheduled sends shared by both (docs/performance.md).
# Not part of `make test` or CI. Needs the small benchmark data set (generated once if missing).
two-instances: jdk db ## Two instances behind nginx: stop/start one under load (~3 min; results in bench/results/)
	bench/scripts/two-instances.sh

clean: ## Remove build output (target/)
	rm -rf target

distclean: clean ## Also remove installed tools (.tools/); keeps the signing key in .tandem/
	rm -rf .tools
