"""The grader against careful human labels, beside simpler baselines; and its speed.

Run: python bench/grading_bench.py [--answers N] [--show-misses] [--dev-only]

Prints, side by side, agreement with labelled answers, false accepts (the grader gives
more than the label) and false rejects (less), for: the project's grader with kinds as
written, the same with kinds omitted (re-inferred from the answer), exact match,
SQuAD-style normalised exact match and rapidfuzz WRatio >= 85.

The labelled sets:
- the seed pack (bench/grading/labelled.jsonl and heldout*.jsonl, on austin-shoigu-call);
- one set per corpus pack (bench/grading/articles/<pack>.jsonl), each written before
  the grader was changed for that article. The packs in HELD_OUT_ARTICLES form the
  held-out group: their answers were never looked at while the grader was changed.
  `--dev-only` leaves that group out (use it while working on the grader).

Then `newsquiz grade` as a whole process on 100,000 JSON Lines answers, beside a
process that reads and writes the same JSON without grading.
Targets: held-out articles >= 97% agreement, false accepts <= 0.5% of the answers
labelled wrong, none on number/date/money/duration questions; seed pack >= 99%, 0 false
accepts; >= 20,000 answers a second.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz, utils

from newsquiz.facts.infer import infer_kind
from newsquiz.facts.text import fold_text
from newsquiz.grading import compile_question
from newsquiz.grading import grader as grader_module
from newsquiz.grading.batch import Batch
from newsquiz.pack import Pack, load_pack
from newsquiz.pack.model import Kind, Question, answer_text

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELS = HERE / "grading" / "labelled.jsonl"
# Labelled after the grader was tuned on LABELS and never tuned on: an honest check.
HELD_OUT = HERE / "grading" / "heldout.jsonl"
# Written and committed before the grader first ran on it; never tuned on.
HELD_OUT_2 = HERE / "grading" / "heldout2.jsonl"
# Written after the fixes for held-out 2, committed before the grader first ran on it,
# and left unfixed: the figures that show whether the grader generalises.
HELD_OUT_3 = HERE / "grading" / "heldout3.jsonl"
ARTICLES = HERE / "grading" / "articles"
# Sets written for one class of answer on the seen packs, before the grader was changed for
# it (`time-details.jsonl`: a value followed by a true or false month, weekday, season or
# year), each printed on its own and kept out of the article groups.
CLASSES = HERE / "grading" / "classes"
# Answers never looked at while the grader was changed: the figure that shows whether it
# carries over to an article it has not seen. Every corpus article is in use and has had its
# one honest measurement (bench/grading/FIGURES.md), so the third and fourth groups are
# reports written for the benchmark (heldout-packs/, invented events in the style of the
# corpus), each with its pack and labels written by an author who never ran the grader on
# them; each later group was written while the one before's misses were being fixed, and
# kept apart until then.
# Groups measured once and kept out of the bench unseen (bench/grading/heldoutNNN/: the
# 330th to 335th): `--unseen FOLDER` measures such a group again, figures only, without
# ever listing its misses. (The 250th and 251st, kept so by stop 41, were looked at in
# stop 42; the 253rd in stop 43; the 30th, 32nd, 34th, 255th, 264th, 266th, 268th, 270th,
# 272nd and 273rd, unseen from stops 44 to 56, in stop 61; the 276th, 278th and 280th to
# 283rd, unseen since their first figures, in stop 62; the 284th to 286th in stop 63;
# the 287th to 289th in stop 64; the 290th and 291st in stop 65; the 292nd and 293rd in
# stop 66; the 294th and 295th in stop 67; the 296th and 297th in stop 68;
# the 298th and 299th in stop 69; the 300th and 301st in stop 70; the 302nd and 303rd in
# stop 71; the 304th to 307th in stop 72; the 308th to 311th in stop 73; the 312th and
# 313th in stop 74; the 314th and 315th in stop 75; the 316th and 317th in stop 76;
# the 318th and 319th in stop 77; the 320th and 321st in stop 78; the 322nd and 323rd in
# stop 79; the 324th and 325th in stop 80; the 326th and 327th in stop 81;
# the 328th and 329th in stop 82.)
HELD_OUT_ARTICLES: tuple[str, ...] = ()
# Held-out groups measured once, then looked at and fixed in general: no longer held out.
SEEN_AFTER_FIRST_FIGURE = (
    "hong-kong-legco-election-2016",
    "maldives-carbon-neutral-plan",
    "world-cup-2018-day-five",
    "afghan-girls-robotics-team",
    "australia-iodine-deficiency",
    "chile-four-aftershocks",
    "scientology-website-attack",
    "nairobi-athletics-final-day",
    "nordic-glacier-survey",
    "ohio-water-contract-verdict",
    "busan-port-strike-deal",
    "ghana-malaria-vaccine-trial",
    "lisbon-municipal-election",
    "isro-lunar-lander-touchdown",
    "london-old-master-auction",
    "luzon-typhoon-floods",
    "brazil-argentina-soy-harvest",
    "dutch-hospital-ransomware",
    "quebec-ontario-teacher-shortage",
    "gobi-dinosaur-discovery",
    "johannesburg-premier-sentenced",
    "madrid-lisbon-high-speed-rail",
    "atacama-mine-rescue",
    "german-rail-strike-deal",
    "venice-film-festival-closing",
    "accra-maths-olympiad",
    "changi-emergency-landing",
    "dublin-rents-record",
    "peru-bridge-collapse-inquiry",
    "tour-de-suisse-mountain-stage",
    "turkey-central-bank-rate-rise",
    "eu-generic-drugs-cartel-fine",
    "iceland-fissure-eruption-evacuation",
    "kenya-senate-impeachment-vote",
    "indonesia-ferry-capsize",
    "nepal-everest-season-deaths",
    "scottish-distillery-takeover",
    "amazon-deforestation-figures",
    "chess-olympiad-final-round",
    "japan-shinkansen-derailment",
    "continental-cup-final-penalties",
    "south-africa-electricity-tariff",
    "us-appeals-court-water-ruling",
    "canada-wildfire-smoke-alert",
    "german-coalition-budget-deal",
    "manila-jeepney-fare-increase",
    "chemistry-prize-three-laureates",
    "lagos-rail-line-opening",
    "melbourne-tennis-final-five-sets",
    "bangladesh-garment-factory-fire",
    "mars-sample-mission-delay",
    "poland-presidential-runoff",
    "city-marathon-course-record",
    "kazakhstan-grain-export-ban",
    "museum-returns-looted-bronzes",
    "alpine-avalanche-rescue",
    "bangkok-flood-barrier-vote",
    "dengue-vaccine-trial-results",
    "airline-pilots-strike-settled",
    "atlas-earthquake-reconstruction",
    "reef-bleaching-survey",
    "baltic-shipwreck-found",
    "copper-mine-royalty-law",
    "india-heatwave-power-demand",
    "norway-salmon-farm-escape",
    "swiss-bank-merger-vote",
    "uganda-pipeline-compensation",
    "campeche-maya-tomb-found",
    "morocco-solar-plant-outage",
    "new-zealand-cyclone-schools",
    "colombo-tea-auction-record",
    "finnish-hockey-final-overtime",
    "luxor-nile-cruise-fire-inquiry",
    "bali-ash-cloud-flights",
    "winnipeg-library-branches-vote",
    "zambia-cholera-outbreak",
    "brazil-court-logging-ruling",
    "burgundy-frost-vineyards",
    "korea-satellite-launch",
    "cork-commuter-rail-fares",
    "mexico-mayoral-recount",
    "tasmania-whale-stranding",
    "cook-strait-record-swim",
    "ghent-coin-theft-arrests",
    "sindh-barrage-flood-release",
    "ethiopia-locust-swarms",
    "gothenburg-stadium-funding-vote",
    "helsinki-tallinn-ferry-strike",
    "cordoba-teachers-strike-deal",
    "danube-bridge-toll-dispute",
    "fiji-coral-restoration-results",
    "andalusia-heat-record",
    "durban-port-backlog",
    "ljubljana-library-flood",
    "antarctic-ice-core-record",
    "dubai-rugby-sevens-final",
    "vietnam-rice-export-quota",
    "athens-metro-line-extension",
    "mongolia-dzud-livestock-losses",
    "philippine-governor-bribery-verdict",
    "chennai-cyclone-landfall",
    "norway-wealth-fund-divestment",
    "quebec-ice-storm-outages",
    "glasgow-cycling-road-race",
    "swiss-rent-cap-referendum",
    "tanzania-railway-section-opens",
    "korea-chemical-leak-verdict",
    "lima-air-traffic-strike",
    "wolf-census-germany-poland",
    "nairobi-expressway-toll-rise",
    "snow-crab-quota-dispute",
    "vienna-opera-music-director",
    "ben-nevis-blizzard-rescue",
    "mekong-dam-opening",
    "rotterdam-council-election",
    "ghana-gold-purchase-programme",
    "japan-mayoral-election-recount",
    "valparaiso-wildfire-emergency",
    "kenya-nepal-cricket-odi",
    "turkey-earthquake-rescue",
    "welsh-steelworks-job-cuts",
    "estonia-evoting-law",
    "mumbai-monsoon-rail-floods",
    "patagonia-glacier-retreat",
    "bolivia-lithium-contract",
    "copenhagen-cycle-bridge",
    "nigeria-exam-resit-results",
    "czech-brewery-sale",
    "senegal-trawler-licences",
    "visayas-typhoon-evacuation",
    "addis-marathon-record",
    "auckland-port-automation",
    "kazakhstan-spring-floods",
    "alpine-tunnel-reopens",
    "porto-rental-licence-cap",
    "uganda-ebola-vaccine-trial",
    "dublin-by-election-count",
    "peru-copper-mine-strike",
    "tromso-hospital-opens",
    "hungary-rate-decision",
    "kerala-boat-race-final",
    "mexico-city-water-cuts",
    "colombo-tea-record-lot",
    "finnish-hockey-final",
    "morocco-solar-expansion",
    "argentina-rail-strike",
    "bay-of-plenty-frost",
    "suez-canal-toll-rise",
    "namibia-hydrogen-plant-deal",
    "quebec-maple-reserve-release",
    "sardinia-arson-arrests",
    "bhutan-hydropower-tariff",
    "montreal-jazz-festival-record",
    "nusantara-capital-budget",
    "lake-chad-fishing-ban",
    "tonga-cable-repair",
    "uruguay-wine-exports-record",
    "belgrade-tram-tender",
    "nuuk-runway-opening",
    "sumatra-coffee-fraud-trial",
    "laos-potash-mine-expansion",
    "malawi-tobacco-auction-opening",
    "quito-cable-car-opening",
    "faroe-tunnel-toll-cut",
    "samoa-election-petitions-ruling",
    "tunisia-olive-oil-harvest",
    "cyprus-desalination-plant",
    "orkney-tidal-record",
    "tarawa-seawall-project",
    "kotor-cruise-cap",
    "lesotho-water-tunnel-deal",
    "puerto-rico-blackout-fine",
    "jamaica-alumina-refinery-reopens",
    "lapland-herders-wind-ruling",
    "yerevan-brandy-sale",
    "madagascar-vanilla-price-floor",
    "panama-canal-draft-limits",
    "tbilisi-metro-fare-rise",
    "botswana-diamond-auction",
    "croatia-island-ferry-strike",
    "galapagos-visitor-fee",
    "gozo-fast-ferry-tender",
    "lusaka-market-fire-rebuild",
    "reykjavik-heating-tariff",
    "fiji-sugar-mill-closure",
    "slovakia-car-plant-expansion",
    "uzbekistan-cotton-wage-reform",
    "kyrgyzstan-glacier-lake-evacuation",
    "santiago-smog-driving-ban",
    "cameroon-cocoa-farmgate-price",
    "azores-whale-watching-limits",
    "latvia-rail-baltica-delay",
    "hanoi-motorbike-emission-zone",
    "bergen-fjord-cruise-emission-rule",
    "montevideo-port-dredging-contract",
    "kigali-electric-moto-taxis",
    "brisbane-venue-cost-overrun",
    "dakar-brt-fare-dispute",
    "sicily-drought-water-rationing",
    "gdansk-shipyard-crane-verdict",
    "ecuador-banana-box-price",
    "mauritius-bulk-carrier-spill",
    "nepal-regional-airport-opens",
    "finnish-rural-school-closures",
    "argentina-gas-rationing-cold-snap",
    "karachi-water-tanker-prices",
    "danish-offshore-wind-tender-cancelled",
    "peru-andes-highway-landslide",
    "manchester-tram-extension-opens",
    "zimbabwe-maize-price-drought",
    "hokkaido-nuclear-waste-survey-vote",
    "sri-lanka-central-bank-rate-cut",
    "yukon-mining-town-wildfire-evacuation",
    "jordan-red-sea-water-pipeline-deal",
    "all-ireland-hurling-final",
    "cambodia-garment-minimum-wage",
    "greenland-rare-earths-mine-permit",
    "izmir-coastal-hotel-ban",
    "nigeria-measles-vaccination-campaign",
    "groningen-quake-damage-payouts",
    "india-australia-women-cricket-series",
    "palawan-nickel-mine-suspension",
    "islay-ferry-breakdown",
    "ghana-teachers-allowance-strike",
    "sora-valley-flood-fund",
    "quebec-maple-reserve-release-2025",
    "ashulia-knitwear-fire-inquiry",
    "mongolia-dzud-livestock-aid",
    "tanui-cas-doping-appeal",
    "peru-anchovy-quota-cut",
    "estonia-oil-shale-plant-closure",
    "sudan-gum-arabic-exports",
    "alentejo-cork-harvest",
    "kamloops-curling-final-extra-end",
    "malaysia-palm-replanting-grant",
    "lubumbashi-cobalt-acid-spill-fine",
    "paraguay-river-soy-barges",
    "vanuatu-moli-elected-pm",
    "georgia-wine-harvest-china-deal",
    "guyana-oil-royalties-fund",
    "sharqiya-sands-ultra-record",
    "zanzibar-plastic-bag-hotel-fines",
    "tibar-bay-container-port-opens",
    "cabo-verde-ferry-licence-revoked",
    "kiribati-gcf-seawall",
    "brunei-bank-manager-embezzlement",
    "marsaskala-water-polo-cup-win",
    "kuhsor-dam-reservoir-filling",
    "liechtenstein-casino-tax-vote",
    "luxembourg-free-transport-five-years",
    "armenia-apricot-frost",
    "codru-stage-breakaway-win",
    "svalbard-mine-last-shift",
    "benin-cotton-gin-strike-deal",
    "costa-rica-coffee-rust-loans",
    "planica-ski-flying-world-record",
    "andorra-election-coalition-talks",
    "lagunillas-telescope-mirror-repair",
    "saskatchewan-opioid-distributor-settlement",
    "kunene-desert-lion-collars",
    "lyon-bus-drivers-pay-strike",
    "trefelin-rugby-club-administration",
    "danang-perth-route-lease",
    "east-sepik-election-petition",
    "limburg-dairy-permit-nitrogen-ruling",
    "chiloe-salmon-algal-bloom",
    "kaduna-archive-manuscript-scans",
    "lake-malawi-crossing-record",
    "evia-wildfire-water-bombers",
    "mendoza-hospital-measles-staff",
    "oder-open-kazakh-prodigy-wins",
    "cape-town-fishers-rights-ruling",
    "charleroi-diesel-lez-fines",
    "cormoran-base-winter-runway",
    "huehuetenango-coffee-auction-record",
    "nepal-trekking-permit-fee-rise",
    "valais-railway-landslide-repairs",
    "azores-atc-strike-flights",
    "kwazulu-natal-cane-crush-record",
    "seoul-footbridge-collapse-sentences",
    "donji-vakuf-bridge-reopens",
    "kifubwa-stars-cosafa-title",
    "south-tyrol-hail-apple-payouts",
    "varkaus-payroll-ransomware",
    "santo-domingo-first-woman-mayor",
    "jafr-solar-farm-grid-tariff",
    "bled-eights-photo-finish",
    "mors-fossil-turtle-skin",
    "naivasha-fishers-water-permits-ruling",
    "lublin-bus-fare-budget-vote",
    "manda-runway-overrun-report",
    "north-uist-first-orbital-launch",
    "dalhousie-paper-mill-closure",
    "garissa-goat-prices-rebound",
    "north-sulawesi-hpv-catch-up",
    "cardiff-museum-storm-painting",
    "launceston-water-main-burst",
    "sulina-arm-fuel-spill-fine",
    "coonawarra-winery-administration",
    "korce-earthquake-relief",
    "manitoba-prairie-party-leadership",
    "dundalk-fuel-laundering-sentences",
    "hallsfjord-subsea-tunnel-opens",
    "ruahine-university-bailout-refused",
    "algarve-concrete-cartel-appeal",
    "chopok-gully-avalanche",
    "halifax-harbour-ferry-contract",
    "harbourline-energy-customer-data-breach",
    "kaunas-nordic-baltic-team-title",
    "namibia-angola-mackerel-talks",
    "bergen-museum-paintings-recovered",
    "tasmania-nurses-strike-pay-deal",
    "yarrabin-chemical-train-derailment",
    "carrick-thistle-australian-takeover",
    "kowie-valley-level-four-restrictions",
    "sedgecombe-north-recount-overturned",
    "kosice-peace-marathon-disqualification",
    "san-antonio-dockworkers-strike",
    "te-ruru-giant-penguin-fossil",
    "kerala-fuel-cess-budget",
    "madan-zinc-mine-rescue",
    "tarrawong-bridge-girder-cracks",
    "brno-credit-union-embezzlement-verdict",
    "makassar-airline-atr-order",
    "western-cape-fire-season-report",
    "curraghbeg-foot-and-mouth-cull",
    "kestrel-lakes-school-closures-vote",
    "wexcombe-theatre-royal-reopens",
    "curonian-spit-building-law",
    "fron-handball-cup-final-extra-time",
    "kyra-despina-sifnos-ferry-inquiry",
    "biobio-blackout-relay-report",
    "portland-maine-rent-cap-vote",
    "strathbrennan-amur-leopard-cubs",
    "alcantara-carcara-rocket-failure",
    "kilbrennan-cheese-listeria-recall",
    "transalpina-road-reopens",
    "newcastle-riverstone-festival-crush",
    "nz-surgery-waiting-list-audit",
    "turkmenistan-lithuanian-photographer-freed",
    "fehmarn-belt-swim-record",
    "minho-atlantico-bank-merger",
    "ternate-gamalama-alert-evacuation",
    "almaty-metro-line-two-opens",
    "dunedin-pools-libraries-cuts",
    "durres-banana-cocaine-seizure",
    "bryncoch-roman-coin-hoard",
    "skelder-beck-flood-reservoir-approved",
    "wales-resident-doctors-strike-ballot",
    "canterbury-heat-record",
    "carrick-heat-pump-plant-closure",
    "kerikeri-golf-classic-comeback",
    "huasco-olive-growers-water-ruling",
    "moldova-census-population-falls",
    "montevideo-basketball-final-game-seven",
    "glenmorran-runway-noise-cap",
    "knokke-aerolithe-car-record",
    "sava-measles-rubella-campaign",
    "kigali-women-volleyball-final",
    "malawi-msce-leak-resit-cost",
    "neckar-steinach-lock-gate-collapse",
    "brackenham-bike-share-administration",
    "bulgaria-imperial-eagle-census",
    "mandeville-bauxite-pension-fraud-verdict",
    "la-quiaca-orchestra-tour-cancelled",
    "landes-bird-flu-duck-cull",
    "lirra-mobile-outage-fine",
    "dundee-chess-championship-playoff",
    "kvarken-airways-collapse",
    "mount-corrigan-chairlift-licence-suspended",
    "glan-hafren-bowel-screening-backlog",
    "swalecote-psalter-export-bar",
    "waterford-suir-dredging-challenge",
    "carnbrook-lydgate-baths-closure-vote",
    "karoo-sun-team-doping-suspension",
    "laverton-north-recycling-fire-inquiry",
    "cabot-atlantic-research-vessel-launch",
    "irish-mid-west-jobless-rise",
    "san-bartolome-esperanza-landslide",
    "kempt-head-coal-to-gas-approval",
    "pictou-wedding-salmonella-closure",
    "roodeplaat-eights-protest-ruling",
    "brezje-ob-krki-mayor-five-votes",
    "mulgara-coachlines-crash-inquiry",
    "munster-examiner-digital-archive",
    "fremantle-north-quay-crane-collapse",
    "hamilton-congestion-charge-first-year",
    "harrowden-roloway-monkey-births",
    "drenova-dam-drought-output-cut",
    "north-brunswick-flush-syringe-recall",
    "wroclaw-table-tennis-semi-final-upset",
    "darwin-teachers-class-size-ballot",
    "tolka-supermarkets-corrib-takeover-cleared",
    "vellmar-meteorite-fall",
    "medellin-women-league-final-record-crowd",
    "port-aldery-water-billing-ransomware",
    "wyssgrat-hut-rockfall-appeal",
    "haverleigh-maternity-unit-protest",
    "north-sydney-jackpot-unclaimed",
    "solvik-arena-roof-inquiry",
    "glenardoch-whisky-record-bottle",
    "kenya-kcse-chemistry-leak-resit",
    "nz-freshwater-citizens-assembly",
    "harrowfield-crosslink-brt-vote",
    "sevan-open-buchholz-upset",
    "sierra-negra-cavers-rescued",
    "antibiotic-tender-cartel-fine",
    "frankfurt-oder-hennings-painting-recovered",
    "reggio-calabria-etna-ash-closure",
    "aland-archipelago-ferry-fare-rise",
    "bulgaria-census-population-drop",
    "montemor-k2-photo-finish",
    "eryri-golden-eagles-breed",
    "lanarkshire-schools-salmonella-supplier",
    "tawarau-ridge-wind-noise-ruling",
    "brolga-air-administration",
    "priecne-saddle-hikers-airlifted",
    "south-shields-maqdala-treasures-return",
    "manawatu-kahu-double-overtime-title",
    "mauritius-corail-bank-aml-penalty",
    "north-banat-heatwave-school-closures",
    "aurora-jean-crab-boat-inquiry",
    "east-london-central-library-opens",
    "leiedal-classic-sprint-after-crash",
    "kingaroy-data-centre-water-approval",
    "parnu-channel-cog-wreck",
    "whitemouth-lakes-teachers-arbitration",
    "calder-court-gas-explosion",
    "harwick-park-pandas-return",
    "wyralla-by-election-postal-recount",
    "haputale-main-line-landslide",
    "kenya-simbas-kruger-appointment",
    "san-ignacio-coffee-premium-award",
    "san-jorge-gulf-shrimp-quota-ruling",
    "te-papa-marwood-painting-restoration",
    "waikato-river-marathon-epo-disqualification",
    "copahue-ash-patagonia-flights",
    "nahoon-childrens-medicines-recall",
    "styria-governor-coalition-vote",
    "kisumu-nurses-staffing-strike-ends",
    "nordragota-faroese-cup-shootout",
    "sundvoll-bridge-cable-corrosion-closure",
    "luangwa-bank-aml-fine",
    "pampero-rocket-aonikenk-low-orbit",
    "sorwat-glacier-lake-flood",
    "ankobra-river-cyanide-damages",
    "kingsclear-faculty-pension-strike-ballot",
    "kivu-idjwi-ferry-capsize",
    "norrkoping-ingelsta-tram-budget",
    "tartu-hurdles-national-record",
    "villa-lahuen-wildfire-evacuation",
    "calantas-measles-school-drive",
    "constanta-dockers-grain-strike",
    "losinj-roman-wine-wreck",
    "ardvane-whisky-collection-record",
    "borjomi-bakuriani-kukushka-landslide",
    "honiara-porowai-no-confidence-vote",
    "gaborone-dam-water-rationing",
    "koronadal-tax-records-breach",
    "suir-valley-tour-breakaway",
    "bazaruto-orinoco-star-grounding",
    "ghana-tripartite-minimum-wage-deal",
    "kempenhorst-gorilla-twins",
    "karthala-orange-alert-evacuation",
    "mafia-island-longliner-detained",
    "windhoek-national-library-reopens",
    "asuncion-diesel-transport-strike",
    "gorna-oryahovitsa-hospital-fire",
    "ohrid-small-nations-chess-olympiad",
    "kazakhstan-base-rate-cut",
    "kestrel-col-hut-reopens",
    "st-catharines-henley-eights-photo-finish",
    "ardlaw-puya-raimondii-flowers",
    "cork-lough-mahon-barrier-first-closure",
    "sokolniki-mayor-tender-rigging",
    "monte-sorbaro-ski-season-cut-short",
    "papua-electorates-law-struck-down",
    "sahyadri-krishna-valley-bank-merger",
    "banyoles-rowing-worlds-wind-delay",
    "matnog-allen-ferry-franchise-revoked",
    "north-velebit-bison-release",
    "althingi-voting-age-sixteen",
    "rakiura-white-tailed-deer-cull",
    "tanga-mwambani-container-terminal-opens",
    "alto-tajo-rector-runoff-challenge",
    "fjordvik-stoppage-time-relegation",
    "velke-pavlovice-hail-vineyards",
    "saugeen-university-grant-misuse-report",
    "tasman-link-cook-strait-diversion",
    "western-cape-alcohol-floor-price-ruling",
    "arnish-narrows-bridge-opens",
    "eswatini-discount-rate-cut",
    "gulf-of-riga-herring-split-talks",
    "moray-firth-marathon-record",
    "salto-museum-paintings-recovered",
    "sao-tome-fontoura-state-visit",
    "belleridge-substation-fire-blackout",
    "coahuila-ev-battery-strike-deal",
    "matsalu-siberian-crane-crowds",
    "penrhyn-bay-welsh-cup-shootout",
    "ruapehu-ash-north-island-airports",
    "sable-river-health-ransomware",
    "brantwood-lakeshore-tram-vote",
    "demir-kapija-heat-record-water-curbs",
    "south-uist-cargo-wreck-fuel-removal",
    "aldermoor-police-precept-referendum",
    "morgannwg-orchestra-tour-cancelled",
    "vimmerby-swine-fever-cull",
    "kohtla-jarve-ahtme-repeat-vote",
    "north-kilworth-meteorite-roof",
    "puerto-quetzal-dockers-strike",
    "borneo-cup-dota-underdogs",
    "totara-bank-branch-reprieve",
    "tres-hermanas-marine-park",
    "borealis-air-pilots-walkout",
    "dunmoran-cryptosporidium-boil-notice",
    "molucca-sea-tsunami-warning",
    "glenmarra-superfine-bale-record",
    "huascaran-garganta-climbers-rescued",
    "thorncliffe-library-pool-budget-vote",
    "callawa-prison-breakout-manhunt",
    "fogo-portela-lava-cellar",
    "serbia-census-village-exodus",
    "alberta-high-speed-rail-overrun",
    "dlamini-breaststroke-ban-overturned",
    "kalliokangas-lithium-mine-permit",
    "kandy-open-youngest-norm",
    "malta-hidden-waiting-lists-minister-resigns",
    "port-kinnear-storm-surge",
    "gariep-university-pension-strike",
    "kisumu-lakers-kenya-cup-extra-time",
    "kvitfoss-dam-licence-renewal",
    "limassol-orphos-exchange-arrests",
    "mallaig-humpback-creel-rescue",
    "selwyn-lakes-lodge-wildfire",
    "adelaide-marathon-heatwave-cancelled",
    "shire-river-power-rationing",
    "talaban-mayoral-protest-ruling",
    "lau-islands-ferry-liquidation",
    "norrkoping-paracas-mantle-return",
    "vanj-valley-glacier-dam",
    "cangas-cies-barnacle-record",
    "nz-four-day-week-law",
    "rodrigues-cyclone-ondine-evacuation",
    "caerwen-cathedral-library-theft-trial",
    "kaldvik-aluminium-smelter-closure",
    "south-luangwa-park-fee-protest",
    "carrowmena-euromillions-syndicate",
    "great-kwa-bridge-toll-injunction",
    "jvari-pass-avalanche-lorries-stranded",
    "cook-islands-penrhyn-nodule-licence-vote",
    "kipipiri-girls-school-measles",
    "skopje-philharmonic-chief-conductor",
    "berekum-queens-accra-record-crowd",
    "malawi-irrigation-chief-pardon",
    "upington-data-centre-water-licence",
    "kelsborough-tram-derailment-report",
    "plovdiv-old-town-car-ban",
    "rwanda-coffee-cherry-price-cut",
    "dunmarren-lochside-university-merger-vote",
    "kyustendil-cherry-hailstorm",
    "turneffe-atoll-corvina-trader-grounding",
    "finland-care-guarantee-minister-resigns",
    "lagos-census-partial-recount",
    "tallinn-snooker-worlds-comeback",
    "derwent-westabout-solo-record",
    "finland-market-court-grocery-cartel",
    "nimba-buchanan-ore-rail-strike",
    "concepcion-metro-tunnel-flood",
    "mbombela-bank-vault-robbery",
    "uganda-cranes-coach-sacked",
    "namibia-teachers-pay-strike-vote",
    "sao-jorge-velas-eruption-evacuation",
    "szeged-hospitals-ransomware",
    "amathole-air-jet-order-route-cuts",
    "tigbao-tailings-dam-collapse",
    "zurich-tessarin-codex-record",
    "mora-september-heat-schools-shut",
    "port-pirie-dna-murder-conviction-quashed",
    "wanbarra-rovers-stadium-approved",
    "latvia-saeima-coalition-deal",
    "saya-de-malha-catch-limits-deal",
    "skovhede-okapi-calf-born",
    "esrange-tjader-launch-failure",
    "hunter-royal-first-hand-transplant",
    "manawa-gold-formula-recall",
    "castelmorra-superenalotto-syndicate",
    "hobart-inner-suburbs-holiday-let-ban",
    "north-kordofan-locust-sorghum",
    "halsema-highway-bus-plunge",
    "kandula-telecom-subscriber-breach",
    "port-delamere-phenol-water-ban",
    "canizar-del-rio-school-houses",
    "lorvanne-cathedral-spire-fire",
    "wirrabee-show-record-pumpkin",
    "eastern-visayas-wage-order-hike",
    "northwich-brockhurst-road-sinkhole",
    "pemba-subsea-cable-cut",
    "isles-serenade-norovirus-north-shields",
    "kimberley-rialto-theatre-reopens",
    "trout-creek-highway-snowstorm",
    "biobio-quintral-hacker-arrests",
    "carrick-ness-lighthouse-auction",
    "watamu-reef-heat-record",
    "botika-ligaya-expired-drugs-fine",
    "leopoldsburg-wolf-pack-compensation",
    "waikato-classic-qualifier-title",
    "cronulla-great-white-beach-closures",
    "paraguay-bakers-flour-strike",
    "wimmera-medical-school-first-intake",
    "bela-krajina-foulbrood-hives-burnt",
    "kingston-parking-rates-transit-fund",
    "mombasa-golden-dhow-debut",
    "ebersheid-volunteer-fire-brigade-disbanded",
    "muranga-avocado-theft-wave",
    "palmerston-north-circus-wild-animal-ban",
    "mannion-prize-mayo-schoolgirl",
    "rotkar-hut-rock-avalanche",
    "torsay-islands-visitor-levy",
    "carrowbrook-kamiyoshi-twinning",
    "dikovita-multiday-boat-adrift-rescue",
    "merrigal-branch-grain-trains",
    "waipara-valley-spring-frost",
    "wellington-tui-bikes-ebike-expansion",
    "wirrangal-cup-outsider-wins",
    "baia-veche-mayor-tram-depot-bribe",
    "loch-eport-salmon-pen-escape",
    "zhezkazgan-soyuz-crew-landing",
    "bonifacio-strait-record-swim",
    "ebersthal-kesselring-brewery-takeover",
    "tagnipa-plastic-bag-cup-ban",
    "kelanigama-chikungunya-vaccine-trial",
    "kisumu-lakeside-brt-opens",
    "nenagh-hospice-chief-theft-jailed",
    "creag-tarsuinn-ski-season-ends-early",
    "hague-archive-indonesia-war-records",
    "khurrianwala-towel-mill-fire-inquiry",
    "buffalo-city-tyre-plant-pollution-lawsuit",
    "carrigmore-sea-wall-breach",
    "inverallan-runway-extension-approved",
    "artabro-floating-wind-farm-approved",
    "ghana-blood-service-donor-appeal",
    "vallenar-student-comet-discovery",
    "annaduff-glass-recycling-plant-opens",
    "kelderwick-abbey-organ-rededicated",
    "taramoa-dog-attack-owner-guilty",
    "caldermoor-school-bus-contracts-audit",
    "upper-simkharka-landslide-cut-off",
    "waimate-blue-world-cheese-title",
    "castlebrack-cisplatin-shortage",
    "kalpitiya-harbour-dredging-dispute",
    "selkie-four-indian-ocean-row",
    "lady-of-barra-ferry-fire",
    "pretoria-newspaper-scanning-grant-row",
    "skerry-air-benbecula-route-subsidy",
    "brennock-pension-fossil-sale",
    "cadair-ridge-marathon-record",
    "carrigbeg-andean-bear-recaptured",
    "ardley-falls-ward-three-recount",
    "limerick-ennis-road-cycle-lane",
    "westmount-shipyard-apprentices",
    "borrisokane-sourdough-supreme-champion",
    "helgeland-fibre-rollout-penalty",
    "tarrendale-plaza-cinema-saved",
    "hollin-vale-steam-line-reopens",
    "kilcarrig-lotto-ticket-deadline",
    "zeleni-rob-hut-rockfall-appeal",
    "hamilton-refuse-collectors-strike",
    "hestham-pier-closure-funding-row",
    "quemchi-island-drone-medicine-trial",
    "dunedin-escooter-hire-suspended",
    "knockbrack-quarry-expansion-refused",
    "strathearn-honey-yield-collapse",
    "ballina-salmon-mural-repaint-appeal",
    "chacao-channel-tidal-turbine",
    "marlshire-kettleby-road-redevelopment",
    "cambrian-sheep-rustling-charges",
    "kallendra-ambulance-response-targets",
    "lough-ardnagee-oyster-norovirus-closure",
    "haldon-arle-tidal-barrier",
    "kinmurrie-blade-factory-opens",
    "maughan-bridge-emergency-closure",
    "crocknagapple-turbine-eagle-refusal",
    "kilmarra-hospital-parking-fees-scrapped",
    "kilmorran-linkspan-load-test-fails",
    "cefn-garw-sheepdog-debut-win",
    "craigmorven-trail-centre-opens",
    "drumlachie-academy-roof-rebuild",
    "kelvale-airport-loses-toronto-route",
    "kessock-falls-boil-water-advisory",
    "mataura-youth-orchestra-instruments-found",
    "brantmore-library-fines-amnesty",
    "kinangop-milk-price-protest",
    "lewis-pass-slip-reopening",
    "abercennen-show-foot-and-mouth",
    "north-ronaldsay-trawler-crew-rescued",
    "tullyvarra-mri-scanner-appeal",
    "hestskjaer-lighthouse-sold",
    "port-ardlan-student-hotel-rooms",
    "tindal-coast-evening-trains-cut",
    "great-thornby-post-office-counter",
    "skirlbeck-brewery-borehole-licence",
    "trwyn-coch-coast-path-diversion",
    "cleddau-seal-hospital-pup-overflow",
    "marraburn-kellerton-tram-extension-late",
    "pentremawr-surgery-merger-journeys",
    "kelderby-pothole-claims-surge",
    "kilcarrow-herald-final-print",
    "north-channel-jellyfish-swim-abandoned",
    "auchenvale-primary-closure-consultation",
    "heeswaarde-verge-lizard-orchids",
    "rosgarrow-harbour-dredging-contract-cancelled",
    "atlantic-kestrel-cabot-strait-fire",
    "castlebridge-three-weekly-bins",
    "cwm-garnedd-rescue-record-year",
    "cerdin-valley-lady-gwenllian-returns",
    "glenarrin-salmon-catch-and-release",
    "weserland-philharmonic-merger-cuts",
    "kilbrannock-cathedral-west-window-restored",
    "mount-harlow-ski-closure-refunds",
    "wandoora-flood-wall-contract-dispute",
    "bramwells-market-town-store-closures",
    "meridale-music-school-occupation",
    "porthgwylan-shannon-lifeboat-arrives",
    "harrowdale-571-bus-charity-takeover",
    "novi-rudnik-elephant-bela-portugal",
    "poznan-clean-zone-first-fines",
    "cheongju-pension-fund-chief-jailed",
    "mbeere-drought-sorghum-trial",
    "natal-volleyball-final-five-set-comeback",
    "hogfjell-air-declared-bankrupt",
    "marchbank-water-main-supply-cut",
    "olomouc-monstrance-theft-sentences",
    "aegean-wildfires",
    "lahore-test-match",
    "queensland-measles-outbreak",
    "guinea-census-upper-guinea-overtakes",
    "huascaran-climbers-helicopter-rescue",
    "tanjung-seri-crane-automation-strike",
    "corsica-fire-season-damage-bill",
    "daegu-geumho-marathon-course-record",
    "rukum-see-maths-paper-leak",
    "guatemala-monetary-board-rate-rise",
    "kalugala-dam-cracks-drawdown",
    "maramures-tour-prislop-summit-finish",
    "faiyum-ptolemaic-granary-papyri-found",
    "malawi-junior-doctors-strike-ends",
    "norway-iceland-mackerel-cod-deal",
    "camargue-horses-west-nile-subsidy",
    "cappadocia-balloon-hard-landing-inquiry",
    "mongolia-entrance-exam-remarking",
    "oud-turnhout-pigeon-record-sale",
    "sri-lanka-cinnamon-price-slump",
    "cebu-esports-match-fixing-bans",
    "fludir-greenhouse-tariff-tomato-record",
    "pahang-durian-quota-border-seizure",
    "kolda-community-radio-licence-revoked",
    "mirandela-hospital-waiting-times-audit",
    "glenmorven-balmacara-cup-extra-time",
    "bekobod-apricot-rail-blockade",
    "merevalgus-car-deck-fire-fine",
    "kalulushi-mayoral-vote-annulled-rerun",
    "gore-shears-welsh-tally-record",
    "singapore-inverted-head-stamp-record",
    "durazno-wool-cooperative-rescue-vote",
    "great-taylors-bay-salmon-licence-cut",
    "khalishpur-jute-mill-first-export",
    "ravnasbakken-ski-jump-budget-cap",
    "puno-alpaca-frost-headcount-row",
    "bahrain-pearl-season-first-auction",
    "arslanbob-walnut-logging-ban-ruling",
    "luderitz-line-sand-contract-cancelled",
    "choum-ore-train-herder-payouts",
    "riigikogu-vaivara-shale-closure-vote",
    "fiji-sevens-coach-contract-standoff",
    "moana-lelei-ferry-drift-inquiry",
    "tolapampa-lithium-water-permit-suspended",
    "latvia-song-festival-ticket-record",
    "mzuzu-tobacco-grading-fee-boycott",
    "jezersko-chairlift-cable-failure",
    "jiwaka-missing-ballot-boxes-recount",
    "dhurchhu-tunnel-collapse-delay",
    "matosinhos-sardine-quota-cut-protest",
    "kinosew-lake-winter-road-fuel-airlift",
    "leknes-runway-extension-appeal",
    "sahyadri-university-hill-quota-quashed",
    "solomons-korean-purse-seine-deal",
    "aeron-cervical-screening-letters-unsent",
    "chychkan-gorge-landslide-clearing-bill",
    "chicamocha-tour-santa-rosa-summit",
    "galicica-striker-record-transfer-fee",
    "quebec-city-lead-lines-fine",
    "orvenza-stomach-cancer-price-deal",
    "salta-blackout-distributor-fine-appeal",
    "kuantan-hockey-qualifier-shootout-bonus",
    "lyngoy-upper-secondary-closure-vote",
    "antique-oxygen-plant-supplier-penalty",
    "salinas-quinoa-cooperative-price-fine",
    "kangiqsuliruaq-sealift-fuel-rationing",
    "suduroy-ferry-fare-court-challenge",
    "bistrita-hospital-measles-vaccine-drive",
    "manizales-rider-clenbuterol-ban-cut",
    "nkhata-bay-relay-timing-appeal",
    "cebu-bus-fare-freeze-overtime",
    "krakow-gradual-munich-auction-seized",
    # Stop 61: the ten oldest groups kept unseen (30, 32, 34, 255, 264, 266, 268, 270, 272,
    # 273), each measured and reported before, looked at to fix their misses in general.
    "naadam-wrestler-stripped-doping",
    "pampore-saffron-rain-price-floor",
    "vlaskerke-tapestry-loan-row",
    "ghana-cocoa-farmgate-price",
    "kyrgyzstan-glacial-lake-evacuation",
    "porto-lottery-syndicate-jackpot",
    "bogota-water-rationing",
    "nepal-highway-landslide",
    "south-africa-youth-orchestra-tour",
    "andes-rail-tunnel-breakthrough",
    "iasi-measles-outbreak",
    "iceland-cod-quota-cut",
    "nyahururu-marathon-short-course-prizes",
    "paso-toros-beef-residue-halt",
    "pielavesi-village-schools-closure-vote",
    "lastovo-winter-ferry-petition",
    "shar-tolgoi-smelter-sulphur-fine",
    "sunyani-dialysis-unit-donor-row",
    "darkhan-chess-armageddon-teen-champion",
    "ericeira-holiday-rental-cap-vote",
    "irbe-link-cable-repair-bill",
    "guadalhorce-drought-emergency-fines",
    "rennick-museum-khmer-bronzes-returned",
    "takoradi-crane-operators-strike-backlog",
    "cheongpung-university-art-sale-scholarships",
    "kilele-mobile-overcharging-refunds",
    "tarrangower-burn-target-shortfall",
    "gochas-teacher-comet-record",
    "kazakhstan-lumpy-skin-vaccine-shortfall",
    "quellon-ferry-lane-fishermen-injunction",
    # Stop 62: the six oldest groups kept unseen (276, 278, 280, 281, 282, 283), each
    # measured and reported before, looked at to fix their misses in general.
    "levice-arena-auction-fan-bid",
    "motuparera-island-goat-cull-vote",
    "sidi-ifni-desalination-award-challenge",
    "port-esperance-salmon-licence-suspended",
    "powys-village-schools-judicial-review",
    "sary-bulak-dam-bishkek-blackouts",
    "iloilo-water-utility-overbilling-refunds",
    "tverrdal-two-schools-closure-vote",
    "umurage-tour-neutralised-stage-penalty",
    "abidjan-lagoon-bridge-lorry-ban",
    "chaves-robotic-surgery-first-year",
    "miskolc-folk-art-forgery-sentences",
    "polskava-beekeepers-poisoning-payout-challenge",
    "swakopmund-ultra-heat-halt-refunds",
    "ulaanbaatar-briquette-overcharge-audit",
    "cerro-vizcacha-observatory-blackout-claim",
    "storm-bay-salmon-escape-bounty",
    "wildkar-gondola-winch-fault-fine",
    # Stop 63: the three oldest groups kept unseen (284, 285, 286), each measured and
    # reported before, looked at to fix their misses in general.
    "bryn-rhedyn-slate-buffer-appeal",
    "habarana-elephant-corridor-night-limit",
    "la-paz-fare-card-cloning-sentences",
    "kayar-kitesurf-world-cup-cancelled",
    "kybartai-amber-smuggling-trial",
    "noord-holland-tulip-blight-fund",
    "llullay-salar-brine-spill-fine",
    "rjavo-sedlo-hut-cost-overrun",
    "santa-rufina-coin-toss-protest",
    # Stop 64: the three oldest groups kept unseen (287, 288, 289), each measured and
    # reported before, looked at to fix their misses in general.
    "dalvik-kaldbaksvellir-hot-water-rationing",
    "gwerin-valley-railway-viaduct-closure",
    "paje-seaweed-cooperative-price-deal",
    "donousa-koufonisi-ferry-cut-challenge",
    "matsue-lakeside-marathon-short-course",
    "permata-susu-formula-recall-payouts",
    "ponte-de-sor-cork-fire-payouts",
    "tamarack-county-hospital-bond-settlement",
    "walewale-drone-blood-fees-dispute",
    # Stop 65: the two oldest groups kept unseen (290, 291), each measured and reported
    # before, looked at to fix their misses in general.
    "ben-tre-saltwater-rice-relief",
    "kiprono-cas-ban-cut-medals",
    "tocopilla-streetlight-bus-subsidy-cuts",
    "cusco-landing-tyre-burst-fine",
    "elblag-hospital-vaccine-fridge-hearing",
    "skarra-hotel-turbine-buyout",
    # Stop 66: the two oldest groups kept unseen (292, 293), each measured and reported
    # before, looked at to fix their misses in general.
    "bayankhongor-cashmere-buyer-price-dispute",
    "bruny-ferry-rauma-delivery-penalty",
    "polva-schools-merger-teacher-cuts",
    "llanhelyg-rfc-administration-rescue",
    "malawi-maize-ceiling-reserve-release",
    "waituna-ancestors-carvings-home",
    # Stop 67: the two oldest groups kept unseen (294, 295), each measured and reported
    # before, looked at to fix their misses in general.
    "ghent-scheldt-marathon-course-record",
    "lambego-ferry-capsize-licence-suspended",
    "manitoba-nurses-ratify-staffing-ratios",
    "banfopa-data-leak-court-fine",
    "hafnarvogur-lava-wall-fish-plant",
    "lisnagree-bog-wind-farm-upheld",
    # Stop 68: the two oldest groups kept unseen (296, 297), each measured and reported
    # before, looked at to fix their misses in general.
    "gombe-cholera-vaccine-campaign",
    "north-uist-distillery-expansion-approved",
    "shimanto-valley-line-reopens",
    "catamarca-lithium-mine-strike",
    "catanduanes-typhoon-tikling-calamity",
    "wurzburg-tram-collision-inquiry-report",
    # Stop 69: the two oldest groups kept unseen (298, 299), each measured and reported
    # before, looked at to fix their misses in general.
    "lautoka-sevens-tonga-upset-title",
    "mausam-four-satellite-launch-delay",
    "piraeus-scuttled-freighter-fraud-verdict",
    "ghana-surprise-rate-hike-cedi",
    "kerio-valley-champion-ban-appeal",
    "kharpu-tsho-glacial-lake-evacuation",
    # Stop 70: the two oldest groups kept unseen (300, 301), each measured and reported
    # before, looked at to fix their misses in general.
    "asuncion-chikungunya-fumigation-brigades",
    "karaka-record-colt-syndicate",
    "majuro-bigeye-tuna-limit-cut",
    "akron-lead-pipe-replacement-lags",
    "dariali-tunnel-rockfall-repair-contract",
    "douala-pangolin-scales-verdict",
    # Stop 71: the two oldest groups kept unseen (302, 303), each measured and reported
    # before, looked at to fix their misses in general.
    "samarkand-turon-plaza-demolition-order",
    "trincomalee-dredging-contract-dispute",
    "uyuni-flood-strands-tour-operators",
    "arequipa-school-quake-retrofit-audit",
    "iqaluit-runway-resurfacing-overrun",
    "siggiewi-fireworks-blast-inquiry",
    # Stop 72: the two oldest groups kept unseen (304, 305), each measured and reported
    # before, looked at to fix their misses in general.
    "karpathos-bronze-age-cargo-dispute",
    "malaysia-growth-double-count-revision",
    "nansei-skylink-turboprops-grounded",
    "kenya-5g-auction-budget-shortfall",
    "lucina-reactor-weld-flaw-prices",
    "tamale-football-congress-proxy-challenge",
    # Stop 72 too: the next two (306, 307), each measured and reported before, looked at
    # after this stop's first fixes.
    "armenia-insulin-cap-pharmacy-shortages",
    "kiribati-seabed-licence-bid-deferred",
    "tana-vidda-musher-disqualification-appeal",
    "debnica-salt-mine-flood-tourist-route",
    "nepal-tiger-census-attacks-compensation",
    "reunion-shark-attack-cull-revived",
    # Stop 73: the two oldest groups kept unseen (308, 309), each measured and reported
    # before, looked at to fix their misses in general.
    "eburru-geothermal-well-blowout",
    "indonesia-hajj-quota-cut-refunds",
    "ryuseizan-ozeki-stablemaster-suspended",
    "colombia-sugary-drinks-tax-first-year",
    "gjirokaster-hotel-unesco-danger-list",
    "valdivia-tuition-rise-council-vote",
    # Stop 73: the next two (310, 311), measured and reported before, looked at in turn.
    "sabah-orangutan-centre-donor-freeze",
    "rio-negro-pulp-mill-fish-kill",
    "nakuru-matatu-governor-crackdown",
    "seoul-webtoon-piracy-damages-ruling",
    "geneva-airport-fake-watch-haul",
    "buzet-record-truffle-origin-inspection",
    # Stop 74: the next two (312, 313), measured and reported before, looked at in turn.
    "essaouira-argan-cooperative-fairtrade-suspended",
    "maseru-mohair-broker-high-court",
    "westman-islands-puffin-hunt-ban",
    "gudauri-chairlift-rope-inquiry",
    "machu-picchu-ticket-outage-refunds",
    "maria-island-devil-vaccine-trial",
    # Stop 75: the next two (314, 315), measured and reported before, looked at in turn.
    "angkor-south-gallery-collapse-row",
    "bidiyah-camel-pageant-filler-bans",
    "kokaral-dam-extension-aralsk-catch",
    "boka-bay-cruise-levy-lawsuits",
    "tacuaral-barges-low-water-surcharge",
    "ulleungdo-airport-seawall-delay",
    # Stop 76: the next two (316, 317), measured and reported before, looked at in turn.
    "emarti-vulture-poisoning-pesticide-ban",
    "kocevje-bear-cull-injunction",
    "thaba-nkwe-rhino-dehorning-poaching",
    "bengaluru-metro-tunnel-subsidence-fine",
    "kariba-low-water-load-shedding",
    "kielder-lynx-farmers-high-court",
    # Stop 77: the next two (318, 319), measured and reported before, looked at in turn.
    "balaton-bloom-sewage-spill-fine",
    "kazanlak-rose-frost-petal-price-inquiry",
    "shiozawa-sake-imported-rice-recall",
    "dhofar-frankincense-tapping-moratorium",
    "petra-flash-flood-visitor-cap",
    "vuorjojoki-herders-turbine-injunction",
    # Stop 78: the next two (320, 321), measured and reported before, looked at in turn.
    "bosphorus-tanker-steering-closure",
    "suriname-mercury-deadline-gold-miners",
    "zayandeh-rud-emergency-release-dispute",
    "bermuda-cedarbridge-reinsurer-reserve-fine",
    "iriomote-wildcat-road-deaths-levy",
    "sheki-silk-combine-auction-annulled",
    # Stop 79: the next two (322, 323), measured and reported before, looked at in turn.
    "lalibela-shelter-roof-contract-suspended",
    "madeira-levada-rockfall-trail-fee",
    "tonle-sap-closed-season-crackdown",
    "luang-prabang-night-market-fire",
    "teatro-amazonas-restoration-overrun-audit",
    "tiquina-barge-overload-fare-cap",
    # Stop 80: the next two (324, 325), measured and reported before, looked at in turn.
    "beagle-channel-centolla-quota-appeal",
    "isfahan-river-release-shortfall-row",
    "oaxaca-agave-theft-tag-scheme",
    "bukhara-madrasa-tilework-fine-retender",
    "harar-hyena-feeding-permit-fee",
    "molnvika-stockfish-racks-fire",
    # Stop 81: the next two (326, 327), measured and reported before, looked at in turn.
    "chiang-mai-haze-burning-fines",
    "socotra-resin-quota-port-seizure",
    "tristan-lobster-ship-engine-delay",
    "kampot-pepper-label-fraud-recall",
    "mestia-tower-collapse-grant-dispute",
    "mogao-caves-booking-glitch-refunds",
    # Stop 82: the next two (328, 329), measured and reported before, looked at in turn.
    "cerro-rico-cave-in-compensation-row",
    "lamu-mangrove-timber-import-ban",
    "phewa-paragliding-collision-flight-cap",
    "hoi-an-lantern-night-visitor-cap",
    "matera-sassi-cave-hotel-fines",
    "nizwa-falaj-shifts-court-ruling",
)
SEED = "austin-shoigu-call"
PACKS = {
    **{folder.name: folder for folder in sorted((ROOT / "questions").iterdir())},
    "grading-traps": HERE / "grading" / "traps-pack",
    **{folder.name: folder for folder in sorted((HERE / "grading" / "heldout-packs").iterdir())},
}
VALUE_KINDS = frozenset({Kind.NUMBER, Kind.DATE, Kind.MONEY, Kind.DURATION})
RANK = {"incorrect": 0, "partial": 1, "correct": 2}


@dataclass(frozen=True)
class Row:
    question: Question
    answer: str
    label: str
    trap: str


def load_rows(labels: Path, packs: dict[str, Pack]) -> list[Row]:
    rows = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            question = packs[record["pack"]].question(record["question"])
            rows.append(Row(question, record["answer"], record["label"], record["trap"]))
    return rows


def without_kind(question: Question) -> Question:
    """The question as if its author had left `kind` out.

    A choice question cannot omit it (the pack format requires `kind: choice`
    beside `choices`), so those keep theirs.
    """
    if question.kind == Kind.CHOICE:
        return question
    return replace(question, kind=Kind(infer_kind(question.answer)), kind_inferred=True)


def keys(question: Question) -> list[str]:
    return [answer_text(k) for k in (question.answer, *question.accept)]


def exact(question: Question, typed: str) -> str:
    return "correct" if typed.strip() in keys(question) else "incorrect"


def squad(question: Question, typed: str) -> str:
    folded = fold_text(typed)
    return "correct" if any(folded == fold_text(k) for k in keys(question)) else "incorrect"


def wratio(question: Question, typed: str) -> str:
    best = max(fuzz.WRatio(typed, k, processor=utils.default_process) for k in keys(question))
    return "correct" if best >= 85 else "incorrect"


def project(transform: Callable[[Question], Question]) -> Callable[[Question, str], str]:
    compiled: dict[str, Callable[[str], object]] = {}

    def grade(question: Question, typed: str) -> str:
        key = f"{question.id}@{id(question)}"
        if key not in compiled:
            compiled[key] = compile_question(transform(question))
        verdict = compiled[key](typed)
        return verdict.outcome.value  # type: ignore[attr-defined, no-any-return]

    return grade


def measure(
    rows: list[Row], grade: Callable[[Question, str], str]
) -> tuple[int, int, int, list[tuple[Row, str]]]:
    agree = accepts = rejects = 0
    misses: list[tuple[Row, str]] = []
    for row in rows:
        said = grade(row.question, row.answer)
        if said == row.label:
            agree += 1
            continue
        misses.append((row, said))
        if RANK[said] > RANK[row.label]:
            accepts += 1
        else:
            rejects += 1
    return agree, accepts, rejects, misses


def generated_batch(rows: list[Row], count: int) -> list[str]:
    """Answers as a class would type them: the labelled ones, re-cased and wrapped."""
    rng = random.Random(4)
    wrappers = ["{}", "{}", "{}", "{}.", "I think {}", "the answer is {}", "{} ?", "  {}  "]
    lines = []
    for n in range(count):
        row = rows[rng.randrange(len(rows))]
        typed = rng.choice(wrappers).format(row.answer)
        if rng.random() < 0.3:
            typed = typed.lower()
        elif rng.random() < 0.1:
            typed = typed.upper()
        lines.append(
            json.dumps({"student": f"s{n % 300}", "question": row.question.id, "answer": typed})
        )
    return lines


def throughput(pack: Pack, rows: list[Row], count: int) -> float:
    """Answers per second through `newsquiz grade`'s own code path (Batch.jsonl)."""
    seed_rows = [r for r in rows if r.question in pack.questions]
    lines = generated_batch(seed_rows, count)
    batch = Batch(pack)  # start-up: compiling the pack's graders is not counted
    sink = io.StringIO()
    start = time.perf_counter()
    batch.jsonl(iter(lines), sink.write)
    elapsed = time.perf_counter() - start
    assert batch.errors == 0
    assert sink.getvalue().count("\n") == count
    return count / elapsed


