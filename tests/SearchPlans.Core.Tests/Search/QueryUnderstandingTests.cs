using SearchPlans.Search;
using SearchPlans.Search.Reading;

namespace SearchPlans.Tests.Search;

/// <summary>
/// Queries read as a researcher means them, on the seed plans (issue 27): words without spaces, abbreviations and
/// their full forms, topics, places and ids.
/// </summary>
public sealed class QueryUnderstandingTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void WordsWithoutSpaces_MustAllAppear_NotAsOneString()
    {
        // Six requirements say 政府信息公开工作年度报告, with 工作 between; the literal string is in one.
        var ids = seeds.Ids("政府信息公开年度报告");

        string[] withWork = ["heyuan-2022-9", "heyuan-2022-54", "jiangmen-zftzgcjsglzx-2022-3", "jiangmen-zftzgcjsglzx-2022-29", "zhanjiang-2021-42", "qingyuan-2022-4.3.2"];
        Assert.All(withWork, id => Assert.Contains(id, ids.Take(8)));
    }

    [Fact]
    public void WordsWithoutSpaces_TheExactPhraseRanksFirst()
    {
        Assert.Equal("conghua-2019-5.4.3", seeds.Ids("政府信息公开年度报告")[0]);
    }

    [Fact]
    public void Quotes_StillMeanTheExactPhrase()
    {
        Assert.Equal(["conghua-2019-5.4.3"], seeds.Ids("\"政府信息公开年度报告\""));
    }

    [Fact]
    public void ChineseAndDigits_AreReadAsWords()
    {
        var ids = seeds.Ids("12345热线");

        // Those holding both come first, best first.
        Assert.Equal(["heyuan-2022-30", "qingyuan-2022-2.3.1", "zhanjiang-2021-19"], ids.Take(3).Order());
        // 政务热线 and 政务服务便民热线, without 12345: the hotline's topic, ranked below.
        Assert.Contains("conghua-2019-4.4.3", ids);
        Assert.Contains("heyuan-2022-31", ids);
    }

    [Fact]
    public void AnAbbreviation_AlsoFindsItsFullForm_RankedBelowAndSaidSo()
    {
        var results = seeds.Search("年报");
        var ids = results.Hits.Select(h => h.Id).ToList();

        Assert.Contains("conghua-2019-5.4.3", ids);
        Assert.Contains("年度 报告", results.Reading.AlsoSearched);
        // The four that say 年报 come before any that only say 年度报告.
        string[] literal = ["heyuan-2022-9", "heyuan-2022-10", "jiangmen-zftzgcjsglzx-2022-3", "zhanjiang-2021-42"];
        Assert.Equal(literal.Order(), ids.Take(4).Order());
    }

    [Fact]
    public void ACoordinatedForm_FindsItsParts()
    {
        var results = seeds.Search("预决算");

        Assert.Contains("zhanjiang-2021-6", results.Hits.Select(h => h.Id));
        Assert.Contains("预算 决算", results.Reading.AlsoSearched);
    }

    [Fact]
    public void ATopicName_FindsItsOtherWordings()
    {
        var results = seeds.Search("数据开放");
        var ids = results.Hits.Select(h => h.Id).ToList();

        Assert.Contains("qingyuan-2022-3.4.1", ids);
        Assert.Contains("jiangmen-zftzgcjsglzx-2022-18", ids);
        Assert.Contains("公共数据", results.Reading.AlsoSearched);
    }

    [Fact]
    public void AUnitAbbreviation_FindsTheUnitsSpelledInFull()
    {
        var results = seeds.Search("政数局", limit: 100);

        Assert.Contains("政务服务数据管理局", results.Reading.AlsoSearched);
        Assert.Equal("jiangmen-zftzgcjsglzx-2022-11", results.Hits[0].Id);
        Assert.Contains(results.Hits, h => h.Id.StartsWith("heyuan-2022", StringComparison.Ordinal));
    }

    [Fact]
    public void ANarrowerForm_AlsoFindsTheGeneralTerm()
    {
        // 行政规范性文件 names the topic's 规范性文件: 部门规范性文件 and plain 规范性文件 are found, after it.
        var ids = seeds.Ids("行政规范性文件");

        Assert.Equal("heyuan-2022-2", ids[0]);
        Assert.Contains("zhanjiang-2021-27", ids);
    }

    [Fact]
    public void Variants_AreNotExcluded_ByNot()
    {
        var without = seeds.Search("政府 NOT 年报", limit: 300).Hits.Select(h => h.Id).ToList();

        Assert.DoesNotContain("heyuan-2022-9", without);
        Assert.Contains("conghua-2019-5.4.3", without);
    }

    [Fact]
    public void APlaceName_FindsThePlansOfThatPlace_AndOffersTheFilter()
    {
        var results = seeds.Search("江门");

        Assert.Equal(30, results.Total);
        Assert.All(results.Hits, h => Assert.StartsWith("jiangmen-", h.Id, StringComparison.Ordinal));
        var hint = Assert.Single(results.Reading.Jurisdictions);
        Assert.Equal(("江门", "江门市政府投资工程建设管理中心"), (hint.Word, Assert.Single(hint.Names)));
    }

    [Fact]
    public void APlaceAndAWord_FindTheWordInThatPlace()
    {
        var results = seeds.Search("江门 解读");

        Assert.InRange(results.Total, 1, 29);
        Assert.All(results.Hits, h => Assert.StartsWith("jiangmen-", h.Id, StringComparison.Ordinal));
        Assert.Equal("jiangmen-zftzgcjsglzx-2022-7", results.Hits[0].Id);
    }

    [Theory]
    [InlineData("heyuan-2022-26", 1)]
    [InlineData("qingyuan-2022-1.3.2", 1)]
    [InlineData("heyuan-2022", 54)]
    public void AnId_FindsItsRequirementOrPlan(string id, int total)
    {
        var results = seeds.Search(id);

        Assert.Equal(total, results.Total);
        Assert.StartsWith(id, results.Hits[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void ATypo_ThatFindsNothing_GetsACorrectionFromTheIndexsWords()
    {
        var results = seeds.Search("政策解毒");

        Assert.Equal(0, results.Total);
        Assert.Equal("政策解读", results.Reading.DidYouMean);
    }

    [Fact]
    public void AQueryThatFindsSomething_GetsNoCorrection()
    {
        Assert.Null(seeds.Search("政策解读").Reading.DidYouMean);
    }

    [Fact]
    public void ALongTermFewRequirementsHoldWhole_AlsoShowsThoseLackingAWord_AfterThemAndSaysSo()
    {
        var results = seeds.Search("解读材料同步发布");

        Assert.True(results.Total >= 4);
        var note = Assert.Single(results.Reading.Notes, n => n.Kind == QueryNoteKind.Relaxed);
        Assert.Equal(new NotedTerm("解读材料同步发布", ["解读", "材料", "同步", "发布"]), Assert.Single(note.Terms));
        Assert.Contains("lack some of the words", QueryNoteEnglish.Sentence(note), StringComparison.Ordinal);
        // The one holding every word (政策解读 being a wording of 解读材料's topic) comes first.
        Assert.Equal("qingyuan-2022-2.3.2", results.Hits[0].Id);
    }

    [Theory]
    [InlineData("2022年政策解读")]
    [InlineData("2022 政策解读")]
    [InlineData("2022年度 政策解读")]
    public void AYearTyped_MeansThePlansOfThatYear_AndSaysSo(string query)
    {
        var results = seeds.Search(query, limit: 100);

        // Without the year read as the plans', every word required in the text found none, and the relaxed search put
        // 2019's 政策解读 first.
        Assert.Equal(["2022"], results.Years.Select(y => y.Value));
        Assert.Contains("heyuan-2022-26", results.Hits.Select(h => h.Id));
        Assert.Equal(seeds.Search("政策解读 year:2022", limit: 100).Total, results.Total);
        Assert.Contains(results.Reading.Notes, n => n.Kind == QueryNoteKind.YearAsPlans && n.Arguments[1] == "2022");
    }

    [Fact]
    public void AYearAlone_FindsItsPlans()
    {
        var results = seeds.Search("2019年");

        Assert.Equal(["2019"], results.Years.Select(y => y.Value));
        Assert.Equal(seeds.Search("year:2019").Total, results.Total);
    }

    [Fact]
    public void ManyYears_AreSaidByTheirFirstFew()
    {
        var results = seeds.Search(string.Join(" OR ", Enumerable.Range(2000, 60).Select(y => $"{y}年")));

        Assert.Equal(seeds.Search("*").Total, results.Total);
        Assert.InRange(results.Reading.Notes.Count(n => n.Kind == QueryNoteKind.YearAsPlans), 1, 3);
    }

    [Theory]
    [InlineData("2022年底前")]
    [InlineData("2022年6月")]
    public void ADateOrDeadline_IsTheTextsOwnWords(string query)
    {
        var results = seeds.Search(query);

        Assert.DoesNotContain(results.Reading.Notes, n => n.Kind == QueryNoteKind.YearAsPlans);
        Assert.True(results.Total < seeds.Search("year:2022").Total);
    }

    [Fact]
    public void TermsSideBySideThatNoRequirementHoldsTogether_ShowThoseHoldingSome_AndSaySo()
    {
        Assert.Equal(0, seeds.Search("政策解读 AND 年报").Total);

        var results = seeds.Search("政策解读 年报", limit: 200);

        var ids = results.Hits.Select(h => h.Id).ToList();
        Assert.Contains("heyuan-2022-26", ids);
        Assert.Contains("heyuan-2022-9", ids);
        Assert.Contains(results.Reading.Notes, n => n.Kind == QueryNoteKind.SomeTerms);
    }

    [Fact]
    public void TermsSideBySide_HeldTogether_AllMustStillAppear()
    {
        var results = seeds.Search("政策解读 新闻发布会");

        Assert.Equal(seeds.Search("政策解读 AND 新闻发布会").Total, results.Total);
        Assert.DoesNotContain(results.Reading.Notes, n => n.Kind == QueryNoteKind.SomeTerms);
    }

    [Fact]
    public void TermsJoinedByATypedAnd_AreNeverLoosened()
    {
        var results = seeds.Search("政策解读 AND 年报");

        Assert.Empty(results.Hits);
        Assert.DoesNotContain(results.Reading.Notes, n => n.Kind == QueryNoteKind.SomeTerms);
    }

    [Fact]
    public void Expansions_AreBounded()
    {
        // Every word of a long query is a topic's name or term; each term's readings stay within the bounds.
        string[] topics = ["政策解读", "舆情回应", "政务新媒体", "政府网站", "依申请公开", "信息公开年报", "政策咨询", "热线", "新闻发布", "政民互动"];
        var results = seeds.Searcher.Search(new SearchRequest(string.Join(" OR ", topics)));
        Assert.True(results.Reading.AlsoSearched.Count <= PlanSearcherLimits.MaxShownVariants);

        var everyWordingHeld = new SearchPlans.Search.Reading.QueryVariants(SearchPlans.Index.VariantList.Empty, SearchPlans.Align.Features.TopicLexicon.Default, _ => true);
        var context = new QueryContext(everyWordingHeld);
        var readings = topics.Select(context.Read).ToList();
        Assert.All(readings, r => Assert.InRange(r.Alternatives.Count, 0, SearchPlans.Search.Reading.QueryVariants.MaxAlternatives));
        Assert.All(readings.SelectMany(r => r.Alternatives), a => Assert.All(a.Slots, slot => Assert.InRange(slot.Count, 1, SearchPlans.Search.Reading.QueryVariants.MaxTopicWordings + 1)));
        Assert.True(readings.Sum(r => r.Alternatives.Count) <= QueryContext.MaxQueryAlternatives);

        // Twenty topic names: each would be one reading; the query stops at its bound.
        var many = new QueryContext(everyWordingHeld);
        var names = SearchPlans.Align.Features.TopicLexicon.Default.Topics.Take(20).Select(many.Read).ToList();
        Assert.Equal(QueryContext.MaxQueryAlternatives, names.Sum(r => r.Alternatives.Count));
    }
}

/// <summary>The searcher's bounds as tests read them.</summary>
internal static class PlanSearcherLimits
{
    public const int MaxShownVariants = 12;
}
