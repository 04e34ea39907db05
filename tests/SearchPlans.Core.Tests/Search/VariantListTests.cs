using SearchPlans.Analysis;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Tests.Search;

/// <summary>The variants derived from a corpus's own words, by general rules (issue 27).</summary>
public sealed class VariantListTests
{
    // Writes the texts into a vocabulary through the index's word analysis, as the index build does.
    private static VariantList Derive(params string[] texts)
    {
        var folder = new TempFolder();
        var requirements = texts.Select((t, i) => new Requirement($"p-2022-{i + 1}", $"{i + 1}", ["一、任务"], t, "", [], false, null, [], SourceSpan.Line(i + 1))).ToList();
        var plan = new Plan("p-2022", "某市2022年政务公开工作要点", new Jurisdiction("某市", AdminLevel.City, null), 2022, null, null, null, [],
            [new Section("一、任务", [], SourceSpan.Line(1))], requirements, [], "p.txt");
        using (folder)
        {
            IndexBuilder.Build(new Corpus([plan]), folder.Combine("index"));
            return VariantList.Read(Path.Combine(IndexLayout.Resolve(folder.Combine("index")), VariantList.FileName));
        }
    }

    private static IEnumerable<string> Shown(VariantList list, string form) => list.Of(form).Select(v => v.Shown);

    [Fact]
    public void AShortFormBesideItsFullForm_IsAContraction_BothWays()
    {
        var list = Derive("规范编制发布政府信息公开工作年度报告，切实提高年报质量。", "做好年度报告工作。", "推进政务公开年度报告编制。", "开展年度考核，编写工作报告。", "加强报告管理。");

        Assert.Contains("年度 报告", Shown(list, "年报"));
        Assert.Contains("年报", Shown(list, "年度报告"));
    }

    [Fact]
    public void AShortFormNeverBesideTheCompound_IsNoContraction()
    {
        // 公平 is made of the first characters of 公开 平台 and is in the texts, but never beside 公开平台.
        var list = Derive("建设公开平台。", "完善公开平台。", "营造公平竞争环境。", "维护公平秩序。", "推进公开工作，建设平台。");

        Assert.DoesNotContain("公开 平台", Shown(list, "公平"));
    }

    [Fact]
    public void CoordinatedWordsSharingTheirLastCharacter_JoinIntoAWordOnlyWhereTheAnalysisReadsOneWord()
    {
        var list = Derive("积极推进部门所属单位预算、决算及相关报表公开。", "做好就业、创业信息公开。");

        Assert.Contains("预算 决算", Shown(list, "预决算"));
        Assert.Empty(list.Of("就创业"));
    }

    [Fact]
    public void ACompoundWrittenBothWaysRound_IsAReversal()
    {
        var list = Derive("推动数据开放。", "加快数据开放。", "扩大开放数据范围。", "提升开放数据质量。");

        Assert.Contains("开放 数据", Shown(list, "数据开放"));
    }

    [Fact]
    public void ACompoundWrittenTheOtherWayOnce_IsNoReversal()
    {
        var list = Derive("推动数据开放。", "加快数据开放。", "扩大开放数据范围。");

        Assert.Empty(list.Of("数据开放"));
    }

    [Fact]
    public void TheSpellingsOfOneUnit_AreVariantsOfEachOther_WithoutTheirScope()
    {
        var fromUnits = VariantList.Derive(new CorpusVocabulary(), SearchPlans.Units.UnitClusterer.Cluster(new Corpus([Seeds.Heyuan, Seeds.Jiangmen])));

        Assert.Contains("政务服务数据管理局", Shown(fromUnits, "政数局"));
        Assert.Contains("政数局", Shown(fromUnits, "政务服务数据管理局"));
    }

    [Fact]
    public void Forms_AreFoldedAsTheIndexFoldsThem()
    {
        Assert.Equal(VariantList.Normal("年度報告"), VariantList.Normal("年度 报告"));
        Assert.Equal("年度报告", TextFolding.Fold("年度報告"));
    }
}
