using SearchPlans.Ingest.ResponsibleUnits;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Rows;

/// <summary>
/// The steps every shape shares once its rows are read: section inheritance, splitting cells that hold several
/// numbered items, unit and deadline inheritance from the row above, unit lists, and stable ids.
/// </summary>
internal sealed class RequirementAssembler(IngestContext context)
{
    private readonly SectionTracker _sections = new(context);

    public (IReadOnlyList<Section> Sections, IReadOnlyList<Requirement> Requirements) Assemble(
        IReadOnlyList<BodyRow> rows, string planId)
    {
        var drafts = new List<Draft>();
        string? lastUnits = null;
        var lastLeads = "";
        string? lastDeadline = null;
        foreach (var row in rows)
        {
            var path = _sections.Apply(row);
            foreach (var (level, text, line) in row.SectionExtensions)
                _sections.Extend(level, text, line);

            var items = row.Unnumbered || row.Number is not null ? (row.Text.Trim().Length > 0 ? [row.Text.Trim()] : []) : ItemSplitter.Split(row.Text);
            if (items.Count == 0)
            {
                if (row.Units.Length > 0 || row.Criteria.Count > 0 || row.Deadline.Length > 0)
                {
                    context.Warn(row.FirstLine, "row has units, deadline or criteria but no requirement text; kept as remainder");
                    context.Keep(RemainderKind.Other, string.Join(" ", new[] { row.Units, row.Deadline }.Concat(row.Criteria)), new SourceSpan(row.FirstLine, row.LastLine));
                }
                continue;
            }

            TakeDeadlineField(row);
            var ownUnits = row.Units.Trim().Length > 0;
            if (!row.InheritsFromRowAbove)
                (lastUnits, lastDeadline, lastLeads) = (null, null, "");
            if (ownUnits)
                (lastUnits, lastLeads) = (row.Units.Trim(), row.LeadUnits);
            else if (row.SectionUnits.Length > 0)
                (lastUnits, lastLeads) = (row.SectionUnits, ""); // counted where it is printed, so inherited here
            else if (lastUnits is null && row.InheritsFromRowAbove)
                context.Warn(row.FirstLine, "requirement has no responsible unit and no row above to inherit one from");
            var ownDeadline = row.Deadline.Trim().Length > 0;
            if (ownDeadline)
                lastDeadline = row.Deadline.Trim();
            else if (!ownUnits && row.SectionUnits.Length > 0 && LabelledFields.TakeDeadline(row.SectionUnits) is { } shared)
                (lastUnits, lastDeadline) = (shared.Units, shared.Deadline); // a deadline in the units' bracket comes with them

            for (var k = 0; k < items.Count; k++)
            {
                var (number, text) = row.Number is { } printed ? (printed, items[k]) : SplitLabel(items[k], row.Unnumbered);
                // A closing clause the tail did not reach (one before an attachment's task table) is no task either;
                // its number only counted it among them.
                if (!ownUnits && !ownDeadline && row.Criteria.Count == 0 && ClosingClause.Is(text))
                {
                    context.Discard(number ?? "");
                    context.Keep(RemainderKind.Note, text, new SourceSpan(row.FirstLine, row.LastLine));
                    continue;
                }
                drafts.Add(new Draft(
                    number, path, text,
                    ownUnits ? row.Units.Trim() : lastUnits ?? "", lastLeads, !ownUnits || k > 0,
                    ownDeadline ? row.Deadline.Trim() : lastDeadline, lastDeadline is not null && (!ownDeadline || k > 0 || row.DeadlineFromText),
                    k == 0 ? [.. row.Criteria] : [],
                    new SourceSpan(row.FirstLine, row.LastLine)));
            }
        }
        return (_sections.Build(), Finish(drafts, planId));
    }

