#!/usr/bin/env python3
"""Make data/verbforms.tsv, the conjugated forms of the cue verbs of
data/verbs.tsv, from the conjugation tables of Debian's verbiste:

    python3 data/gen-verbforms.py data/verbs.tsv > data/verbforms.tsv

A verb is written once, as an infinitive with the words that follow it
("recevoir en audience", "s'entretenir avec"); this script writes every
form the press uses of it, in the layout of events.tsv, for mc-extract.
A verb verbiste does not know is conjugated as the longest end of it that
it knows ("coprésider" as "présider").  Standard library only; needs the
french-conjugator program of the verbiste package.
"""
import subprocess
import sys

# The verbs before an infinitive that announce a meeting: "va recevoir",
# "doit rencontrer", "devrait s'entretenir" (not "devait", which as often
# tells of one that did not take place).
FUTURE_AUX = (("aller", "indicative present"), ("devoir", "indicative present"),
              ("devoir", "conditional present"))
TENSES = ("past", "we", "i", "pluperfect", "present", "future", "imperfect", "passive", "plural", "singular", "participle", "infinitive", "purpose", "adjective")
ELIDE = "aeiouyhéèêàâîôû"
_cache = {}


def conjugate(inf):
    """verbiste's table of inf: {section: [forms]}, or None."""
    if inf in _cache:
        return _cache[inf]
    out = subprocess.run(["french-conjugator", inf], capture_output=True, text=True).stdout
    table, sec = {}, None
    for line in out.splitlines():
        if line.startswith("- "):
            sec = line[2:].rstrip(":")
            table[sec] = []
        elif line and line != "-" and sec:
            table[sec].append(line)
    table = table if table.get("participle past") else None
    _cache[inf] = table
    return table


def table_of(inf):
    """The table of inf, or of its longest known end with the rest prefixed."""
    t = conjugate(inf)
    if t:
        return t
    for i in range(1, len(inf) - 3):
        t = conjugate(inf[i:])
        if t:
            pre = inf[:i]
            return {k: [pre + f for f in v] for k, v in t.items()}
    sys.exit(f"gen-verbforms.py: verbiste does not conjugate '{inf}'")


def se(form, we=False):
    """The reflexive pronoun before a form: s'est, se sont, nous sommes."""
    if we:
        return "nous " + form
    return ("s'" + form) if form[0] in ELIDE else ("se " + form)


