namespace SearchPlans.Ingest.ResponsibleUnits;

/// <summary>A task's text with the sentence that assigns it taken out: the units, and what is counted as removed.</summary>
internal sealed record AssignedTask(string Body, string Units, string Removed);

/// <summary>
/// Units a plan names in a sentence of their own after the task, unbracketed: 区司法局牵头，区各有关部门按职责分工负责。
/// / 区政府办公室负责。 / 区审计局负责，2022年11月底前完成。 The last sentence is the units when it is a list of bodies
/// ending in a role (负责, 牵头, 落实…), or such a list before a deadline clause, which stays in the task's text.
/// </summary>
internal static class UnitSentence
{
    public static AssignedTask? Split(string text)
    {
        var body = text.TrimEnd();
        if (body.Length == 0 || body[^1] != '。')
            return null;
        var start = body.LastIndexOf('。', body.Length - 2) + 1;
        if (start == 0)
            return null; // the task's only sentence is the task
        var sentence = body[start..^1];
        var comma = sentence.LastIndexOf('，');
        if (Assignment(sentence) is { } units)
            return new AssignedTask(body[..start], units, sentence[..^units.Length] + "。");
        if (comma > 0 && Assignment(sentence[..comma]) is { } first && Deadlines.DeadlineFinder.InText(sentence[(comma + 1)..]) is not null)
            return new AssignedTask(body[..start] + sentence[(comma + 1)..] + "。", first, sentence[..(comma - first.Length)] + "，");
        return null;
    }

    // The units of a clause that assigns the task (由 before them is no part of their names), or null.
    private static string? Assignment(string clause)
    {
        var units = clause.TrimStart().StartsWith('由') ? clause.TrimStart()[1..] : clause;
        return UnitBrackets.EndsInRole().IsMatch(units) && UnitCell.Looks(units) ? units : null;
    }
}
