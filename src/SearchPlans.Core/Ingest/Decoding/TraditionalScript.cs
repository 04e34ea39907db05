namespace SearchPlans.Ingest.Decoding;

/// <summary>
/// Tells Big5 (the Traditional Chinese encoding of Taiwan and Hong Kong) from GB18030, which decodes almost any
/// bytes without error: Big5 read as GB18030 is valid but strange text. The test is how much of each reading is made
/// of the characters every Chinese document is full of, in either script.
/// </summary>
internal static class TraditionalScript
{
    // The commonest characters of government prose, in both scripts (為/为, 個/个, 開/开 ...).
    private const string Common =
        "的一是在不了有和人中大為为上個个國国我以要他時时來来用們们生到作地於于出就分對对成會会可主發发年動动同工也能下過过" +
        "子說说產产種种面而方後后多定行學学法所民得經经十三之進进著着等部度家電电力如水化高自二理起小物現现實实加量都兩两" +
        "體体制機机當当使點点從从業业本去性好應应開开合還还因由其些然前外天政四日事平形相全表間间與与關关各重新內内數数" +
        "正心明看原利比或質质第向道此變变條条只沒没結结解問问意建月公無无系很情者最立代已通並并提直題题程展五果員员位入" +
        "常文總总次品式活設设及管特件長长求基資资流路級级少圖图統统接知較较將将組组見见計计別别期根論论運运農农指九區区" +
        "強强放決决被做必先回則则任取據据處处給给保治造規规領领七海口導导志世增爭争濟济思術术極极交受聯联認认六共權权收" +
        "證证改清美再採采轉转更單单打教安場场身例真務务具萬万每目至達达積积示議议報报完類类八名確确才科張张信節节話话整" +
        "元況况今集傳传許许步群廣广記记需段研界律究觀观越影算低持眾众書书布復复容須须際际商非驗验連连斷断深難难近千委" +
        "技備备半辦办省列習习響响約约支般史感便團团往歷历市何除構构府稱称準准值號号率維维劃划選选標标寫写存候效院查型按" +
        "格養养易置層层始專专狀状育識识適适屬属包住調调滿满縣县局照參参細细引該该價价嚴严息息公開推進落實責任單位牵牽頭头" +
        "負负責责";

    private static readonly HashSet<char> CommonCharacters = [.. Common];

    /// <summary>The share of Chinese characters in <paramref name="text"/> that are common ones; 0 with none.</summary>
    public static double CommonShare(string text)
    {
        var (chinese, common) = (0, 0);
        foreach (var c in text)
        {
            if (c is < '\u4E00' or > '\u9FFF')
                continue;
            chinese++;
            if (CommonCharacters.Contains(c))
                common++;
        }
        return chinese == 0 ? 0 : (double)common / chinese;
    }
}
