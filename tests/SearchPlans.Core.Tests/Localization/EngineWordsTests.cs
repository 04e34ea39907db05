using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using SearchPlans.Ingest;
using SearchPlans.Localization;
using SearchPlans.Search;

namespace SearchPlans.Tests.Localization;

/// <summary>
/// The engine's messages, worded once for the command line and the web app: every note on a query and what reading
/// a file had to say read in Chinese by default and in the engine's own English on request.
/// </summary>
public sealed partial class EngineWordsTests
{
    private static readonly CultureInfo Chinese = new("zh-CN");
    private static readonly CultureInfo English = new("en");

    public static TheoryData<QueryNoteKind> Kinds => [.. Enum.GetValues<QueryNoteKind>()];

    // A relaxed note has one argument and its terms; the others at most three arguments.
    private static QueryNote Sample(QueryNoteKind kind) => kind == QueryNoteKind.Relaxed
        ? new(kind, "3") { Terms = [new("解读材料同步发布", ["解读", "材料", "同步", "发布"])] }
        : new(kind, "3", "政策解读", "字段");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void QueryNote_InChinese_HasNoEnglishButTheQuerySyntax(QueryNoteKind kind)
    {
        var said = EngineWords.Say(Sample(kind), Chinese);

        // Only the operators and syntax a query is written in stay Latin.
        var english = LatinWord().Matches(said).Select(m => m.Value).Where(w => w is not ("AND" or "OR" or "NOT")).ToList();
        Assert.True(english.Count == 0, $"{kind} says “{said}”");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void QueryNote_InEnglish_IsTheEngineSentence(QueryNoteKind kind) =>
        Assert.Equal(QueryNoteEnglish.Sentence(Sample(kind)), EngineWords.Say(Sample(kind), English));

    [Fact]
    public void RelaxedNote_InChinese_ListsItsTermsTheChineseWay()
    {
        var said = EngineWords.Say(Sample(QueryNoteKind.Relaxed) with
        {
            Terms = [new("解读材料同步发布", ["解读", "材料", "同步", "发布"]), new("政务公开工作", ["政务", "公开", "工作"])],
        }, Chinese);

        Assert.Contains("“解读材料同步发布”（解读 材料 同步 发布）、“政务公开工作”（政务 公开 工作）", said, StringComparison.Ordinal);
    }

    /// <summary>Files the ingester refuses or reads with warnings, one of each kind of reason a person meets.</summary>
    public static TheoryData<string, byte[]> TroubledFiles => new()
    {
        { "empty.txt", [] },
        { "blank.txt", Encoding.UTF8.GetBytes("  \n \n") },
        { "binary.txt", [0, 1, 2, 0, 0, 3, 0, 4, 5, 0] },
        { "archive.zip", Zipped("计划.txt") },
        { "prose.txt", Encoding.UTF8.GetBytes("某市2022年政务公开工作要点\n\n这是一段说明。\n\n这是另一段说明。\n") },
        { "table.txt", Encoding.UTF8.GetBytes("某市2022年政务公开工作要点\n序号\t工作任务\t责任单位\n1\t做好政策解读工作\t市政府办公室\t多余\t还有\n2\t加强信息发布\t\n") },
        { "page.html", Encoding.UTF8.GetBytes("<html><body><p>通知</p><a href=\"a.docx\">附件1</a></body></html>") },
    };

    private static byte[] Zipped(string entry)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry(entry).Open()))
            writer.Write("某市2022年政务公开工作要点");
        return bytes.ToArray();
    }

    [Theory]
    [MemberData(nameof(TroubledFiles))]
    public void EngineMessages_InChinese_NameTheReasonWithoutEnglish(string name, byte[] content)
    {
        var result = new PlanIngester().IngestDocument(name, content);
        var messages = result.Notices.Concat(result.Refusal is { } refusal ? [refusal] : []).ToList();

        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            var said = EngineWords.Say(message, Chinese);
            // The file's own words, format names such as PDF or UTF-8 and file names are not English prose.
            var english = EnglishPhrase().Matches(said).Select(m => m.Value).ToList();
            Assert.True(english.Count == 0, $"{name}: “{said}” (in English: {message.English})");
            Assert.NotEqual(message.English, said);
        }
    }

    [Fact]
    public void EngineMessage_InEnglish_IsWhatTheJsonSays()
    {
        var result = new PlanIngester().IngestDocument("empty.txt", []);

        Assert.Equal(result.Error, EngineWords.Say(result.Refusal!, English));
        Assert.Equal("该文件为空", EngineWords.Say(result.Refusal!, Chinese));
    }

    [Fact]
    public void LineWarning_InChinese_NamesTheLineFirst() =>
        Assert.Equal("第 7 行：条目没有责任单位，上方也没有可沿用单位的行",
            EngineWords.Say(new EngineMessage("requirement has no responsible unit and no row above to inherit one from") { Line = 7 }, Chinese));

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[A-Za-z]{2,}(?:[ ,'][A-Za-z]+){1,}")]
    private static partial Regex EnglishPhrase();
}
