using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest.RealPlans;

public class RealPlanTests
{
    private static readonly Dictionary<string, AdminLevel[]> Levels = new()
    {
        ["national"] = [AdminLevel.National],
        ["province"] = [AdminLevel.Province],
        ["city"] = [AdminLevel.City],
        ["county"] = [AdminLevel.County, AdminLevel.District],
        ["township"] = [AdminLevel.Township],
        ["agency"] = [AdminLevel.Agency],
    };

    [Fact]
    public void EveryRealPlan_IsReadWithNoTextLost()
    {
        foreach (var result in RealPlans.Results)
        {
            Assert.True(result.Succeeded, $"{result.SourceName}: {result.Error}");
            var decoded = SearchPlans.Ingest.Decoding.TextDecoder.Decode(File.ReadAllBytes(Path.Combine(RealPlans.Directory, result.SourceName)));
            Assert.Equal("", TextAccount.Unaccounted(decoded.Text, result));
        }
    }

    [Fact]
    public void Metadata_IsTheManifests_ForEveryPlan()
    {
        var wrong = new List<string>();
        foreach (var m in RealPlans.Manifest)
        {
            var plan = RealPlans.Plan(m["file"]);
            var want = RealPlans.Han(m["jurisdiction"].Split('(')[0]);
            var got = RealPlans.Han(plan.Jurisdiction.Name);
            var place = got.Length > 0 && (got.Contains(want[^Math.Min(4, want.Length)..], StringComparison.Ordinal) || want.Contains(got[^Math.Min(3, got.Length)..], StringComparison.Ordinal));
            if (!place || !Levels[m["level"]].Contains(plan.Jurisdiction.Level) || plan.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) != m["year"])
                wrong.Add($"{m["file"]}: {plan.Jurisdiction.Name} {plan.Jurisdiction.Level} {plan.Year}");
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("changning-district-2022.txt", "上海市长宁区人民政府办公室")]
    [InlineData("henan-province-2021.txt", "河南省人民政府办公厅")]
    [InlineData("guangdong-wsjkw-agency-2021.txt", "广东省卫生健康委员会")]
    [InlineData("shandong-province-2024-hant.txt", "山东省人民政府办公厅")]
    [InlineData("statecouncil-2016-hant.txt", "国务院办公厅")]
    public void Issuer_IsTheBodyWhoseNoticeOrSignatureIssuesThePlan_InSimplifiedScript(string file, string issuer) =>
        Assert.Equal(issuer, RealPlans.Plan(file).Issuer);

    [Fact]
    public void SampleItems_AreFoundInOneRequirementWithTheirUnitAndDeadline()
    {
        var missed = new List<string>();
        foreach (var item in RealPlans.Items)
        {
            var plan = RealPlans.Plan(item["file"]);
            var hit = plan.Requirements.FirstOrDefault(r => RealPlans.Han(r.Text).Contains(RealPlans.Han(item["snippet"]), StringComparison.Ordinal));
            var unit = RealPlans.Han(item["unit"]);
            var deadline = RealPlans.Han(item["deadline"]);
            if (hit is null
                || (unit.Length > 0 && !RealPlans.Han(string.Join(" ", hit.Units.Select(u => u.Name))).Contains(unit[..Math.Min(6, unit.Length)], StringComparison.Ordinal))
                || (deadline.Length > 0 && !RealPlans.Han(hit.Deadline).Contains(deadline, StringComparison.Ordinal)))
                missed.Add($"{item["file"]}: {item["snippet"]} → {(hit is null ? "not found" : $"{string.Join("、", hit.Units.Select(u => u.Name))} / {hit.Deadline}")}");
        }
        // The one miss: 台山 prints 市财政局牵头, and the sample counts 牵头 as part of the unit's name; the lead is a flag here.
        Assert.True(missed.Count <= 1, string.Join("\n", missed));
    }

    [Fact]
    public void StateCouncilPlan_IsTheNationalRoot_WithItsDeadlineReadFromTheText()
    {
        var plan = RealPlans.Plan("statecouncil-2020.txt");
        Assert.Equal(("国务院", AdminLevel.National, "国办发〔2020〕17号"), (plan.Jurisdiction.Name, plan.Jurisdiction.Level, plan.DocNumber));
        Assert.Equal("2020年政务公开工作要点", plan.Title);
        var second = plan.Requirements[1];
        Assert.Equal(["一、围绕贯彻落实党的十九届四中全会精神加强用权公开"], second.SectionPath);
        Assert.StartsWith("以基层政务公开标准化规范化为抓手", second.Text);
        Assert.Equal("2020年底前", second.Deadline);
        Assert.Empty(second.Units);
    }

    [Fact]
    public void ParagraphAssigningSeveralTasks_GivesOneRequirementPerUnitBracket()
    {
        var plan = RealPlans.Plan("beijing-province-2018.txt");
        Assert.Equal(AdminLevel.Province, plan.Jurisdiction.Level);
        var tasks = plan.Requirements.Where(r => r.SectionPath.Count == 2).ToList();
        Assert.Equal(5, tasks.Count);
        Assert.Equal(["市规划国土委"], tasks[0].Units.Select(u => u.Name));
        Assert.Equal("（市规划国土委负责落实）", Analysis.TextFolding.Fold(tasks[0].UnitsText).Replace('(', '（').Replace(')', '）'));
        Assert.Contains("首都地区环线通州至大兴段建设情况", tasks[2].Text, StringComparison.Ordinal);
        Assert.Equal(["市交通委"], tasks[2].Units.Select(u => u.Name).Take(1));
    }

