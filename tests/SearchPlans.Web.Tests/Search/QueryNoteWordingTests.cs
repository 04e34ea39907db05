using System.Globalization;
using System.Text.RegularExpressions;
using SearchPlans.Search;
using SearchPlans.Web.Search;

namespace SearchPlans.Tests.Web.Search;

/// <summary>
/// Every note the engine makes about a query, a repair or a refusal, reads in Chinese on a Chinese page and in the
/// engine's own English on an English one.
/// </summary>
public sealed partial class QueryNoteWordingTests
{
    public static TheoryData<QueryNoteKind> Kinds => [.. Enum.GetValues<QueryNoteKind>()];

    // A relaxed note has one argument and its terms; the others at most three arguments.
    private static QueryNote Sample(QueryNoteKind kind) => kind == QueryNoteKind.Relaxed
        ? new(kind, "3") { Terms = [new("解读材料同步发布", ["解读", "材料", "同步", "发布"])] }
        : new(kind, "3", "政策解读", "字段");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_of_note_reads_in_chinese_by_default(QueryNoteKind kind)
    {
        var said = In("zh-CN", () => QueryNoteWording.Say(Sample(kind)));

        // Only the operators and syntax a query is written in stay Latin.
        var english = LatinWord().Matches(said).Select(m => m.Value).Where(w => w is not ("AND" or "OR" or "NOT")).ToList();
        Assert.True(english.Count == 0, $"{kind} says “{said}”");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_of_note_reads_in_english_as_the_engine_says_it(QueryNoteKind kind)
    {
        var said = In("en", () => QueryNoteWording.Say(Sample(kind)));

        Assert.Equal(QueryNoteEnglish.Sentence(Sample(kind)), said);
    }

    [Fact]
    public void A_relaxed_note_lists_its_terms_the_chinese_way()
    {
        var said = In("zh-CN", () => QueryNoteWording.Say(Sample(QueryNoteKind.Relaxed) with
        {
            Terms = [new("解读材料同步发布", ["解读", "材料", "同步", "发布"]), new("政务公开工作", ["政务", "公开", "工作"])],
        }));

        Assert.Contains("“解读材料同步发布”（解读 材料 同步 发布）、“政务公开工作”（政务 公开 工作）", said, StringComparison.Ordinal);
    }

    private static string In(string culture, Func<string> say)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return say();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
