#!/usr/bin/env python3
"""Builds Dyad's actor knowledge base (actors.tsv) from open sources.

    python3 tools/actors/build.py [--shared ../shared] [--out dyad-core/src/main/resources/org/dyad/actors/actors.tsv]

Reads, at build time only:
  ../shared/data/phoenix-dictionaries/Phoenix.Countries.actors.txt   people with dated roles (MIT)
  ../shared/data/phoenix-dictionaries/Phoenix.International.actors.txt IGOs, NGOs, companies, media (MIT)
  ../shared/data/phoenix-dictionaries/Phoenix.MilNonState.actors.txt  armed non-state groups (MIT)
  ../shared/data/ucdp-actors/ucdp-actor-221.csv                         armed groups (CC BY 4.0)
  tools/actors/actors-facts.tsv                                         hand-reviewed facts with sources
and writes one TSV row per actor (format: the README next to the output). Deterministic: same
inputs, same bytes. Prints row counts and every input line it could not read.
"""
import argparse
import csv
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HEADER = "# source\tkind\tname\taliases\troles\tlicence"

# Gleditsch-Ward state numbers (as used by UCDP) to ISO 3166-1 alpha-3. Historical states map to
# their successor (Yugoslavia -> SRB, North/South Vietnam -> VNM, Hyderabad -> IND).
GW_ISO3 = {
    2: "USA", 20: "CAN", 40: "CUB", 41: "HTI", 42: "DOM", 51: "JAM", 52: "TTO", 55: "GRD", 70: "MEX",
    90: "GTM", 91: "HND", 92: "SLV", 93: "NIC", 94: "CRI", 95: "PAN", 100: "COL", 101: "VEN",
    110: "GUY", 115: "SUR", 130: "ECU", 135: "PER", 140: "BRA", 145: "BOL", 150: "PRY", 155: "CHL",
    160: "ARG", 165: "URY", 200: "GBR", 205: "IRL", 210: "NLD", 211: "BEL", 220: "FRA", 225: "CHE",
    230: "ESP", 235: "PRT", 260: "DEU", 290: "POL", 305: "AUT", 310: "HUN", 316: "CZE", 317: "SVK",
    325: "ITA", 339: "ALB", 341: "MNE", 343: "MKD", 344: "HRV", 345: "SRB", 346: "BIH", 347: "KSV",
    349: "SVN", 350: "GRC", 352: "CYP", 355: "BGR", 359: "MDA", 360: "ROU", 365: "RUS", 366: "EST",
    367: "LVA", 368: "LTU", 369: "UKR", 370: "BLR", 371: "ARM", 372: "GEO", 373: "AZE", 375: "FIN",
    380: "SWE", 385: "NOR", 390: "DNK", 404: "GNB", 411: "GNQ", 420: "GMB", 432: "MLI", 433: "SEN",
    434: "BEN", 435: "MRT", 436: "NER", 437: "CIV", 438: "GIN", 439: "BFA", 450: "LBR", 451: "SLE",
    452: "GHA", 461: "TGO", 471: "CMR", 475: "NGA", 481: "GAB", 482: "CAF", 483: "TCD", 484: "COG",
    490: "COD", 500: "UGA", 501: "KEN", 510: "TZA", 516: "BDI", 517: "RWA", 520: "SOM", 522: "DJI",
    530: "ETH", 531: "ERI", 540: "AGO", 541: "MOZ", 551: "ZMB", 552: "ZWE", 553: "MWI", 560: "ZAF",
    565: "NAM", 570: "LSO", 571: "BWA", 572: "SWZ", 580: "MDG", 581: "COM", 600: "MAR", 615: "DZA",
    616: "TUN", 620: "LBY", 625: "SDN", 626: "SSD", 630: "IRN", 640: "TUR", 645: "IRQ", 651: "EGY",
    652: "SYR", 660: "LBN", 663: "JOR", 666: "ISR", 670: "SAU", 678: "YEM", 679: "YEM", 680: "YEM",
    690: "KWT", 692: "BHR", 694: "QAT", 696: "ARE", 698: "OMN", 700: "AFG", 701: "TKM", 702: "TJK",
    703: "KGZ", 704: "UZB", 705: "KAZ", 710: "CHN", 712: "MNG", 713: "TWN", 731: "PRK", 732: "KOR",
    740: "JPN", 750: "IND", 751: "IND", 760: "BTN", 770: "PAK", 771: "BGD", 775: "MMR", 780: "LKA",
    790: "NPL", 800: "THA", 811: "KHM", 812: "LAO", 816: "VNM", 817: "VNM", 820: "MYS", 830: "SGP",
    835: "BRN", 840: "PHL", 850: "IDN", 860: "TLS", 900: "AUS", 910: "PNG", 920: "NZL", 940: "SLB",
    950: "FJI",
}

