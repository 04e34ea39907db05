using System.Globalization;
using System.Text.RegularExpressions;
using SearchPlans.Localization;

namespace SearchPlans.Tests.Localization;

/// <summary>
/// Resource names are compiled without regard to case, so one translation serves a word in either case, and no
/// resource file holds two names that differ only in case (the compiler would drop the second without failing).
/// </summary>
public sealed partial class InterfaceWordsTests
{
    [Theory]
    [InlineData("equivalent", "等同")]
    [InlineData("Equivalent", "等同")]
    [InlineData("related", "相关")]
    public void AWordAskedForInEitherCase_FindsItsChinese(string english, string chinese) =>
        Assert.Equal(chinese, new InterfaceWords(typeof(EngineWords)).In(new CultureInfo("zh-CN"), english));

    [Fact]
    public void NoResourceFile_NamesOneWordTwiceInDifferentCases()
    {
        var root = Directory.GetParent(Seeds.SeedDirectory)!.FullName;
        var twice = Directory.EnumerateFiles(root, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => DataName().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(root, f), Name: m.Groups[1].Value)))
            .GroupBy(n => (n.File, Name: n.Name.ToLowerInvariant()))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.File}: {string.Join(" / ", g.Select(n => n.Name))}")
            .ToList();

        Assert.Empty(twice);
    }

    [GeneratedRegex("<data name=\"([^\"]*)\"")]
    private static partial Regex DataName();
}
