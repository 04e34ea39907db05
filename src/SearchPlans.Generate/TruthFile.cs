using System.Text.Encodings.Web;
using System.Text.Json;

namespace SearchPlans.Generate;

/// <summary>
/// What the generator knows and the ingester must find out: every plan's metadata and parent, and every
/// requirement's parent requirement and seed origin, so alignment recall can be measured at any scale.
/// </summary>
public sealed record TruthFile(int Seed, IReadOnlyList<TruthPlan> Plans, IReadOnlyList<TruthRequirement> Requirements)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TruthFile From(GeneratedCorpus corpus) => new(
        corpus.Seed,
        [.. corpus.Plans.Select(p => new TruthPlan(
            p.Id, p.FileName, p.Jurisdiction.Name, p.Jurisdiction.Level.ToString().ToLowerInvariant(), p.Jurisdiction.Province,
            p.Year, p.ParentPlanId, p.Layout.ToString(), p.Dress.Traditional ? "traditional" : "simplified",
            p.Dress.Gb18030 ? "GB18030" : "UTF-8", p.Requirements.Count(), p.Dress.Head.ToString().ToLowerInvariant(), p.Dress.WebChrome,
            p.Dress.ForwardedBy?.Name, p.DocNumber))],
        [.. corpus.Plans.SelectMany(p => p.Requirements.Select(r => new TruthRequirement(r.Id, p.Id, r.Parent, r.Origin, r.Edits)))]);

    /// <summary>Every (child, parent) requirement pair whose parent is in the corpus: the links alignment should find.</summary>
    public IEnumerable<(string Child, string Parent)> LineagePairs =>
        Requirements.Where(r => r.Parent is not null).Select(r => (r.Id, r.Parent!));

    public static void Write(string path, TruthFile truth)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, truth, Options);
    }

    public static TruthFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<TruthFile>(stream, Options) ?? throw new InvalidDataException($"{path} holds no truth");
    }
}

/// <summary>A generated plan's metadata as the ingester should read it.</summary>
/// <param name="Head">What precedes the title: title, masthead or notice.</param>
/// <param name="WebChrome">Whether web-page lines come before the head.</param>
/// <param name="ForwardedBy">The government whose notice forwards the plan; the plan is still the jurisdiction's own.</param>
/// <param name="DocNumber">The plan's own 文号, where its head prints one.</param>
public sealed record TruthPlan(
    string Id, string File, string Jurisdiction, string Level, string Province, int Year, string? Parent,
    string Layout, string Script, string Encoding, int Requirements, string Head = "title", bool WebChrome = false,
    string? ForwardedBy = null, string? DocNumber = null);

/// <summary>A generated requirement's lineage: the parent plan's requirement it was edited from, and its seed.</summary>
public sealed record TruthRequirement(string Id, string Plan, string? Parent, string Origin, IReadOnlyList<string> Edits);
