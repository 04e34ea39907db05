using SearchPlans.Model;

namespace SearchPlans.Tests.Search;

/// <summary>A corpus of one city plan, p-2022, whose items hold the given texts, numbered from 1 (ids p-2022-1, …).</summary>
internal static class OnePlanCorpus
{
    public static Corpus Of(IEnumerable<string> texts)
    {
        string[] path = ["一、工作任务"];
        var requirements = texts.Select((text, i) => new Requirement(
            $"p-2022-{i + 1}", $"{i + 1}", path, text, "各单位", [new("各单位", false)], false, null, [], SourceSpan.Line(2))).ToList();
        var plan = new Plan("p-2022", "某市2022年政务公开工作要点", new Jurisdiction("某市", AdminLevel.City, "广东省"), 2022, null, null, null, [],
            [new Section(path[0], [], SourceSpan.Line(1))], requirements, [], "p.txt");
        return new Corpus([plan]);
    }
}
