using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SearchPlans.Cli.Localization;
using SearchPlans.Cli.Output;
using SearchPlans.Generate;
using SearchPlans.Model;

namespace SearchPlans.Cli;

/// <summary>Options several commands share, declared once.</summary>
internal static class CommonOptions
{
    public static readonly Option<string> Index = new("--index")
    {
        Description = "The index folder",
        HelpName = "DIR",
        DefaultValueFactory = _ => "index",
    };

    public static readonly Option<string> Seeds = new("--seeds")
    {
        Description = "The folder of plan files to read (for search, docs and requirements: only when there is no index yet)",
        HelpName = "DIR",
        DefaultValueFactory = _ => "seeds",
    };

    public static readonly Option<string> Format = LowerCaseEnum<OutputFormat>("--format", "text for people, json or csv for programs", OutputFormat.Text);

    /// <summary>Which pairs of plans `index` and `bench` link and store.</summary>
    public static readonly Option<string> Links = LowerCaseEnum<LinkScope>("--links",
        "Which pairs of plans to link now and store: all; family (one jurisdiction's years, one province's plans of "
        + "neighbouring years, the national plan, plans that cite each other); or lineage (a plan and the plans of its year "
        + "of the governments it lies in or belongs to, its own neighbouring years, plans that cite each other); other "
        + "pairs are aligned when compared",
        LinkScope.All);

    /// <summary>Which layouts `generate` and `bench` write plans in.</summary>
    public static readonly Option<string> Layouts = LowerCaseEnum<GeneratedLayouts>("--layouts",
        "Which layouts generated plans are written in: all (the four of the seed plans and six drawn from real plans) "
        + "or seed (the seed plans' four only, as every corpus measured before the real-plan layouts was)",
        GeneratedLayouts.All);

    /// <summary>
    /// An option taking a whole number, which says so in the chosen language when given something else: System.CommandLine's
    /// own complaint is English only. With <paramref name="notNegative"/>, the number is at least 0.
    /// </summary>
    public static Option<int> WholeNumber(Option<int> option, bool notNegative = false)
    {
        option.CustomParser = r =>
        {
            var token = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
            var value = Number(r, option.Name, token);
            if (notNegative && value < 0)
                r.AddError(Text.Format("{0} cannot be negative.", option.Name));
            return value;
        };
        return option;
    }

    /// <summary>As <see cref="WholeNumber"/>, for an option given several times (--year 2021 --year 2022).</summary>
    public static Option<int[]> WholeNumbers(Option<int[]> option)
    {
        option.CustomParser = r => [.. r.Tokens.Select(t => Number(r, option.Name, t.Value))];
        return option;
    }

    private static int Number(ArgumentResult result, string option, string token)
    {
        if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        result.AddError(Text.Format("{0} takes a whole number, not \"{1}\".", option, token));
        return 0;
    }

    /// <summary>Which catalog of jurisdictions `generate` and `bench` draw plans from.</summary>
    public static readonly Option<string> Catalog = LowerCaseEnum<CatalogSize>("--catalog",
        "Which jurisdictions plans are written for: sample (12 provinces, at most 20,097 plans; every figure measured before "
        + "issue 26 used it) or national (every province, prefecture and county, with a township and departments: at most 200,805 plans)",
        CatalogSize.Sample);

    public static IReadOnlyList<CatalogEntry> GetCatalog(this ParseResult parse) => JurisdictionCatalog.Of(parse.GetEnum<CatalogSize>(Catalog));

    public static LayoutMix GetLayoutMix(this ParseResult parse) =>
        parse.GetEnum<GeneratedLayouts>(Layouts) == GeneratedLayouts.Seed ? LayoutMix.SeedLayouts : LayoutMix.Everything;

    public static OutputFormat GetFormat(this ParseResult parse) => parse.GetEnum<OutputFormat>(Format);

    public static LinkScope GetLinkScope(this ParseResult parse) => parse.GetEnum<LinkScope>(Links);

    private static T GetEnum<T>(this ParseResult parse, Option<string> option)
        where T : struct, Enum => Enum.Parse<T>(parse.GetValue(option)!, ignoreCase: true);

    private enum GeneratedLayouts { All, Seed }

    // A string rather than the enum, so help and errors show the lower-case names users type.
    private static Option<string> LowerCaseEnum<T>(string name, string description, T defaultValue)
        where T : struct, Enum
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue.ToString().ToLowerInvariant(),
        };
        option.AcceptOnlyFromAmong([.. Enum.GetNames<T>().Select(n => n.ToLowerInvariant())]);
        return option;
    }
}
