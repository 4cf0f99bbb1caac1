#!/usr/bin/env bash
# Regenerates docs/report-seed-1.png, docs/report-seed-2.png and docs/report-series.png from a real
# store: the seed statement ingested through the real pipeline plus a little ILLUSTRATIVE tracking
# (owners, statuses, evidence, assessments: not facts to quote), and the US–Japan leaders' series
# from ../shared/corpus. Needs Chromium (COMMUNIQUE_CHROMIUM or /usr/bin/chromium).
# Usage: bash scripts/make-screenshots.sh [--keep]   (--keep leaves the temporary store and HTML in tmp/screens)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=tmp/screens
rm -rf "$WORK" && mkdir -p "$WORK"
export COMMUNIQUE_DB="$PWD/$WORK/screens.db" COMMUNIQUE_USER=desk-officer TZ=UTC
unset DATABASE_URL
npm run build --silent
cq() { node bin/communique.js "$@"; }

# --- the seed meeting and its follow-up ------------------------------------------------------
cq ingest examples/japan-uk-2plus2-2016-01-08.txt
cq list --json > "$WORK/items.json"
# The id of the trackable item of paragraph $1 whose text contains $2.
id_of() {
  node -e '
    const [para, words] = process.argv.slice(1)
    const items = JSON.parse(require("fs").readFileSync(process.argv[3], "utf8"))
    const hit = items.find((i) => i.paragraph === Number(para) && i.text.includes(words))
    if (!hit) { console.error(`no trackable item in paragraph ${para} with "${words}"`); process.exit(1) }
    console.log(hit.id)' "$1" "$2" "$WORK/items.json"
}
GLOBAL=$(id_of 3 'global security')
DPRK=$(id_of 6 'further significant measures')
SEASIA=$(id_of 7 'meet regularly')
CT=$(id_of 12 'reduce the risk')
CYBER=$(id_of 13 'information-sharing')
ACSA=$(id_of 14 'conclude')
STUDY=$(id_of 15 'joint study')
MINES=$(id_of 16 'mine sweeping')
TYPHOON=$(id_of 16 'Typhoon')
OLYMPICS=$(id_of 22 'safety and security')
FOLLOWUP=$(id_of 23 'follow up')

cq owner "$GLOBAL" 'FCO Asia-Pacific Directorate' --as fco-desk
cq status "$GLOBAL" in-progress --as fco-desk
cq owner "$DPRK" 'MOFA Asian and Oceanian Affairs Bureau' --as mofa-desk
cq status "$DPRK" done --as mofa-desk --note 'both co-sponsored the resolution'
cq evidence "$DPRK" --date 2016-03-02 --note 'UN Security Council resolution 2270 adopted; Japan and the UK co-sponsored it.' --url https://www.un.org/press/en/2016/sc12267.doc.htm --as mofa-desk
cq owner "$SEASIA" 'FCO Asia-Pacific Directorate' --as fco-desk
cq status "$SEASIA" in-progress --as fco-desk
cq evidence "$SEASIA" --date 2016-01-28 --note 'HA/DR seminar for ASEAN held in the Philippines with both defence ministries.' --as fco-desk
cq owner "$CT" 'FCO Counter-Terrorism Department' --as fco-desk
cq status "$CT" stalled --as fco-desk --note 'waiting for the joint assessment'
cq owner "$CYBER" 'FCO Cyber Policy Department' --as fco-desk
cq status "$CYBER" done --as fco-desk
cq evidence "$CYBER" --date 2016-05-20 --note 'Japan-UK cyber consultations held in Tokyo.' --as fco-desk
cq owner "$ACSA" 'Japan MOD Defence Policy Bureau' --as mod-desk
cq status "$ACSA" done --as mod-desk
cq evidence "$ACSA" --date 2017-01-26 --note 'Japan-UK Acquisition and Cross-Servicing Agreement signed in London.' --as mod-desk
cq owner "$STUDY" 'MOD International Policy and Plans' --as mod-desk
cq status "$STUDY" partially-done --as mod-desk
cq due "$STUDY" 2017-06-30 --as mod-desk
cq owner "$MINES" 'MOD International Policy and Plans' --as mod-desk
cq status "$MINES" in-progress --as mod-desk
cq owner "$TYPHOON" 'MOD International Policy and Plans' --as mod-desk
cq status "$TYPHOON" done --as mod-desk
cq evidence "$TYPHOON" --date 2016-10-22 --note 'RAF Typhoons arrived at Misawa Air Base for exercise Guardian North 16.' --as mod-desk
cq owner "$OLYMPICS" 'Home Office / National Police Agency liaison' --as fco-desk
cq status "$OLYMPICS" in-progress --as fco-desk
cq owner "$FOLLOWUP" 'FCO Asia-Pacific Directorate' --as fco-desk
cq status "$FOLLOWUP" in-progress --as fco-desk
cq comment "$FOLLOWUP" 'Draft report circulated to both ministries for the next meeting.' --as fco-desk

