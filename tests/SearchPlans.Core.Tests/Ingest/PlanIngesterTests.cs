using System.Text;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest;

public class PlanIngesterTests
{
    [Fact]
    public void Seeds_AllFiveAreReadWithTheirRequirementCounts()
    {
        Assert.All(Seeds.Results, r => Assert.True(r.Succeeded, r.Error));
        var counts = Seeds.Results.ToDictionary(r => r.Plan!.Id, r => r.Plan!.Requirements.Count);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["heyuan-2022"] = 54,
                ["conghua-2019"] = 54,
                ["jiangmen-zftzgcjsglzx-2022"] = 30,
                ["qingyuan-2022"] = 31,
                ["zhanjiang-2021"] = 50,
            },
            counts);
    }

    [Fact]
    public void Metadata_IsReadFromTheContent()
    {
        var j = Seeds.Jiangmen;
        Assert.Equal("市建管中心 2022 年政务公开工作要点分工方案", j.Title);
        Assert.Equal(new Jurisdiction("江门市政府投资工程建设管理中心", AdminLevel.Agency, "广东省", City: "江门市"), j.Jurisdiction);
        Assert.Equal(2022, j.Year);
        Assert.Equal("江建管〔2022〕39号", j.DocNumber);
        Assert.Equal("江门市政府投资工程建设管理中心", j.Issuer);
        Assert.Equal(new DateOnly(2022, 11, 23), j.Issued);

        var q = Seeds.Qingyuan;
        Assert.Equal(new Jurisdiction("庆元县", AdminLevel.County, "浙江省", City: "丽水市"), q.Jurisdiction);
        Assert.Equal("庆政办发〔2022〕37号", q.DocNumber);
        Assert.Equal("庆元县人民政府办公室", q.Issuer);
        Assert.Equal(new DateOnly(2022, 6, 13), q.Issued);

        Assert.Equal(new Jurisdiction("河源市", AdminLevel.City, "广东省"), Seeds.Heyuan.Jurisdiction);
        Assert.Equal("河源市贯彻落实省政府办公厅2022年政务公开工作要点分工方案", Seeds.Heyuan.Title);
        Assert.Equal(new Jurisdiction("从化区", AdminLevel.District, "广东省", City: "广州市"), Seeds.Conghua.Jurisdiction);
        Assert.Equal(2019, Seeds.Conghua.Year);
        Assert.Equal(new Jurisdiction("湛江市", AdminLevel.City, "广东省"), Seeds.Zhanjiang.Jurisdiction);
        Assert.Equal(2021, Seeds.Zhanjiang.Year);
        Assert.Null(Seeds.Zhanjiang.DocNumber);
    }

    [Fact]
    public void CitedDocuments_KeepTitlesAndNumbersForCrossLinks()
    {
        Assert.Contains(new CitedDocument("关于印发江门市贯彻落实国务院办公厅2022年政务公开工作要点分工方案的通知", "江府办函〔2022〕7号"), Seeds.Jiangmen.Cites);
        Assert.Contains(new CitedDocument("国务院办公厅关于印发〈公共企事业单位信息公开规定制定办法〉的通知", "国办发〔2020〕50号"), Seeds.Jiangmen.Cites);
        Assert.Contains(new CitedDocument(null, "国办公开办函〔2019〕60号"), Seeds.Zhanjiang.Cites);
        Assert.Contains(new CitedDocument("政府信息公开信息处理费管理办法", null), Seeds.Zhanjiang.Cites);
        Assert.DoesNotContain(Seeds.Jiangmen.Cites, c => c.DocNumber == "江建管〔2022〕39号");
    }

    [Fact]
    public void FileNames_DoNotMatter()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Seeds.SeedDirectory, Seeds.ResultOf(Seeds.Heyuan).SourceName));
        var renamed = new PlanIngester().Ingest("anything.dat", bytes);
        Assert.Equal("heyuan-2022", renamed.Plan!.Id);
        Assert.Equal(Seeds.Heyuan.Requirements.Select(r => r.Text), renamed.Plan.Requirements.Select(r => r.Text));
    }

    [Fact]
    public void Gb18030File_IsDecodedAndReadLikeItsUtf8Original()
    {
        var utf8 = File.ReadAllText(Path.Combine(Seeds.SeedDirectory, Seeds.ResultOf(Seeds.Qingyuan).SourceName));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var result = new PlanIngester().Ingest("qingyuan-gbk.txt", Encoding.GetEncoding("GB18030").GetBytes(utf8));
        Assert.Equal("GB18030", result.EncodingName);
        Assert.Equal(Seeds.Qingyuan.Requirements.Select(r => r.Text), result.Plan!.Requirements.Select(r => r.Text));
    }

    [Theory]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "only white space")]
    public void BadBytes_FailWithAReasonNamingTheProblem(byte[] bytes, string reason)
    {
        var result = new PlanIngester().Ingest("bad.txt", bytes);
        Assert.False(result.Succeeded);
        Assert.Null(result.Plan);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void TextWithoutRequirements_FailsWithAClearReason()
    {
        var result = new PlanIngester().Ingest("letter.txt", Encoding.UTF8.GetBytes("关于召开会议的通知\n\n各单位：\n请准时参加。\n"));
        Assert.False(result.Succeeded);
        Assert.StartsWith("no recognisable requirements", result.Error);
    }

    [Fact]
    public void Directory_OneBadFileDoesNotStopTheOthers()
    {
        var dir = Directory.CreateTempSubdirectory("searchplans-ingest-");
        try
        {
            foreach (var seed in Directory.GetFiles(Seeds.SeedDirectory))
                File.Copy(seed, Path.Combine(dir.FullName, Path.GetFileName(seed)));
            File.WriteAllBytes(Path.Combine(dir.FullName, "000_empty.txt"), []);
            File.WriteAllBytes(Path.Combine(dir.FullName, "001_binary.bin"), [0, 1, 2, 3, 0, 255]);

            var results = new PlanIngester().IngestDirectory(dir.FullName);

            Assert.Equal(7, results.Count);
            Assert.Equal(5, results.Count(r => r.Succeeded));
            Assert.Equal(["000_empty.txt", "001_binary.bin"], results.Where(r => !r.Succeeded).Select(r => r.SourceName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void SamePlanTwice_GetsTwoDistinctIds()
    {
        var dir = Directory.CreateTempSubdirectory("searchplans-ingest-");
        try
        {
            var heyuan = Path.Combine(Seeds.SeedDirectory, Seeds.ResultOf(Seeds.Heyuan).SourceName);
            File.Copy(heyuan, Path.Combine(dir.FullName, "a.txt"));
            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), File.ReadAllText(heyuan).Replace("市司法局", "市司法局 ", StringComparison.Ordinal) + "\n");
            var ids = new PlanIngester().IngestDirectory(dir.FullName).Select(r => r.Plan!.Id).ToList();
            Assert.Equal(2, ids.Distinct().Count());
            Assert.All(ids, id => Assert.StartsWith("heyuan-2022-", id));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

public class TraditionalScriptTests
{
    [Fact]
    public void PlanInTraditionalScript_IsReadLikeItsSimplifiedOriginal()
    {
        foreach (var plan in new[] { Seeds.Heyuan, Seeds.Qingyuan })
        {
            var simplified = File.ReadAllText(Path.Combine(Seeds.SeedDirectory, Seeds.ResultOf(plan).SourceName));
            Icu.Wrapper.Init();
            using var toTraditional = Icu.Transliterator.CreateInstance("Simplified-Traditional");
            var traditional = toTraditional.Transliterate(simplified);
            Assert.NotEqual(simplified, traditional);

            var result = new PlanIngester().Ingest("mirror.txt", Encoding.UTF8.GetBytes(traditional));

            Assert.True(result.Succeeded, result.Error);
            Assert.Equal(plan.Requirements.Count, result.Plan!.Requirements.Count);
            Assert.Equal(plan.Requirements.Select(r => r.Units.Count), result.Plan.Requirements.Select(r => r.Units.Count));
            Assert.Equal("", TextAccount.Unaccounted(traditional, result));
        }
    }
}
