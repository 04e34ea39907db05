namespace SearchPlans.Ingest.Head;

/// <summary>
/// How place names are read where ICU's Han → Latin reads a character by its most common reading: 长沙 is changsha,
/// not zhangsha; 成都 chengdu, not chengdou; 厦门 xiamen. Plan ids are read by people in addresses, so they follow
/// the names' own readings. No package on the registry holds a place-name pinyin dictionary.
/// </summary>
internal static class PlaceReadings
{
    // Names whose reading differs from both ICU's and the characters' place-name readings below.
    private static readonly (string Name, string Reading)[] Names =
    [
        ("长子", "zhang zi"), ("六安", "lu an"), ("六合", "lu he"), ("番禺", "pan yu"), ("乐清", "yue qing"), ("乐亭", "lao ting"),
        ("单县", "shan xian"), ("铅山", "yan shan"), ("涡阳", "guo yang"), ("蔚县", "yu xian"), ("尉氏", "yu shi"),
        ("洪洞", "hong tong"), ("枞阳", "zong yang"), ("歙县", "she xian"), ("筠连", "jun lian"), ("莎车", "sha che"),
        ("東阿", "dong e"), ("东阿", "dong e"), ("繁峙", "fan shi"), ("阿城", "a cheng"), ("大洼", "da wa"),
    ];

    // Characters that place names read one way where ICU reads them another (长春, 长治, 长宁; 都江堰; 蚌埠).
    private static readonly Dictionary<char, string> Characters = new()
    {
        ['长'] = "chang", ['都'] = "du", ['厦'] = "xia", ['蚌'] = "beng",
    };

    /// <summary>The name with the readings above put in as Latin syllables between spaces; ICU reads the rest.</summary>
    public static string Apply(string han)
    {
        foreach (var (name, reading) in Names)
            han = han.Replace(name, $" {reading} ", StringComparison.Ordinal);
        var read = new System.Text.StringBuilder(han.Length);
        foreach (var c in han)
        {
            if (Characters.TryGetValue(c, out var syllable))
                read.Append(' ').Append(syllable).Append(' ');
            else
                read.Append(c);
        }
        return read.ToString();
    }
}
