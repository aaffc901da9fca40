"""Signatory lists for the coalition's joint statements (plausible names, made for this corpus)."""

PLACES = ["Yangon", "Mandalay", "Sagaing", "Monywa", "Kalay", "Hakha", "Falam", "Mindat", "Myitkyina", "Bhamo",
          "Hpakant", "Lashio", "Taunggyi", "Hsipaw", "Kyaukme", "Loikaw", "Demoso", "Hpa-an", "Myawaddy", "Mawlamyine",
          "Dawei", "Myeik", "Pathein", "Hinthada", "Bago", "Taungoo", "Pyay", "Magway", "Pakokku", "Minbu",
          "Sittwe", "Kyaukphyu", "Thandwe", "Meiktila", "Myingyan", "Kyaukse", "Shwebo", "Kani", "Tamu", "Mogok",
          "Tachileik", "Kengtung", "Dala", "Hlaingthaya", "Insein", "Thingangyun", "Tamwe", "Kamayut", "Sanchaung",
          "Chanmyathazi", "Pyinmana", "Katha", "Homalin", "Ye-U", "Salin", "Chauk", "Yenangyaung", "Nyaung-U", "Aunglan",
          "Thayet", "Maubin", "Pyapon", "Labutta", "Bogale", "Myaungmya", "Thaton", "Bilin", "Kawkareik", "Ye", "Launglon"]

KINDS = ["Youth Network", "Students' Union", "Women's Group", "Strike Committee", "Teachers' Union", "Civil Society Network",
         "Farmers' Union", "Workers' Solidarity Group", "Social Development Association", "Human Rights Defenders Group",
         "Interfaith Youth Group", "Community Library Group"]

REGIONAL = [
    "ALTSEAN-Burma", "Asian Forum for Human Rights and Development (FORUM-ASIA)", "Asia Democracy Network",
    "Burma Campaign UK", "Progressive Voice", "Women's League of Burma", "Karen Human Rights Group",
    "Chin Human Rights Organization", "Kachin Women's Association Thailand", "Ta'ang Women's Organization",
    "Human Rights Foundation of Monland", "Network for Human Rights Documentation – Burma", "Fortify Rights",
    "Justice For Myanmar", "Athan", "Generation Wave", "All Burma Federation of Student Unions",
    "Confederation of Trade Unions of Myanmar", "Action Committee for Democracy Development", "Burma Human Rights Network",
    "Assistance Association for Political Prisoners", "US Campaign for Burma", "Info Birmanie", "Burma Action Ireland",
    "Progressive Voice Ireland Support Group", "Cambodian Center for Human Rights", "KontraS", "Human Rights Working Group (Indonesia)",
    "Centre for Independent Journalism (Malaysia)", "Suara Rakyat Malaysia (SUARAM)",
]


def many(n, skip=()):
    """`n` distinct names: regional and international organisations first, then local groups."""
    out = [x for x in REGIONAL if x not in skip]
    seen = set(out)
    for j in range(len(KINDS)):
        for pi, place in enumerate(PLACES):
            name = "%s %s" % (place, KINDS[(j + pi) % len(KINDS)])
            if name not in seen and len(out) < n:
                out.append(name)
                seen.add(name)
    if len(out) < n:
        raise SystemExit("not enough names")
    return out[:n]


KARENNI_37 = [
    "Karenni Civil Society Network", "Karenni Human Rights Group", "Karenni Evergreen", "Karenni Social Welfare and Development Centre",
    "Karenni National Youth Organization", "Karenni Students' Union", "Kayan Women's Organization", "Karenni National Women's Organization",
    "Loikaw Youth Network", "Demoso Youth Group", "Hpruso Township Strike Committee", "Bawlakhe Youth Association",
    "Shadaw Community Development Group", "Mese Township Youth Network", "Hpasawng Women's Group", "Karenni Education Network",
    "Karenni Health Workers Union", "Kayah Baptist Youth Fellowship", "Loikaw Catholic Youth Group", "Kayanthayar Relief Committee",
    "Karenni Farmers' Union", "Karenni Teachers' Strike Committee", "Demoso Township Strike Committee", "Loikaw University Students' Union",
    "Kayah State Environmental Network", "Karenni Legal Aid Group", "Kayan New Generation Youth", "Geba Youth Network",
    "Karenni Refugee Committee Youth Wing", "Hoya Community Group", "Karenni Literature and Culture Committee", "Pekhon Youth Network",
    "Karenni Mobile Health Committee", "Kayah Monks' Union", "Karenni Artists' Association", "Loikaw Women's Rights Group",
    "Karenni Community Media Group",
]
assert len(KARENNI_37) == 37 and len(set(KARENNI_37)) == 37
