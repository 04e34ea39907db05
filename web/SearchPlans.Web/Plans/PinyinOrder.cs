namespace SearchPlans.Web.Plans;

/// <summary>The order of a Chinese index (by pinyin), in which readers look up places and titles, as 北大法宝 lists them.</summary>
public static class PinyinOrder
{
    public static StringComparer Comparer { get; } = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: false);
}