# Compliance in two rounds: interim (mid-2016) and final (end of 2016).
assess() { cq assess "$1" --party "$2" --score "$3" --round "$4" --rationale "$5" --as analyst; }
assess "$DPRK" Japan 1 interim-2016 'co-sponsored UNSCR 2270'
assess "$DPRK" UK 1 interim-2016 'co-sponsored UNSCR 2270'
assess "$CYBER" Japan 0 interim-2016 'consultations scheduled'
assess "$CYBER" UK 0 interim-2016 'consultations scheduled'
assess "$CYBER" Japan 1 final-2016 'consultations held, information-sharing channel set up'
assess "$CYBER" UK 1 final-2016 'consultations held, information-sharing channel set up'
assess "$TYPHOON" Japan 0 interim-2016 'visit planned'
assess "$TYPHOON" UK 0 interim-2016 'visit planned'
assess "$TYPHOON" Japan 1 final-2016 'Guardian North 16 hosted'
assess "$TYPHOON" UK 1 final-2016 'Typhoons deployed to Misawa'
assess "$ACSA" Japan 0 final-2016 'negotiations concluded, not yet signed'
assess "$ACSA" UK 0 final-2016 'negotiations concluded, not yet signed'
assess "$CT" Japan -1 final-2016 'no joint work started'
assess "$CT" UK 0 final-2016 'proposal made'
assess "$STUDY" Japan 0 final-2016 'study begun'
assess "$STUDY" UK 0 final-2016 'study begun'

cq report --as-of 2017-11-15 --out "$WORK/report-seed.html"
cq report --as-of 2017-11-15 --format pdf --out "$WORK/report-seed.pdf" || echo "(no PDF: see the line above)"

# --- the US–Japan leaders' series ------------------------------------------------------------
WH=../shared/corpus/wh-briefings-outcome-docs
SERIES="U.S.-Japan Leaders' Summit"
files=()
for prefix in wh-2021-04-16-u-s-japan-joint-leaders wh-2022-05-23-japan-u-s-joint-leaders wh-2023-01-13-joint-statement-of-the-united-states-and-japan \
  wh-2024-04-10-united-states-japan-joint-leaders wh-2025-02-07-united-states-japan-joint-leaders; do
  files+=("$(ls "$WH"/"$prefix"*.txt | head -n1)")
done
cq ingest "${files[@]}" --manifest "$WH/MANIFEST.tsv" --series "$SERIES"
# Links between the meetings, when this version has the command.
if cq link --help >/dev/null 2>&1; then cq link --series "$SERIES" || echo "(link failed; the series view shows no later mentions)"; fi
cq report --series "$SERIES" --as-of 2025-06-30 --out "$WORK/report-series.html"

npx tsx scripts/render-sample-report.ts --report-html "$WORK/report-seed.html" --series-html "$WORK/report-series.html" --name seed --docs docs
[ "${1:-}" = --keep ] || rm -rf "$WORK"
