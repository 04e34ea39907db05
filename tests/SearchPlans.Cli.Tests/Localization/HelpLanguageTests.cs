using System.CommandLine;
using System.Text.RegularExpressions;
using SearchPlans.Cli;
using SearchPlans.Cli.Localization;

namespace SearchPlans.Tests.Cli.Localization;

/// <summary>`--help` for the command line and each of its commands, in Chinese by default and in English on request.</summary>
public sealed partial class HelpLanguageTests
{
    public static TheoryData<string[]> EveryCommand { get; } = new(
        TranslatedHelp.Symbols(CliApp.CreateRoot(Quiet())).OfType<Command>()
            .Select(CommandLine)
            .Select(words => words.ToArray()));

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Help_ByDefault_DescribesEveryCommandAndOptionInChinese(string[] command)
    {
        var run = CliHarness.Run([.. command, "--help"], environmentLanguage: "zh");

        Assert.Equal(0, run.ExitCode);
        var english = EnglishWords(run.Out);
        Assert.True(english.Count == 0, $"English in the Chinese help: {string.Join(", ", english)}\n{run.Out}");
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Help_InEnglish_DescribesEveryCommandAndOptionInEnglish(string[] command)
    {
        var run = CliHarness.Run([.. command, "--help", "--lang", "en"], environmentLanguage: "zh");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotMatch(HanOutsideExamples(), run.Out);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_WithEnglishInTheEnvironment_IsInEnglish()
    {
        var run = CliHarness.Run(["search", "--help"], environmentLanguage: "en");

        Assert.Contains("Find the requirements that match a query.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDescription_HasAChineseTranslation()
    {
        var untranslated = TranslatedHelp.EnglishDescriptions(CliApp.CreateRoot(Quiet()))
            .Where(d => Text.In(InterfaceLanguage.Chinese, d) == d)
            .ToList();

        Assert.True(untranslated.Count == 0, "no Chinese for:\n" + string.Join("\n", untranslated));
    }

    [Fact]
    public void Help_AfterChineseHelp_LeavesTheEnglishDescriptionsInPlace()
    {
        CliHarness.Run(["search", "--help"], environmentLanguage: "zh");
        var english = CliHarness.Run(["search", "--help"], environmentLanguage: "en");

        Assert.Contains("How many hits to show", english.Out, StringComparison.Ordinal);
    }

    private static IEnumerable<string> CommandLine(Command command)
    {
        var words = new List<string>();
        for (var c = command; c.Parents.FirstOrDefault() is Command parent; c = parent)
            words.Insert(0, c.Name);
        return words;
    }

    private static CliEnvironment Quiet() =>
        new(TextWriter.Null, TextWriter.Null, false, new PlainProgress(TextWriter.Null), Ingest: null);

    /// <summary>
    /// Runs of three or more Latin words (an English phrase) outside what is typed as it is: commands in backticks,
    /// options, placeholders (&lt;DIR&gt;), the usage line, and System.CommandLine's own labels left in English
    /// ((REQUIRED), [options]). A description without Chinese at all is caught by EveryDescription_HasAChineseTranslation.
    /// </summary>
    private static List<string> EnglishWords(string help)
    {
        var typed = Typed().Replace(help, " ");
        return [.. EnglishPhrase().Matches(typed).Select(m => m.Value).Concat(LibraryLabel().Matches(help).Select(m => m.Value)).Distinct()];
    }

    [GeneratedRegex(@"`[^`]*`|--?[\w?-]+|<[^>]*>|^  testhost .*$", RegexOptions.Multiline)]
    private static partial Regex Typed();

    [GeneratedRegex(@"[A-Za-z]+(?:[ ,'][A-Za-z]+){2,}")]
    private static partial Regex EnglishPhrase();

    [GeneratedRegex(@"\((?:REQUIRED)\)|\[(?:options|command|default)\b|Description:|Usage:|Options:|Commands:|Arguments:")]
    private static partial Regex LibraryLabel();

    /// <summary>A Chinese word in English help, other than an example of what users type (从化 finds 从化区) in parentheses.</summary>
    [GeneratedRegex(@"^[^(\r\n]*\p{IsCJKUnifiedIdeographs}", RegexOptions.Multiline)]
    private static partial Regex HanOutsideExamples();
}