# UCDP "Org" values: 1 formally organised armed group, 3 ethnic/clan/religious/tribal group.
UCDP_SECTOR = {"1": "REB", "3": "ETH"}

# Short UCDP names that are acronyms of something else in today's news (the 1940s "PLA" rebels are
# not China's army); their full English names are still used.
ACRONYM = re.compile(r"^[A-Z0-9&'.\-()\[\] ]{1,8}$")

WARNINGS = []

LEXICON = os.path.join(ROOT, "dyad-core/src/main/resources/org/dyad/lexicon")


def generic_words():
    """One-word names a group of the sources must not have: country names, aliases and adjectives
    ("Greece", "Indian"), and the lower-case words of Dyad's sector lexicon ("union", "elements"):
    in news text they name a country or a kind of body, not that group."""
    words = set()
    with open(os.path.join(LEXICON, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for col in cols[2:5]:
                words.update(w.strip().lower() for w in col.split("|") if w.strip() and " " not in w.strip())
    with open(os.path.join(LEXICON, "sectors.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            phrase = line.split("\t")[0].strip()
            if " " not in phrase:
                words.add(phrase.lower())
                words.add(phrase.lower() + "s")
    return words


def warn(msg):
    WARNINGS.append(msg)


def phoenix_date(digits):
    """PETRARCH dates: YYMMDD (YY <= 30 means 20YY) or YYYYMMDD."""
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = ("20" if yy <= 30 else "19") + digits
    if len(digits) != 8:
        raise ValueError("bad date " + digits)
    return datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def phoenix_role(inside):
    """'RUSGOV 000507-080507' / 'RUSGOV >120507' / 'RUSGOV <950601' / 'RUSELI' -> 'CODE@from..to'."""
    m = re.match(r"^\s*([A-Za-z-]+)\s*(.*?)\s*$", inside)
    if not m:
        raise ValueError("unreadable code [" + inside + "]")
    code, rest = m.group(1).upper(), m.group(2).replace(" ", "")
    if not rest:
        return code
    if rest.startswith(">"):
        return "%s@%s.." % (code, phoenix_date(rest[1:]) + datetime.timedelta(days=1))
    if rest.startswith("<"):
        return "%s@..%s" % (code, phoenix_date(rest[1:]) - datetime.timedelta(days=1))
    a, _, b = rest.partition("-")
    return "%s@%s..%s" % (code, phoenix_date(a), phoenix_date(b))


def display(name):
    """'VLADIMIR_V._PUTIN_' -> 'Vladimir V. Putin'; keeps short all-capital acronyms."""
    words = [w for w in re.split(r"[_\s]+", name.strip()) if w]
    out = []
    for w in words:
        if len(w) <= 4 and w.isalpha() and w.isupper() and (len(words) == 1 or not re.search(r"[AEIOUY]", w)):
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def clean_names(raw):
    """One dictionary name field -> display names; '(AAIA)' becomes its own alias, stray '+' split."""
    names = []
    for part in raw.split("+"):
        part = part.strip().strip("_").strip()
        if not part:
            continue
        m = re.search(r"\(([A-Za-z.]{2,10})\)", part)
        if m:
            names.append(display(m.group(1)))
            part = (part[:m.start()] + part[m.end():]).strip("_ ")
        if part:
            names.append(display(part))
    return names


def read_phoenix(path, kind_of, only_people):
    """Yields (line, names, roles) entries of a TABARI/PETRARCH actor file.

    A head name with no code line directly followed by another head of the same surname is merged
    into it (the file lists spelling variants that way, e.g. DMITRY_MEDVEDEV_ then DMITR_MEDVEDEV_
    with the codes); any other code-less head is skipped with a warning."""
    base = os.path.basename(path)
    entries = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for no, line in enumerate(f, 1):
            line = line.replace("\ufeff", "")
            text = line.split("#", 1)[0].rstrip()
            comment = line.split("#", 1)[1] if "#" in line else ""
            if not text.strip():
                continue
            t = text.strip()
            if t.startswith("["):
                if cur is not None:
                    add_codes(cur, t, base, no)
                continue
            synonym = t.startswith("+")
            if synonym:
                t = t[1:]
            name, bracket = (t.split("[", 1) + [""])[:2]
            if not synonym:
                if cur is not None and not cur["coded"] and cur["merge"] and same_surname(cur["names"], name):
                    cur["line"] = no  # a code-less spelling variant folds into the next head
                    cur["merge"] = "CountryInfo" in comment or not only_people
                else:
                    if cur is not None:
                        entries.append(cur)
                    cur = {"line": no, "names": [], "roles": [], "coded": False,
                           "merge": "CountryInfo" in comment or not only_people,
                           "person": "CountryInfo" in comment}
            if cur is None:
                continue
            cur["names"].extend(clean_names(name))
            if bracket:
                add_codes(cur, "[" + bracket, base, no)
    if cur is not None:
        entries.append(cur)
    for e in entries:
        if only_people and not e["person"]:
            continue
        if not e["roles"]:
            warn("%s:%d: %s has no code; skipped" % (base, e["line"], e["names"][:1]))
            continue
        names = list(dict.fromkeys(n for n in e["names"] if n))
        if names:
            yield e["line"], names, e["roles"], kind_of(e["roles"])


def same_surname(names, head):
    """DMITRY_MEDVEDEV_ then DMITR_MEDVEDEV_: two spellings of one person, not two people."""
    new = clean_names(head)
    return bool(names) and bool(new) and names[0].split()[-1].lower() == new[0].split()[-1].lower()


def add_codes(entry, text, base, no):
    entry["coded"] = True
    for inside in re.findall(r"\[([^\]]*)\]", text):
        try:
            role = phoenix_role(inside)
        except ValueError as err:
            warn("%s:%d: %s" % (base, no, err))
            continue
        entry["roles"].append(company_role(role))


def company_role(role):
    """PETRARCH's MNC<country><sectors> (multinational company) becomes <country>BUS<sectors>."""
    code, at, dates = role.partition("@")
    if code.startswith("MNC"):
        rest = code[3:]
        country = rest[:3] if len(rest) >= 3 and rest[:3] not in ("BUS", "MED", "HLH", "AGR", "EDU") else ""
        sectors = rest[len(country):]
        code = (country or "---") + "BUS" + sectors.replace("BUS", "")
    return code + at + dates


def international_kind(roles):
    code = roles[0].split("@")[0]
    if code[3:6] == "BUS" or code.startswith("---BUS"):
        return "COMPANY"
    return "ORG"


def read_ucdp(path):
    base = os.path.basename(path)
    with open(path, encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            sector = UCDP_SECTOR.get(row["Org"])
            if sector is None:
                continue
            gws = [g.strip() for g in row["GWNOLoc"].split(",") if g.strip()]
            country = GW_ISO3.get(int(gws[0])) if gws else None
            if gws and country is None:
                warn("%s: ActorId %s: Gleditsch-Ward number %s has no ISO-3 code" % (base, row["ActorId"], gws[0]))
            names = []
            for col in ("NameData", "NameOrigFullEng", "NewName", "NewNameFullEng"):
                v = re.sub(r"\s*\[[^\]]*\]", "", row.get(col, "") or "").strip()
                if not v or v.lower() == "n/a" or v.startswith(("Government of", "Military faction", "Republic of")):
                    continue
                if ACRONYM.match(v) or "(" in v or "," in v:
                    continue  # acronyms collide with today's names; parenthesised forms are notes
                names.append(v)
            names = list(dict.fromkeys(names))
            if names:
                code = (country or "---") + sector
                yield "%s:ActorId=%s" % (base, row["ActorId"]), names, [code], "GROUP"


def read_facts(path):
    """actors-facts.tsv: kind, name, aliases, code, from, to, office, source, reviewed."""
    base = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 9:
                warn("%s:%d: expected 9 tab-separated fields, got %d; skipped" % (base, no, len(cols)))
                continue
            kind, name, aliases, code, start, end, office, source, reviewed = cols
            if not reviewed.strip():
                warn("%s:%d: not marked reviewed; skipped" % (base, no))
                continue
            for d in (start, end):
                if d:
                    datetime.date.fromisoformat(d)
            role = code if not (start or end) else "%s@%s..%s" % (code, start, end)
            if office:
                role += "=" + office.replace(" ", "_")
            names = [name] + [a for a in aliases.split("|") if a]
            yield "%s:%d" % (base, no), names, [role], kind, source


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(ROOT, "dyad-core/src/main/resources/org/dyad/actors/actors.tsv"))
    args = ap.parse_args()
    phx = os.path.join(args.shared, "data", "phoenix-dictionaries")
    ucdp = os.path.join(args.shared, "data", "ucdp-actors", "ucdp-actor-221.csv")
    rows = []
    counts = {}

    generic = generic_words()

    def add(source, kind, names, roles, licence):
        clean = [re.sub(r"\s+", " ", n).replace("|", "/").strip() for n in names]
        clean = list(dict.fromkeys(n for n in clean if n))
        if kind != "PERSON" and not source.startswith("actors-facts.tsv"):
            # a one-word name that only begins a longer one of the same row ("Union" of "Union of
            # Democratic Forces for Unity") is a truncation, as generic as the word itself
            truncated = {n for n in clean if re.fullmatch(r"[A-Z][a-z]+", n)
                         and any(m.startswith((n + " of ", n + " for ")) for m in clean)}
            kept = [n for n in clean if " " in n or n.lower() not in generic and n not in truncated]
            for n in clean:
                if n not in kept:
                    warn("%s: one-word name '%s' is a country or sector word, or a truncation; dropped" % (source, n))
            if not kept:
                return
            clean = kept
        rows.append("\t".join([source, kind, clean[0], "|".join(clean[1:]), " ".join(roles), licence]))
        counts[source.split(":")[0]] = counts.get(source.split(":")[0], 0) + 1

    for line, names, roles, kind, source in read_facts(os.path.join(HERE, "actors-facts.tsv")):
        add(line, kind, names, roles, "fact: " + source)
    for line, names, roles, kind in read_phoenix(os.path.join(phx, "Phoenix.Countries.actors.txt"),
                                                 lambda r: "PERSON", True):
        add("Phoenix.Countries.actors.txt:%d" % line, kind, names, roles, "MIT")
    for line, names, roles, kind in read_phoenix(os.path.join(phx, "Phoenix.International.actors.txt"),
                                                 international_kind, False):
        add("Phoenix.International.actors.txt:%d" % line, kind, names, roles, "MIT")
    for line, names, roles, kind in read_phoenix(os.path.join(phx, "Phoenix.MilNonState.actors.txt"),
                                                 lambda r: "GROUP", False):
        add("Phoenix.MilNonState.actors.txt:%d" % line, kind, names, roles, "MIT")
    for source, names, roles, kind in read_ucdp(ucdp):
        add(source, kind, names, roles, "CC-BY-4.0")

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n")
        for r in rows:
            f.write(r + "\n")
    for k in sorted(counts):
        print("%-36s %6d rows" % (k, counts[k]))
    print("%-36s %6d rows -> %s" % ("total", len(rows), os.path.relpath(args.out, ROOT)))
    for w in WARNINGS:
        print("warning: " + w, file=sys.stderr)


if __name__ == "__main__":
    main()