    [Fact]
    public void PipeRowMissingACell_IsReadByWhatItsCellsHold()
    {
        var second = RealPlans.Plan("guangdong-wsjkw-agency-2021.txt").Requirements[1];
        Assert.Equal(("2", "扎实做好疫苗接种信息公开和舆论引导工作", "长期推进"), (second.Number, second.Text, second.Deadline));
        Assert.Equal(["疾控处"], second.Units.Select(u => u.Name));
    }

    [Fact]
    public void MergedFirstColumn_GivesTheSectionOfTheRowsBelowIt()
    {
        var plan = RealPlans.Plan("taishan-county-2021.txt");
        Assert.Equal(12, plan.Requirements.Count);
        Assert.Equal(["二、做好市场规则标准和监管执法信息公开。"], plan.Requirements.Single(r => r.Number == "4").SectionPath);
        Assert.Equal(["市发展和改革局"], plan.Requirements.Single(r => r.Number == "4").LeadUnits);
    }

    // The town's title names no county; its opening says whose plan it carries out, without 《》.
    [Fact]
    public void TownshipCarryingOutItsDistrictsPlan_LiesInThatDistrict()
    {
        var plan = RealPlans.Plan("liangzhou-town-township-2024.txt");

        Assert.Equal(("凉州区", "武威市", "甘肃省"), (plan.Jurisdiction.County, plan.Jurisdiction.City, plan.Jurisdiction.Province));
        Assert.Contains(plan.Cites, c => c.Title == "凉州区人民政府办公室关于印发凉州区2024年政务公开工作要点的通知");
    }

    [Fact]
    public void CountyDistrictAndCountyLevelCity_LieInTheCityTheListOfDivisionsGives()
    {
        Assert.Equal("菏泽市", RealPlans.Plan("dingtao-district-2017.txt").Jurisdiction.City);
        Assert.Equal("南昌市", RealPlans.Plan("honggutan-district-2022.txt").Jurisdiction.City);
        Assert.Equal("江门市", RealPlans.Plan("taishan-county-2021.txt").Jurisdiction.City);
        Assert.Null(RealPlans.Plan("changning-district-2022.txt").Jurisdiction.City);
    }

    [Fact]
    public void OneCellPerLineWithoutSeparators_FindsRowsFromTheCells()
    {
        var plan = RealPlans.Plan("shandong-jyt-agency-2023.txt");
        Assert.Equal(("山东省教育厅", AdminLevel.Agency), (plan.Jurisdiction.Name, plan.Jurisdiction.Level));
        Assert.Equal(["教育高质量发展", "教育民生", "教育民生", "教育民生", "政策解读"], plan.Requirements.Select(r => r.SectionPath.Single()));
        Assert.Equal(["学生处", "各高等学校"], plan.Requirements[1].Units.Select(u => u.Name));
        Assert.Empty(plan.Requirements[4].Units);
    }

    [Fact]
    public void OneCellPerLineBetweenPipes_GivesTaskUnitsAndDeadlinePerRow()
    {
        var plan = RealPlans.Plan("xuancheng-city-2022.txt");
        Assert.Equal(6, plan.Requirements.Count);
        Assert.Equal("年底前", plan.Requirements[3].Deadline);
        Assert.Equal(["市发改委", "市住建局", "市政府各部门"], plan.Requirements[3].Units.Select(u => u.Name));
    }

    [Fact]
    public void ForwardedPlan_BelongsToTheGovernmentWhosePlanItIs()
    {
        var plan = RealPlans.Plan("sichuan-province-2021.txt");
        Assert.Equal(("四川省", AdminLevel.Province, "川办发〔2021〕16号"), (plan.Jurisdiction.Name, plan.Jurisdiction.Level, plan.DocNumber));
        Assert.Contains(plan.Remainder, r => r.Text.Contains("雅安市人民政府办公室", StringComparison.Ordinal));
    }

    [Fact]
    public void MirrorPinyin_IsRemovedAndCountedAsMarkup()
    {
        var result = RealPlans.Result("statecouncil-2016-hant.txt");
        Assert.Equal(("国务院", 2016), (result.Plan!.Jurisdiction.Name, result.Plan.Year));
        Assert.DoesNotContain("(kāi)", result.Plan.Requirements[0].Text, StringComparison.Ordinal);
        Assert.Contains("(kāi)", result.RemovedMarkup, StringComparison.Ordinal);
    }

    [Fact]
    public void PageNumbersOfADocumentLibrary_AreRemovedAndTheSentenceJoined()
    {
        var plan = RealPlans.Plan("liangzhou-town-township-2024.txt");
        Assert.Equal(("镇", AdminLevel.Township, 2024), (plan.Jurisdiction.Name, plan.Jurisdiction.Level, plan.Year));
        Assert.Contains(plan.Requirements, r => r.Text.Contains("部署要求，做好重点领域信息公开栏目", StringComparison.Ordinal)
            || r.Text.Contains("部署要求,做好重点领域信息公开栏目", StringComparison.Ordinal));
    }

    [Fact]
    public void WholePlanOnOneLine_IsReadAsItsOutline()
    {
        var plan = RealPlans.Plan("honggutan-district-2022.txt");
        var first = plan.Requirements[0];
        Assert.Equal(["二、目标任务", "(一)强化重点领域信息公开"], first.SectionPath);
        Assert.StartsWith("区政府办公室", first.Units[0].Name, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Requirements, r => r.Text.Contains("总体要求", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanWithoutTitle_TakesPlaceAndYearFromItsFileName_AndSaysSo()
    {
        var result = RealPlans.Result("beijing-province-2024-outline.txt");
        Assert.Equal(("北京市", AdminLevel.Province, 2024), (result.Plan!.Jurisdiction.Name, result.Plan.Jurisdiction.Level, result.Plan.Year));
        Assert.Contains(result.Warnings, w => w.Contains("file name", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Plan.Requirements, r => r.Text.Contains("指导思想", StringComparison.Ordinal));
    }
}
