using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>
/// Composes the content of one plan: a province's from one seed's outline plus a few requirements of other
/// seeds; a city's, county's or agency's from its parent's plan of the same year, most requirements kept and
/// edited, some dropped, a few new ones added.
/// </summary>
internal sealed class PlanComposer(RequirementPool pool, Random random)
{
    private static readonly UnitKind[] Departments =
    [
        UnitKind.Office, UnitKind.Finance, UnitKind.Justice, UnitKind.Development, UnitKind.Health, UnitKind.Data,
        UnitKind.Market, UnitKind.Environment, UnitKind.Housing, UnitKind.HumanResources, UnitKind.Agriculture, UnitKind.Education,
    ];

    private readonly RequirementEditor editor = new(random);

    public IReadOnlyList<GeneratedSection> FromPool(CatalogEntry jurisdiction, int year)
    {
        var template = pool.Templates[random.Next(pool.Templates.Count)];
        var drafts = template.Where(_ => random.NextDouble() < 0.9)
            .Select(item => (Topic: Localized(item.Topic, item, jurisdiction), Task: Localized(item.Task, item, jurisdiction), Requirement: FromPoolItem(item, jurisdiction, year))).ToList();
        if (drafts.Count == 0)
            drafts.Add((Localized(template[0].Topic, template[0], jurisdiction), Localized(template[0].Task, template[0], jurisdiction), FromPoolItem(template[0], jurisdiction, year)));
        for (var extra = random.Next(0, 6); extra > 0; extra--)
        {
            var at = random.Next(drafts.Count);
            var item = pool.Items[random.Next(pool.Items.Count)];
            drafts.Insert(at + 1, (drafts[at].Topic, drafts[at].Task, FromPoolItem(item, jurisdiction, year)));
        }
        return Group(drafts);
    }

    public IReadOnlyList<GeneratedSection> FromParent(GeneratedPlan parent, CatalogEntry jurisdiction, int year)
    {
        var keep = jurisdiction.Level == AdminLevel.Agency ? 0.6 : 0.85;
        var from = PlaceLocalizer.PlacesOf(parent.Jurisdiction);
        var drafts = new List<(string Topic, string Task, GeneratedRequirement Requirement)>();
        foreach (var section in parent.Sections)
            foreach (var sub in section.Subsections)
                foreach (var r in sub.Requirements.Where(_ => random.NextDouble() < keep))
                    drafts.Add((PlaceLocalizer.Localize(section.Title, from, jurisdiction), PlaceLocalizer.Localize(sub.Title, from, jurisdiction), Derived(r, from, parent.Year, jurisdiction, year)));
        if (drafts.Count == 0)
        {
            var (section, sub, first) = (parent.Sections[0], parent.Sections[0].Subsections[0], parent.Sections[0].Subsections[0].Requirements[0]);
            drafts.Add((PlaceLocalizer.Localize(section.Title, from, jurisdiction), PlaceLocalizer.Localize(sub.Title, from, jurisdiction), Derived(first, from, parent.Year, jurisdiction, year)));
        }
        for (var extra = random.Next(0, 4); extra > 0; extra--)
        {
            var at = random.Next(drafts.Count);
            drafts.Insert(at + 1, (drafts[at].Topic, drafts[at].Task, FromPoolItem(pool.Items[random.Next(pool.Items.Count)], jurisdiction, year)));
        }
        return Group(drafts);
    }

    private static string Localized(string title, PoolRequirement item, CatalogEntry jurisdiction) =>
        PlaceLocalizer.Localize(title, item.Places, jurisdiction);

    private GeneratedRequirement FromPoolItem(PoolRequirement item, CatalogEntry jurisdiction, int year)
    {
        var (text, edits) = editor.Edit(item.Text, item.Places, jurisdiction, item.SeedYear, year, intensity: 1);
        return new GeneratedRequirement("", text, RandomUnits(), Deadline(year), item.Criteria, null, item.SeedId, edits);
    }

    private GeneratedRequirement Derived(GeneratedRequirement r, SeedPlaces from, int fromYear, CatalogEntry jurisdiction, int year)
    {
        var (text, edits) = editor.Edit(r.Text, from, jurisdiction, fromYear, year, intensity: 1);
        var units = r.Units;
        if (random.NextDouble() < 0.2)
        {
            units = units with { Leads = [Departments[random.Next(Departments.Length)]] };
            edits.Add("units-renamed");
        }
        return new GeneratedRequirement("", text, units, random.NextDouble() < 0.8 ? r.Deadline : Deadline(year), r.Criteria, r.Id, r.Origin, edits);
    }

    private UnitAssignment RandomUnits()
    {
        var lead = Departments[random.Next(Departments.Length)];
        var others = new List<UnitKind>();
        if (random.NextDouble() < 0.5)
            others.Add(UnitKind.AllDepartments);
        if (random.NextDouble() < 0.3)
            others.Add(UnitKind.LowerGovernments);
        if (random.NextDouble() < 0.2)
            others.Add(Departments[random.Next(Departments.Length)]);
        return new UnitAssignment([lead], [.. others.Where(o => o != lead).Distinct()]);
    }

    private string Deadline(int year) => random.Next(4) switch
    {
        0 => "长期工作",
        1 => $"{year}年{random.Next(3, 13)}月前",
        2 => $"{year}年底前",
        _ => "持续推进",
    };

    // Consecutive drafts of one task form a subsection, consecutive subsections of one topic a section.
    private static List<GeneratedSection> Group(List<(string Topic, string Task, GeneratedRequirement Requirement)> drafts)
    {
        var sections = new List<(string Title, List<(string Title, List<GeneratedRequirement> Items)> Subs)>();
        foreach (var (topic, task, requirement) in drafts)
        {
            if (sections.Count == 0 || sections[^1].Title != topic)
                sections.Add((topic, []));
            var subs = sections[^1].Subs;
            if (subs.Count == 0 || subs[^1].Title != task)
                subs.Add((task, []));
            subs[^1].Items.Add(requirement);
        }
        return [.. sections.Select(s => new GeneratedSection(s.Title, [.. s.Subs.Select(u => new GeneratedSubsection(u.Title, u.Items))]))];
    }
}
