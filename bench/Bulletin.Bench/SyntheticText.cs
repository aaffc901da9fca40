namespace Bulletin.Bench;

/// <summary>
/// Deterministic newsroom-like text in English and Burmese: titles, sentences and organisation names,
/// so parsers see the scripts, lengths and punctuation real statements have.
/// </summary>
internal sealed class SyntheticText(int seed)
{
    private static readonly string[] Places = ["Sagaing Region", "Magway Region", "Rakhine State", "Kachin State", "Karenni State", "Depayin Township", "Mandalay", "Shan State", "Chin State", "Tanintharyi Region"];
    private static readonly string[] Subjects =
    [
        "the airstrike on a school", "the killing of civilians", "forced conscription", "arbitrary detention of journalists",
        "humanitarian access after the earthquake", "attacks on health workers", "the displacement of Rohingya communities",
        "the burning of villages", "sexual violence by the military", "the sale of aviation fuel to the junta",
    ];

    private static readonly string[] TitleForms =
    [
        "Statement on {0} in {1}", "Joint statement: End {0} in {1}", "Myanmar: UN experts condemn {0} in {1}",
        "Press release – {0} in {1} must be investigated", "Report: {0} in {1}, January–May 2025", "Open letter on {0} in {1}",
    ];

    private static readonly string[] BurmesePlaces = ["စစ်ကိုင်းတိုင်းဒေသကြီး", "မကွေးတိုင်းဒေသကြီး", "ရခိုင်ပြည်နယ်", "ကချင်ပြည်နယ်", "ကရင်နီပြည်နယ်", "ဒီပဲယင်းမြို့နယ်"];
    private static readonly string[] BurmeseSubjects = ["လေကြောင်းတိုက်ခိုက်မှု", "အရပ်သားများ သတ်ဖြတ်ခံရမှု", "အဓမ္မစစ်မှုထမ်းခိုင်းစေမှု", "ငလျင်ဘေးသင့်ပြည်သူများအတွက် လူသားချင်းစာနာမှုအကူအညီ", "သတင်းထောက်များ ဖမ်းဆီးခံရမှု"];

    private static readonly string[] Sentences =
    [
        "The attack took place while the military claimed to observe a ceasefire declared after the earthquake of 28 March 2025.",
        "Witnesses described aircraft circling the village for more than an hour before the first bombs fell near the monastery.",
        "At least 22 children and two teachers were killed, and more than 40 people were injured, according to local rescue teams.",
        "We call on all States to suspend the sale and transfer of arms, munitions and aviation fuel to the Myanmar military.",
        "The Security Council must refer the situation in Myanmar to the International Criminal Court without further delay.",
        "Humanitarian organisations continue to face checkpoints, travel authorisations and blockades that delay life-saving aid.",
        "Families displaced by the fighting are sheltering in forests and monasteries, with little access to clean water or medicine.",
        "The undersigned organisations urge ASEAN to engage with the National Unity Government and ethnic resistance organisations.",
        "Accountability for these crimes is essential to break the cycle of impunity that has fuelled decades of violence.",
        "Civil society groups documented 312 incidents of arbitrary arrest in the first quarter of the year alone.",
    ];

    private static readonly string[] BurmeseSentences =
    [
        "အမျိုးသားညီညွတ်ရေးအစိုးရသည် ၂၀၂၅ ခုနှစ်၊ မေလ ၁၂ ရက်နေ့တွင် ကျောင်းတစ်ကျောင်းအား စစ်အုပ်စုက လေကြောင်းမှ တိုက်ခိုက်ခဲ့မှုကို ပြင်းထန်စွာ ရှုတ်ချအပ်ပါသည်။",
        "ကလေးငယ် ၂၂ ဦးနှင့် ဆရာမ ၂ ဦး သေဆုံးခဲ့ပြီး လူ ၄၀ ကျော် ဒဏ်ရာရရှိခဲ့ပါသည်။",
        "နိုင်ငံတကာအသိုင်းအဝိုင်းအနေဖြင့် စစ်အုပ်စုထံ လက်နက်နှင့် လေယာဉ်လောင်စာ ရောင်းချမှုကို ရပ်တန့်ရန် တိုက်တွန်းအပ်ပါသည်။",
        "ဒေသခံပြည်သူများသည် ဘေးကင်းရာသို့ ထွက်ပြေးတိမ်းရှောင်နေရပြီး ဆေးဝါးနှင့် စားနပ်ရိက္ခာ လိုအပ်လျက်ရှိပါသည်။",
    ];

    private static readonly string[] OrganisationNames =
    [
        "Burma Campaign UK", "Fortify Rights", "Justice For Myanmar", "Progressive Voice", "Women's League of Burma",
        "Assistance Association for Political Prisoners", "Karen Human Rights Group", "Chin Human Rights Organization",
        "Kachin Women's Association Thailand", "Human Rights Watch", "Amnesty International", "Athan", "Free Rohingya Coalition",
        "Blood Money Campaign", "ALTSEAN-Burma", "Equality Myanmar", "Ta'ang Women's Organization", "Shan Human Rights Foundation",
        "Burmese Rohingya Organisation UK", "Myanmar Accountability Project",
    ];

    private readonly Random random = new(seed);

    public int Next(int min, int max) => random.Next(min, max);

    public string Title(string language) => language == "my"
        ? $"{Pick(BurmesePlaces)}တွင် {Pick(BurmeseSubjects)}နှင့်ပတ်သက်သည့် ထုတ်ပြန်ချက်"
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(TitleForms), Pick(Subjects), Pick(Places));

    public string Sentence(string language) => language == "my" ? Pick(BurmeseSentences) : Pick(Sentences);

    public string Paragraph(string language) =>
        string.Join(" ", Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence(language)));

    public string Organisation() => Pick(OrganisationNames);

    public IReadOnlyList<string> Organisations(int count) =>
        [.. Enumerable.Range(0, count).Select(i => i < OrganisationNames.Length ? OrganisationNames[(i + seed) % OrganisationNames.Length] : $"Local Support Group No. {i}")];

    public string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
