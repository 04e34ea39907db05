using System.Net;
using System.Text.RegularExpressions;

namespace SearchPlans.Tests.Web.Localization;

/// <summary>
/// The web app over the twenty real plans the engine's ingest tests read (their first pages, as published), whose
/// units are spelled as government sites spell them: brackets of either width, lists in one cell, units named with
/// their tasks. The seeds' few units leave most of those spellings unseen.
/// </summary>
public sealed class RealPlansSite() : IndexedSite(Read(Folder))
{
    public static string Folder => Path.Combine(Path.GetDirectoryName(SeedsPath)!, "tests", "SearchPlans.Core.Tests", "Ingest", "RealPlans", "plans");
}

/// <summary>/units and every unit's page on the real plans, in Chinese by default and in English on request.</summary>
public sealed partial class RealPlansUnitsLanguageTests(RealPlansSite site) : IClassFixture<RealPlansSite>
{
    [Fact]
    public Task UnitsList_OfRealPlans_IsInOneLanguage() => InterfaceText.AssertBothLanguages(site, "/units");

    [Fact]
    public async Task EveryUnitPage_OfRealPlans_IsInOneLanguage()
    {
        using var client = site.CreateClient();
        var list = await client.GetStringAsync("/units");
        var units = UnitLink().Matches(list).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();

        // The real plans name dozens of units; a walk over a handful would not meet their spellings.
        Assert.True(units.Count >= 20, $"only {units.Count} units on /units");
        foreach (var unit in units)
            await InterfaceText.AssertBothLanguages(site, unit);
    }

    /// <summary>Pages whose interface quotes Chinese examples, which the seeds' own text would hide.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/?q=%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80")]
    [InlineData("/plans")]
    [InlineData("/matrix")]
    [InlineData("/compare")]
    [InlineData("/review")]
    public Task OtherPage_OfRealPlans_IsInOneLanguage(string url) => InterfaceText.AssertBothLanguages(site, url);

    [GeneratedRegex("href=\"(/units/[^\"?#]+)\"")]
    private static partial Regex UnitLink();
}