    /// <summary>
    /// A deadline printed among the row's units (（责任单位：…；完成时限：…）) is the row's deadline, ahead of a date
    /// its text mentions in passing; a deadline cell of its own stays as it is.
    /// </summary>
    private void TakeDeadlineField(BodyRow row)
    {
        if (row.Units.Length == 0 || (row.Deadline.Length > 0 && !row.DeadlineFromText) || LabelledFields.TakeDeadline(row.Units) is not { } field)
            return;
        context.Discard(field.Removed);
        (row.Units, row.Deadline, row.DeadlineFromText) = (field.Units, field.Deadline, false);
    }

    private (string? Number, string Text) SplitLabel(string item, bool unnumbered)
    {
        if (unnumbered || !ItemLabel.TryRead(item, out var number, out var delimiter, out var rest))
            return (null, item.Trim());
        context.Discard(delimiter);
        return (number, rest.Trim());
    }

    private List<Requirement> Finish(List<Draft> drafts, string planId)
    {
        var numbers = drafts.Select(d => d.Number).ToList();
        var numbersAreIds = numbers.All(n => n is not null && n.All(char.IsAsciiDigit)) && numbers.Distinct().Count() == numbers.Count;
        WarnNumberingGaps(drafts, numbersAreIds);
        var ordinalInSection = new Dictionary<SectionNode, int>();
        var requirements = new List<Requirement>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            var innermost = d.Path.Count > 0 ? d.Path[^1] : null;
            var ordinal = innermost is null ? requirements.Count + 1 : ordinalInSection[innermost] = ordinalInSection.GetValueOrDefault(innermost) + 1;
            var printed = d.Number is { } n && n.All(char.IsAsciiDigit) ? n : null;
            var ordinalText = ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = numbersAreIds ? $"{planId}-{d.Number}" : $"{planId}-{SectionKey(d.Path)}{printed ?? ordinalText}";
            // A printed number can repeat the ordinal of an unnumbered row beside it (a number cell merged over two
            // rows numbers only the first), or be printed twice: the ordinal, then a letter, keeps each id its own.
            if (!used.Add(id))
                id = Unused(used, $"{planId}-{SectionKey(d.Path)}{ordinalText}");
            requirements.Add(new Requirement(
                id, d.Number, [.. d.Path.Select(s => s.Title)], d.Text,
                d.UnitsText, Led(UnitListParser.Parse(d.UnitsText), d.LeadUnitsText), d.UnitsInherited,
                d.Deadline, d.Criteria, d.Source, d.DeadlineInherited));
        }
        return requirements;
    }

    // Units a table prints under its 牵头单位 column lead, as those a cell marks 牵头 do.
    private static IReadOnlyList<ResponsibleUnit> Led(IReadOnlyList<ResponsibleUnit> units, string leadUnitsText)
    {
        if (leadUnitsText.Length == 0)
            return units;
        var leads = UnitListParser.Parse(leadUnitsText).Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        return [.. units.Select(u => leads.Contains(u.Name) ? u with { IsLead = true } : u)];
    }

    private static string Unused(HashSet<string> used, string id)
    {
        for (var suffix = 'a'; !used.Add(id); suffix++)
            id = suffix == 'a' ? id + suffix : id[..^1] + suffix;
        return id;
    }

    private string SectionKey(IReadOnlyList<SectionNode> path)
    {
        var key = "";
        var siblings = _sections.Roots;
        foreach (var node in path)
        {
            key += $"{siblings.IndexOf(node) + 1}.";
            siblings = node.Children;
        }
        return key;
    }

    private void WarnNumberingGaps(List<Draft> drafts, bool numbersAreIds)
    {
        if (!numbersAreIds)
            return;
        var expected = 1;
        foreach (var d in drafts)
        {
            var n = DigitText.Parse(d.Number!);
            if (n != expected)
                context.Warn(d.Source.StartLine, "item {0} follows item {1}; the numbering skips or repeats", n, expected - 1);
            expected = n + 1;
        }
    }

    private sealed record Draft(
        string? Number, IReadOnlyList<SectionNode> Path, string Text,
        string UnitsText, string LeadUnitsText, bool UnitsInherited, string? Deadline, bool DeadlineInherited,
        IReadOnlyList<string> Criteria, SourceSpan Source);
}