def report(
    rows: list[Row], graders: list[tuple[str, Callable[[Question, str], str]]], show: bool
) -> None:
    total = len(rows)
    wrong = sum(1 for r in rows if r.label != "correct") or 1
    print(
        f"  {'grader':<34} {'agreement':>16} {'false accepts':>16} {'of wrong':>9}"
        f" {'on values':>9} {'false rejects':>16}"
    )
    for name, grade in graders:
        agree, accepts, rejects, misses = measure(rows, grade)
        on_values = sum(
            1
            for row, said in misses
            if row.question.kind in VALUE_KINDS and RANK[said] > RANK[row.label]
        )
        print(
            f"  {name:<34} {agree:>6} {100 * agree / total:6.1f}%  "
            f"{accepts:>6} {100 * accepts / total:6.1f}%  {100 * accepts / wrong:7.1f}%"
            f" {on_values:>9}  {rejects:>6} {100 * rejects / total:6.1f}%"
        )
        if name.startswith("newsquiz") and accepts:
            listed = sum(1 for row, said in misses if RANK[said] > RANK[row.label] and _listed(row))
            # An author's `accept` entry the labeller marked down: the grader follows the
            # pack, so these are author and labeller disagreeing, not the grader guessing.
            print(f"  {'':<34} of the false accepts, {listed} the pack lists under `accept`")
        if show and name.startswith("newsquiz"):
            for row, said in misses:
                print(
                    f"      {row.question.id:<28} {row.answer!r:<48} label={row.label:<9} "
                    f"said={said:<9} [{row.trap}]"
                )