def forms(phrase, tenses, etre):
    """Every form of the phrase: (form, of the present tense, s or p, or
    "purpose" for the infinitive of a trip's purpose)."""
    words = phrase.split(" ")
    refl = False
    if words[0] == "se":
        refl, words = True, words[1:]
    elif words[0].startswith("s'"):
        refl, words = True, [words[0][2:]] + words[1:]
    inf, rest = words[0], (" " + " ".join(words[1:])) if len(words) > 1 else ""
    t = table_of(inf)
    pres, fut, imp = t["indicative present"], t["indicative future"], t["indicative imperfect"]
    pp = t["participle past"]          # m.sg, m.pl, f.sg, f.pl
    be = refl or etre

    def simple(f):
        return se(f) if refl else f

    # compound tenses: with être the participle agrees with the subject
    pp_sg, pp_pl = ((pp[0], pp[2]), (pp[1], pp[3])) if be else ((pp[0],), (pp[0],))
    aux = []
    if "past" in tenses:
        aux += [("est", "sont")] if be else [("a", "ont")]
    if "pluperfect" in tenses:
        aux += [("était", "étaient")] if be else [("avait", "avaient")]
    out = []
    for sg, pl in aux:
        out += [(simple(sg) + " " + p + rest, 0, "s") for p in pp_sg]
        out += [(simple(pl) + " " + p + rest, 0, "p") for p in pp_pl]
    if "we" in tenses:
        we = (se("sommes", True) if refl else "sommes") if be else "avons"
        out += [(we + " " + p + rest, 0, "p") for p in pp_pl]
    if "i" in tenses:
        # the first person of a quoted official: "j'ai reçu", "je me
        # suis entretenu"; its subject is the one quoted
        i_aux = ("me suis" if refl else "suis") if be else "ai"
        out += [(i_aux + " " + p + rest, 0, "i") for p in pp_sg]
    if "present" in tenses:
        out += [(simple(pres[2]) + rest, 1, "s"), (simple(pres[5]) + rest, 1, "p")]
    if "future" in tenses:
        out += [(simple(fut[2]) + rest, 0, "s"), (simple(fut[5]) + rest, 0, "p")]
        full = (se(inf) if refl else inf) + rest
        for aux, mood in FUTURE_AUX:
            forms = conjugate(aux)[mood]
            out += [(forms[2] + " " + full, 0, "s"), (forms[5] + " " + full, 0, "p")]
    if "imperfect" in tenses:
        out += [(simple(imp[2]) + rest, 0, "s"), (simple(imp[5]) + rest, 0, "p")]
    if "passive" in tenses:
        for sg, pl, head in (("a été", "ont été", 0), ("sera", "seront", 0),
                             ("était", "étaient", 0), ("est", "sont", 1)):
            out += [(sg + " " + pp[0] + rest, head, "s"), (sg + " " + pp[2] + rest, head, "s"),
                    (pl + " " + pp[1] + rest, head, "p"), (pl + " " + pp[3] + rest, head, "p")]
        if rest:
            out += [(p + rest, 1, n) for p, n in zip(pp, "spsp")]
    if "infinitive" in tenses:
        # the perfect infinitive: "après avoir reçu", "après s'être entretenus"
        if be:
            out += [((se("être") if refl else "être") + " " + p + rest, 0, "") for p in pp]
        else:
            out += [("avoir " + pp[0] + rest, 0, "")]
        # what the subject did next, told in the tense of the clause
        # before: "a été reçu par X, avant de rencontrer Y"
        full = (se(inf) if refl else inf) + rest
        out += [(("avant d'" if full[0] in ELIDE else "avant de ") + full, 0, "")]
    if "participle" in tenses:
        out += [(simple(t["participle present"][0]) + rest, 0, "")]
    if "adjective" in tenses:
        # the past participle alone, as an adjective: "(un communiqué)
        # publié, diffusée"
        out += [(p + rest, 0, "") for p in pp]
    if "purpose" in tenses:
        # the infinitive of a trip's purpose: "a quitté Nouakchott pour
        # participer à", "afin de prendre part au sommet"
        full = (se(inf) if refl else inf) + rest
        out += [("pour " + full, 0, "purpose"),
                (("afin d'" if full[0] in ELIDE else "afin de ") + full, 0, "purpose")]
    if "plural" in tenses:
        out = [o for o in out if o[2] == "p"]
    if "singular" in tenses:
        out = [o for o in out if o[2] != "p"]
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen-verbforms.py data/verbs.tsv > data/verbforms.tsv")
    adverbs, cues, nouns = [], [], set()
    for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if f[1] == "ADVERB":
            adverbs.append(f[0])
            continue
        if f[1] == "NOUN":
            nouns.add(f[0])
            continue
        if len(f) != 5:
            sys.exit(f"{sys.argv[1]}:{n}: expected phrase<TAB>TYPE<TAB>value<TAB>flags<TAB>tenses")
        tenses = f[4].split(",")
        for x in tenses:
            if x not in TENSES:
                sys.exit(f"{sys.argv[1]}:{n}: unknown tense '{x}'")
        flags = [x for x in f[3].split(",") if x and x != "-"]
        etre = "être" in flags
        flags = [x for x in flags if x != "être"]
        cues.append((n, f[0], f[1], f[2], flags, tenses, etre))
    print("# Made by data/gen-verbforms.py from data/verbs.tsv and verbiste's")
    print("# conjugation tables: edit data/verbs.tsv, not this file.")
    print("\n# words mc-extract reads past inside a cue (\"a également reçu\")")
    for a in adverbs:
        print(f"{a}\tADVERB\t-")
    seen = {}
    for n, phrase, typ, value, flags, tenses, etre in cues:
        print(f"\n# {phrase} ({', '.join(tenses)})")
        # what is still to come: "recevra", "va recevoir", "sera reçu par"
        number = [x for x in tenses if x in ("plural", "singular")]
        ahead = set()
        if "future" in tenses:
            ahead |= {f for f, _, _ in forms(phrase, ["future"] + number, etre)}
        if "passive" in tenses:
            ahead |= {f for f, _, _ in forms(phrase, ["passive"] + number, etre)
                      if f.startswith(("sera ", "seront "))}
        made = forms(phrase, tenses, etre)
        # a phrase that ends on "de" elides it before a vowel: "a eu la
        # visite d'Antonio"
        made += [(f[:-2] + "d'", h, k) for f, h, k in made if f.endswith(" de")]
        for form, head, kind in made:
            fl = flags + (["head"] if head and "head" not in flags else [])
            fl += ["purpose"] if kind == "purpose" else []
            fl += ["future"] if form in ahead else []
            if form in nouns:
                continue
            key = (form.replace("’", "'"), typ)
            if key in seen:
                if seen[key] != value:
                    sys.exit(f"{sys.argv[1]}:{n}: '{form}' is also a {typ} of value {seen[key]}")
                continue
            seen[key] = value
            print(f"{form}\t{typ}\t{value}" + (f"\t{','.join(fl)}" if fl else ""))


main()
