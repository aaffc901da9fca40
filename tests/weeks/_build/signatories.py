"""Signatory lists written for this corpus."""

KNOWN = [
 "ALTSEAN-Burma", "All Arakan Students' and Youths' Congress", "Arakan Rohingya National Organisation",
 "Asia Democracy Network", "Asian Forum for Human Rights and Development (FORUM-ASIA)",
 "Assistance Association for Political Prisoners", "Athan", "Blood Money Campaign", "Burma Action Ireland",
 "Burma Campaign UK", "Burma Human Rights Network", "Burma Task Force", "Burmese Rohingya Organisation UK",
 "Burmese Women's Union", "Chin Human Rights Organization", "Dawei Development Association", "Equality Myanmar",
 "Free Expression Myanmar", "Future Light Center", "Human Rights Educators Network",
 "Human Rights Foundation of Monland", "Info Birmanie", "Justice For Myanmar", "Kachin Women's Association Thailand",
 "Karen Human Rights Group", "Karen Peace Support Network", "Karen Student Network Group", "Karen Women's Organization",
 "Karenni Human Rights Group", "Karenni National Women's Organization", "Pa-O Youth Organization", "Progressive Voice",
 "Shan Human Rights Foundation", "Shan Women's Action Network", "Swedish Burma Committee", "Ta'ang Women's Organization",
 "Tavoyan Women's Union", "US Campaign for Burma", "Women's League of Burma", "Women's Peace Network",
]
TOWNS = ["Ayadaw", "Bago", "Bhamo", "Budalin", "Chauk", "Dawei", "Demoso", "Falam", "Gangaw", "Hakha", "Hinthada",
         "Hpruso", "Hsipaw", "Kale", "Kani", "Kyaukme", "Kyauktaw", "Lashio", "Loikaw", "Magway", "Mandalay",
         "Matupi", "Mawlamyine", "Meiktila", "Mindat", "Mogok", "Monywa", "Myaung", "Myeik", "Myingyan", "Myitkyina",
         "Pakokku", "Pale", "Pathein", "Pyay", "Salingyi", "Sittwe", "Taunggyi", "Taungdwingyi", "Thantlang", "Ye",
         "Yinmabin", "Yamethin", "Launglon", "Thayetchaung", "Tedim", "Kawkareik", "Hpa-an", "Myawaddy", "Mudon",
         "Thaton", "Kyaikto", "Hopong", "Namhsan", "Kutkai", "Mohnyin", "Waingmaw", "Puta-O", "Kalewa", "Tamu",
         "Homalin", "Khin-U"]
KINDS = ["Youth Network", "Women's Group", "Teachers' Union", "General Strike Committee", "Civil Society Network",
         "Students' Union", "Health Workers' Association", "Community Development Group"]


def open_letter_112():
    names = list(KNOWN)
    i = 0
    while len(names) < 112:
        t = TOWNS[i % len(TOWNS)]
        k = KINDS[(i * 3 + i // len(TOWNS)) % len(KINDS)]
        n = "%s %s" % (t, k)
        if n not in names:
            names.append(n)
        i += 1
    known = sorted(names[:len(KNOWN)], key=str.casefold)
    local = sorted(names[len(KNOWN):], key=str.casefold)
    return sorted(known + local, key=str.casefold)


SAGAING_WOMEN = [
 "Monywa Women's Network", "Kani Women's Union", "Yinmabin Women for Federal Democracy", "Salingyi Women's Group",
 "Pale Township Women's Association", "Budalin Women's Strike Group", "Ayadaw Women's Network", "Chaung-U Women's Group",
 "Kale Women's Organization", "Tamu Women's Network", "Shwebo Women for Democracy", "Depayin Women's Union",
 "Myinmu Women's Network", "Sagaing Women's Forum",
]
