using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchPlans.Align.Features;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>Turns one requirement of a plan into its Lucene document.</summary>
internal static class RequirementDocument
{
    /// <summary>The value of <see cref="IndexFields.Lists"/> on a text that lists something.</summary>
    public const string ListsMark = "1";

    public static Document Create(Plan plan, Requirement requirement)
    {
        var jurisdiction = plan.Jurisdiction;
        var doc = new Document
        {
            new StringField(IndexFields.Id, requirement.Id, Field.Store.YES),
            new StringField(IndexFields.Plan, plan.Id, Field.Store.YES),
            // Folded for filters, as printed for display and facets: one name, three uses.
            new StringField(IndexFields.Jurisdiction, ExactTerms.Normalize(jurisdiction.Name), Field.Store.NO),
            new StoredField(IndexFields.Jurisdiction, jurisdiction.Name),
            new SortedDocValuesField(IndexFields.Jurisdiction, new BytesRef(jurisdiction.Name)),
            new StringField(IndexFields.Level, ExactTerms.Level(jurisdiction.Level), Field.Store.NO),
            new SortedDocValuesField(IndexFields.Level, new BytesRef(ExactTerms.Level(jurisdiction.Level))),
            new TextField(IndexFields.UnitsText, requirement.UnitsText, Field.Store.NO),
            new StoredField(IndexFields.StoredText, requirement.Text),
        };

        doc.Add(new TextField(IndexFields.Text, requirement.Text, Field.Store.NO));
        doc.Add(new TextField(IndexFields.TextBigrams, requirement.Text, Field.Store.NO));
        doc.Add(new TextField(IndexFields.PlaceBigrams, PlaceText.Of(plan), Field.Store.NO));
        foreach (var topic in TopicLexicon.Default.WordedIn(requirement.Text))
            doc.Add(new StringField(IndexFields.Topics, topic, Field.Store.NO));
        if (Enumerations.Focus(requirement.Text) is { } focus)
        {
            doc.Add(new StringField(IndexFields.Lists, ListsMark, Field.Store.NO));
            doc.Add(new TextField(IndexFields.FocusBigrams, focus, Field.Store.NO));
        }

        if (jurisdiction.Province is { } province)
            doc.Add(new StringField(IndexFields.Province, ExactTerms.Normalize(province), Field.Store.NO));
        if (plan.Year is { } year)
        {
            doc.Add(new StringField(IndexFields.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES));
            doc.Add(new NumericDocValuesField(IndexFields.Year, year));
        }
        if (requirement.Number is { } number)
            doc.Add(new StringField(IndexFields.Number, number, Field.Store.YES));
        if (requirement.Deadline is { } deadline)
            doc.Add(new TextField(IndexFields.Deadline, deadline, Field.Store.NO));
        foreach (var title in requirement.SectionPath)
        {
            doc.Add(new TextField(IndexFields.Section, title, Field.Store.NO));
            doc.Add(new TextField(IndexFields.SectionBigrams, title, Field.Store.NO));
        }
        // Facets count each unit once per requirement, under the name as printed.
        foreach (var name in requirement.Units.Select(u => u.Name).Distinct(StringComparer.Ordinal))
            doc.Add(new SortedSetDocValuesField(IndexFields.Units, new BytesRef(name)));
        foreach (var unit in requirement.Units)
        {
            doc.Add(new StringField(IndexFields.Units, ExactTerms.Normalize(unit.Name), Field.Store.NO));
            if (unit.IsLead)
                doc.Add(new StringField(IndexFields.LeadUnits, ExactTerms.Normalize(unit.Name), Field.Store.NO));
        }
        foreach (var criterion in requirement.Criteria)
        {
            doc.Add(new StoredField(IndexFields.StoredCriteria, criterion));
            doc.Add(new TextField(IndexFields.CriteriaBigrams, criterion, Field.Store.NO));
        }
        return doc;
    }
}
