using SearchPlans.Cli;
using SearchPlans.Cli.Localization;
using SearchPlans.Tests.Cli;

namespace SearchPlans.Tests.Tools.Commands;

/// <summary>The measuring tools' `--help` goes through the command line's translated help, their words beside its own.</summary>
public sealed class ToolsHelpLanguageTests
{
    [Fact]
    public void EveryDescription_HasAChineseTranslation()
    {
        var root = SearchPlans.Tools.ToolsRoot.Create(new CliEnvironment(TextWriter.Null, TextWriter.Null, false, new PlainProgress(TextWriter.Null), Ingest: null));

        var untranslated = TranslatedHelp.EnglishDescriptions(root).Where(d => Text.In(InterfaceLanguage.Chinese, d) == d).ToList();

        Assert.True(untranslated.Count == 0, "no Chinese for:\n" + string.Join("\n", untranslated));
    }

    [Theory]
    [InlineData("zh", "在规模递增的生成语料上测量建索引")]
    [InlineData("en", "Measure indexing, search and linking")]
    public void BenchHelp_IsInTheChosenLanguage(string language, string said)
    {
        var run = CliHarness.Run(["bench", "--help", "--lang", language], root: SearchPlans.Tools.ToolsRoot.Create);

        Assert.Contains(said, run.Out, StringComparison.Ordinal);
    }
}
