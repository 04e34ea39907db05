namespace SearchPlans.Units;

/// <summary>
/// Whole-word contractions of agency names that keeping characters in order cannot explain, because the short form
/// does not start where the long one does: 人民政府 is routinely shortened to 政府, and 政府办公室 to 府办 (市府办, 县府办).
/// </summary>
public static class ContractionRules
{
    /// <summary>The body as printed and every contracted form of it.</summary>
    public static IEnumerable<string> Variants(string body, string type)
    {
        var forms = new List<string> { body };
        if (body.Contains("人民政府", StringComparison.Ordinal))
            forms.Add(body.Replace("人民政府", "政府", StringComparison.Ordinal));
        if (type is "办公室" or "办")
        {
            foreach (var form in forms.ToList())
            {
                if (form.EndsWith("政府", StringComparison.Ordinal))
                    forms.Add(form[..^2] + "府");
            }
        }
        return forms;
    }
}