def _listed(row: Row) -> bool:
    """The answer, folded, is one of the forms the pack itself accepts."""
    typed = fold_text(row.answer)
    return any(typed == fold_text(answer_text(form)) for form in row.question.accept)


def whole_process(pack: str, rows: list[Row], count: int) -> tuple[float, float]:
    """Answers a second: `newsquiz grade` as a user runs it, and the same JSON read and
    written back by a process that does not grade (the floor of any JSON Lines tool)."""
    lines = generated_batch([r for r in rows if r.question in packs_loaded[pack].questions], count)
    with tempfile.TemporaryDirectory() as folder:
        answers = Path(folder) / "answers.jsonl"
        answers.write_text("\n".join(lines) + "\n", encoding="utf-8")
        echo = (
            "import json, sys\n"
            "out = sys.stdout.write\n"
            "for line in sys.stdin:\n"
            "    record = json.loads(line); record['verdict'] = 'correct'\n"
            "    out(json.dumps(record, ensure_ascii=False) + '\\n')\n"
        )
        commands = {
            "grade": [sys.executable, "-m", "newsquiz", "grade", str(PACKS[pack]), str(answers)],
            "echo": [sys.executable, "-c", echo],
        }
        rates = {}
        for name, command in commands.items():
            best = float("inf")
            for _ in range(3):
                with answers.open("rb") as source:
                    start = time.perf_counter()
                    done = subprocess.run(command, stdin=source, stdout=subprocess.PIPE, check=True)
                    best = min(best, time.perf_counter() - start)
                assert done.stdout.count(b"\n") == count
            rates[name] = count / best
    return rates["grade"], rates["echo"]


packs_loaded: dict[str, Pack] = {}


def unseen_group(folder: Path) -> int:
    """A group kept out of the bench so that no `--show-misses` run prints its misses:
    its figures per article and in all, beside the baselines, and nothing else."""
    packs = {pack.name: load_pack(pack) for pack in sorted(folder.iterdir()) if pack.is_dir()}
    graders: list[tuple[str, Callable[[Question, str], str]]] = [
        ("newsquiz grader, kinds written", project(lambda q: q)),
        ("exact match", exact),
        ("SQuAD normalised exact match", squad),
        ("rapidfuzz WRatio >= 85", wratio),
    ]
    every: list[Row] = []
    for labels in sorted(folder.glob("*.jsonl")):
        rows = load_rows(labels, packs)
        every += rows
        print(f"unseen article {labels.stem}: {len(rows)} answers")
        report(rows, graders[:1], False)
    if not every:  # packs whose labels are not written yet
        print(f"UNSEEN GROUP {folder.name}: no labelled answers (no <pack>.jsonl beside the packs)")
        return 1
    print(f"UNSEEN GROUP {folder.name}: {len(every)} answers")
    report(every, graders, False)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000, help="batch size for speed")
    parser.add_argument("--show-misses", action="store_true", help="list disagreements")
    parser.add_argument("--dev-only", action="store_true", help="leave the held-out articles out")
    parser.add_argument("--no-speed", action="store_true", help="agreement figures only")
    parser.add_argument(
        "--unseen",
        metavar="FOLDER",
        type=Path,
        help="figures (never misses) of a group kept out of the bench: its packs and .jsonl",
    )
    args = parser.parse_args()
    if args.unseen is not None:
        return unseen_group(args.unseen)
    packs_loaded.update({name: load_pack(path) for name, path in PACKS.items()})
    packs = packs_loaded
    graders: list[tuple[str, Callable[[Question, str], str]]] = [
        ("newsquiz grader, kinds written", project(lambda q: q)),
        ("newsquiz grader, kinds omitted", project(without_kind)),
        ("exact match", exact),
        ("SQuAD normalised exact match", squad),
        ("rapidfuzz WRatio >= 85", wratio),
    ]

    def table(title: str, rows: list[Row], source: str) -> None:
        questions = len({(r.question.id, id(r.question)) for r in rows})
        print(f"{title}: {len(rows)} answers over {questions} questions ({source})")
        report(rows, graders, args.show_misses)

    seed_sets = (
        ("seed: labelled set (tuned on)", LABELS),
        ("seed: held-out 1 (labelled after tuning)", HELD_OUT),
        ("seed: held-out 2 (misses fixed by general rules)", HELD_OUT_2),
        ("seed: held-out 3, never tuned on", HELD_OUT_3),
    )
    seed_rows: list[Row] = []
    for title, labels in seed_sets:
        rows = load_rows(labels, packs)
        seed_rows += [r for r in rows if r.question in packs[SEED].questions]
        table(title, rows, labels.name)
    table("seed pack, every set", seed_rows, SEED)
    print("  targets: seed pack >= 99% agreement, 0 false accepts")
    for labels in sorted(CLASSES.glob("*.jsonl")):
        table(f"class set {labels.stem}", load_rows(labels, packs), labels.name)
    groups: dict[str, list[Row]] = {"dev": [], "seen": [], "held-out": []}
    for labels in sorted(ARTICLES.glob("*.jsonl")):
        group = (
            "held-out"
            if labels.stem in HELD_OUT_ARTICLES
            else "seen"
            if labels.stem in SEEN_AFTER_FIRST_FIGURE
            else "dev"
        )
        if group == "held-out" and args.dev_only:
            continue
        rows = load_rows(labels, packs)
        groups[group] += rows
        table(f"{group} article {labels.stem}", rows, labels.name)
    table("dev articles (changes were made for these)", groups["dev"], "articles/*.jsonl")
    table(
        "articles held out until their first figure, then looked at",
        groups["seen"],
        ", ".join(SEEN_AFTER_FIRST_FIGURE),
    )
    if not args.dev_only and HELD_OUT_ARTICLES:
        table(
            "HELD-OUT ARTICLES (never tuned on)", groups["held-out"], ", ".join(HELD_OUT_ARTICLES)
        )
        print(
            "  targets: >= 97% agreement, false accepts <= 0.5% of the answers labelled"
            " wrong, none on number, date, money and duration questions"
        )
    if args.no_speed:
        return 0
    rate = throughput(packs[SEED], seed_rows, args.answers)
    print(
        f"newsquiz grade, in process: {rate:,.0f} answers/s on one core "
        f"({args.answers:,} generated JSON lines, start-up excluded)"
    )
    # The grader remembers answers it has graded; graded afresh every time, for the floor:
    remembered = grader_module._SEEN_LIMIT
    grader_module._SEEN_LIMIT = 0
    grader_module._cache.clear()
    rate = throughput(packs[SEED], seed_rows, args.answers)
    grader_module._SEEN_LIMIT = remembered
    print(f"newsquiz grade, in process, no answer remembered: {rate:,.0f} answers/s")
    grade_rate, echo_rate = whole_process(SEED, seed_rows, args.answers)
    print(
        f"newsquiz grade, whole process: {grade_rate:,.0f} answers/s "
        f"(baseline, reading and writing the same JSON without grading: {echo_rate:,.0f}/s;"
        " target >= 20,000)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
